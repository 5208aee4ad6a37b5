import { describe, expect, it } from "vitest";
import { parseGlossaryCsv } from "../../src/lib/glossary.js";

const HEADER = "id,term,aliases,definition\n";
const parse = (rows: string) => parseGlossaryCsv(HEADER + rows, "glossary.csv");

describe("parseGlossaryCsv", () => {
  it("reads each row as an entry, aliases split at semicolons and only when there are some", () => {
    expect(parse('caf,CAF,CAFs,Common Assessment Framework.\nscr,SCR,"SCRs; SCR\'s","Serious case review: a review, of a case."\ngp,GP,,General practitioner.\n')).toEqual([
      { id: "caf", term: "CAF", aliases: ["CAFs"], definition: "Common Assessment Framework." },
      { id: "scr", term: "SCR", aliases: ["SCRs", "SCR's"], definition: "Serious case review: a review, of a case." },
      { id: "gp", term: "GP", definition: "General practitioner." }
    ]);
  });

  it("ignores blank rows and spaces around cells, as a spreadsheet may save them", () => {
    expect(parse(" gp , GP ,, General practitioner. \n,,,\n\n")).toEqual([{ id: "gp", term: "GP", definition: "General practitioner." }]);
  });

  it("says what header it expected", () => {
    expect(() => parseGlossaryCsv("", "glossary.csv")).toThrow('glossary.csv: expected a header row "id,term,aliases,definition", found an empty file');
    expect(() => parseGlossaryCsv("id,term,definition\ngp,GP,General practitioner.\n", "glossary.csv")).toThrow(
      'glossary.csv row 1: expected the header "id,term,aliases,definition", found "id,term,definition"'
    );
  });

  it("names the row, what it expected and what it found for a malformed row", () => {
    expect(() => parse("gp,GP,General practitioner.\n")).toThrow('glossary.csv row 2 (id "gp"): expected 4 cells (id, term, aliases, definition), found 3');
    expect(() => parse("gp,GP,,A doctor, at a surgery.\n")).toThrow('glossary.csv row 2 (id "gp"): expected 4 cells (id, term, aliases, definition), found 5');
    expect(() => parse("gp,GP,,General practitioner.\nCP plan,CP plan,,A plan.\n")).toThrow(
      'glossary.csv row 3 (id "CP plan"): expected an id of lowercase letters, digits and single hyphens (such as "cp-plan"), found "CP plan"'
    );
    expect(() => parse(",GP,,General practitioner.\n")).toThrow('glossary.csv row 2: expected an id of lowercase letters, digits and single hyphens (such as "cp-plan"), found ""');
    expect(() => parse("gp,,,General practitioner.\n")).toThrow('glossary.csv row 2 (id "gp"): expected a term, found an empty cell');
    expect(() => parse("gp,GP,,\n")).toThrow('glossary.csv row 2 (id "gp"): expected a definition, found an empty cell');
    expect(() => parse("gp,GP,GPs;;G.P.,General practitioner.\n")).toThrow('glossary.csv row 2 (id "gp"): expected aliases separated by single semicolons, found an empty alias in "GPs;;G.P."');
  });

  it("refuses a second row with the same id or the same written form, naming the first", () => {
    expect(() => parse("gp,GP,,General practitioner.\ngp,GPs,,Family doctors.\n")).toThrow('glossary.csv row 3 (id "gp"): expected an id no other row has, found the id of row 2 again');
    expect(() => parse("gp,GP,,General practitioner.\ngps,GPs,GP,Family doctors.\n")).toThrow(
      'glossary.csv row 3 (id "gps"): expected each term and alias once in the glossary, found "GP" again (first on row 2)'
    );
  });

  it("names src/content/glossary.csv when no other source is given", () => {
    expect(() => parseGlossaryCsv("id,term\n")).toThrow('src/content/glossary.csv row 1: expected the header "id,term,aliases,definition", found "id,term"');
  });
});
