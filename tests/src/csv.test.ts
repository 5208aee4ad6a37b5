import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/csv.js";
import { tableCsv } from "../../src/lib/table-csv.js";

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

  it("reads back what tableCsv writes", () => {
    const table = { rows: [{ term: "CAF", definition: 'A "form", with\r\na line break' }], columns: [{ name: "term" }, { name: "definition" }] };
    expect(fields(tableCsv(table))).toEqual([["term", "definition"], ["CAF", 'A "form", with\r\na line break']]);
  });

  it("says where a quote is out of place or never closed", () => {
    expect(() => parseCsv('a,b\nx,ab"c\n', "glossary.csv")).toThrow('glossary.csv line 2: expected a quote only around a whole field, found one inside "ab\\""');
    expect(() => parseCsv('a,b\n"x"y,z\n', "glossary.csv")).toThrow('glossary.csv line 2: expected a comma or the end of the line after a closing quote, found "y"');
    expect(() => parseCsv('a,b\nx,"never\nclosed\n', "glossary.csv")).toThrow("glossary.csv line 2: expected a closing quote for the field that opens there, found the end of the file");
  });
});

describe("tableCsv", () => {
  it("writes d3-dsv's records with CRLF after each: quoted only when needed, blank for NULL, ISO dates, numbers as written", () => {
    const rows = [
      { month: new Date(Date.UTC(2012, 7, 1)), cases: 38, note: null, label: "August, 2012" },
      { month: new Date(Date.UTC(2012, 8, 1)), cases: 0, note: 'said "no"', label: "September" }
    ];
    const columns = [{ name: "month" }, { name: "cases" }, { name: "note" }, { name: "label" }];
    expect(tableCsv({ rows, columns })).toBe('month,cases,note,label\r\n2012-08-01,38,,"August, 2012"\r\n2012-09-01,0,"said ""no""",September\r\n');
  });
});
