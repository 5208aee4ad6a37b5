import { describe, expect, it } from "vitest";
import { parseReportText } from "../../../data-loaders/report/report-text.js";
import { expectRepeatedHeader, isDashedRule, isTableCaption, readTableBody } from "../../../data-loaders/report/table-body.js";

const excerpt = parseReportText(["A\t1\t2", "B\t3\t4", "", "C\t5\t6", "-----\t--\t--", "", "Prose after the table."].join("\n"));

describe("readTableBody", () => {
  it("reads across a blank line and stops at a closing rule", () => {
    const body = readTableBody(excerpt, { firstLine: 1, isClosing: isDashedRule });
    expect(body.lines.map((line) => [line.cells[0], line.line])).toEqual([["A", 1], ["B", 2], ["C", 4]]);
    expect(body.closing).toEqual({ cells: ["-----", "--", "--"], line: 5 });
  });

  it("ends at a blank line followed by prose when nothing closes the table", () => {
    const body = readTableBody(parseReportText("A\t1\n\nProse.\nB\t2"), { firstLine: 1 });
    expect(body).toEqual({ lines: [{ cells: ["A", "1"], line: 1 }], closing: null, nextLine: 3 });
  });

  it("ends at the first blank line when asked to", () => {
    expect(readTableBody(excerpt, { firstLine: 1, endsAtBlankLine: true })).toMatchObject({ closing: null, nextLine: 3 });
  });

  it("ends before the next table's caption", () => {
    const body = readTableBody(parseReportText("A\t1\nTable 2 CAFs\t\t"), { firstLine: 1, isAfterTable: isTableCaption });
    expect(body).toEqual({ lines: [{ cells: ["A", "1"], line: 1 }], closing: null, nextLine: 2 });
  });
});

describe("isDashedRule", () => {
  it("accepts dashes and empty cells but not an empty line or a number", () => {
    expect([["-----", "--", ""], [""], ["-", "3"]].map(isDashedRule)).toEqual([true, false, false]);
  });
});

describe("expectRepeatedHeader", () => {
  it("accepts a header repeated label for label, extra cells included", () => {
    expect(() => expectRepeatedHeader({ cells: ["NO.", "NAME", "x"], line: 9 }, "board_attendance", ["NO.", "NAME"])).not.toThrow();
  });

  it("names the table, the first changed or missing label's column and the report line", () => {
    expect(() => expectRepeatedHeader({ cells: ["NO.", "NAMES"], line: 9 }, "board_attendance", ["NO.", "NAME"])).toThrow(
      'board_attendance column "header 2": expected the repeated header label "NAME", found "NAMES" (report line 9)'
    );
    expect(() => expectRepeatedHeader({ cells: ["NO."], line: 12 }, "board_attendance", ["NO.", "NAME"])).toThrow(
      'board_attendance column "header 2": expected the repeated header label "NAME", found "" (report line 12)'
    );
  });
});
