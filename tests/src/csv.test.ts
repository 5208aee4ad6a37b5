import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/lib/csv.js";

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe("parseCsv", () => {
  it("reads plain and quoted fields: commas, doubled quotes and line breaks inside quotes", () => {
    expect(fields('id,definition\ncaf,"A form, shared"\nlado,"The ""LADO""\non two lines"\n')).toEqual([
      ["id", "definition"],
      ["caf", "A form, shared"],
      ["lado", 'The "LADO"\non two lines']
    ]);
  });

  it("numbers rows from 1 as a spreadsheet does, and gives the line each starts on", () => {
    expect(parseCsv('a,b\n"x\ny",z\nlast,row').map(({ row, line }) => ({ row, line }))).toEqual([
      { row: 1, line: 1 },
      { row: 2, line: 2 },
      { row: 3, line: 4 }
    ]);
  });

  it("reads CRLF line endings, a byte-order mark and empty fields", () => {
    expect(fields('\ufeffa,b,c\r\n,"",x\r\n')).toEqual([
      ["a", "b", "c"],
      ["", "", "x"]
    ]);
  });

  it("reads back what toCsv writes", () => {
    const rows = [{ term: "CAF", definition: 'A "form", with\r\na line break' }];
    const columns = [{ key: "term", label: "term" }, { key: "definition", label: "definition" }];
    expect(fields(toCsv(rows, columns))).toEqual([["term", "definition"], ["CAF", 'A "form", with\r\na line break']]);
  });

  it("says where a quote is out of place or never closed", () => {
    expect(() => parseCsv('a,b\nx,ab"c\n', "glossary.csv")).toThrow('glossary.csv line 2: expected a quote only around a whole field, found one inside "ab\\""');
    expect(() => parseCsv('a,b\n"x"y,z\n', "glossary.csv")).toThrow('glossary.csv line 2: expected a comma or the end of the line after a closing quote, found "y"');
    expect(() => parseCsv('a,b\nx,"never\nclosed\n', "glossary.csv")).toThrow("glossary.csv line 2: expected a closing quote for the field that opens there, found the end of the file");
  });
});
