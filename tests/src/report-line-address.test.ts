import { describe, expect, it } from "vitest";
import { describeLineAddress, lineShown, readLineAddress } from "../../src/lib/report-line-address.js";

// Lines with text in a report of 12 lines: 1, 2 and 4–7 are blank.
const LINES = [3, 8, 9, 10, 11, 12];

describe("readLineAddress", () => {
  it("reads #L and a line with text as that line, leading zeros allowed", () => {
    expect(readLineAddress("#L8", LINES)).toEqual({ kind: "line", line: 8 });
    expect(readLineAddress("#L12", LINES)).toEqual({ kind: "line", line: 12 });
    expect(readLineAddress("#L008", LINES)).toEqual({ kind: "line", line: 8 });
  });

  it("reads a blank line as that line, showing the next line with text", () => {
    expect(readLineAddress("#L1", LINES)).toEqual({ kind: "blank", line: 1, shown: 3 });
    expect(readLineAddress("#L5", LINES)).toEqual({ kind: "blank", line: 5, shown: 8 });
  });

  it("reads a line number past the end, 0 or negative as a line that does not exist, as typed", () => {
    expect(readLineAddress("#L13", LINES)).toEqual({ kind: "missing", line: "13", number: 13 });
    expect(readLineAddress("#L99999", LINES)).toEqual({ kind: "missing", line: "99999", number: 99999 });
    expect(readLineAddress("#L0", LINES)).toEqual({ kind: "missing", line: "0", number: 0 });
    expect(readLineAddress("#L-1", LINES)).toEqual({ kind: "missing", line: "-1", number: -1 });
  });

  it("reads anything else after #L as malformed, decoded, and cut to 40 characters", () => {
    expect(readLineAddress("#Lfoo", LINES)).toEqual({ kind: "malformed", address: "Lfoo" });
    expect(readLineAddress("#L", LINES)).toEqual({ kind: "malformed", address: "L" });
    expect(readLineAddress("#L1e3", LINES)).toEqual({ kind: "malformed", address: "L1e3" });
    expect(readLineAddress("#L%3Cimg%20src%3Dx%3E", LINES)).toEqual({ kind: "malformed", address: "L<img src=x>" });
    expect(readLineAddress("#L%E0%A4%A", LINES)).toEqual({ kind: "malformed", address: "L%E0%A4%A" });
    expect(readLineAddress(`#L${"x".repeat(10_000)}`, LINES)).toEqual({ kind: "malformed", address: `L${"x".repeat(39)}…` });
  });

  it("leaves every other hash alone: no hash, another anchor of the page, a lower-case l", () => {
    for (const hash of ["", "#", "#the-text", "#l8"]) expect(readLineAddress(hash, LINES)).toEqual({ kind: "none" });
  });
});

describe("lineShown", () => {
  it("is the line itself, the next line with text for a blank line, and null otherwise", () => {
    expect(lineShown(readLineAddress("#L8", LINES))).toBe(8);
    expect(lineShown(readLineAddress("#L5", LINES))).toBe(8);
    expect(lineShown(readLineAddress("#L99", LINES))).toBeNull();
    expect(lineShown(readLineAddress("#Lfoo", LINES))).toBeNull();
    expect(lineShown(readLineAddress("#the-text", LINES))).toBeNull();
  });
});

describe("describeLineAddress", () => {
  const describeHash = (hash: string, lines = LINES) => describeLineAddress(readLineAddress(hash, lines), lines);

  it("says a line past the end does not exist and how many lines the report has, en-GB", () => {
    expect(describeHash("#L99999")).toBe("Report line 99999 does not exist: the report has 12 lines.");
    expect(describeHash("#L1252", [1, 1251])).toBe("Report line 1252 does not exist: the report has 1,251 lines.");
  });

  it("says lines are numbered from 1 for line 0 and a negative line", () => {
    expect(describeHash("#L0")).toBe("Report line 0 does not exist: the report has 12 lines, numbered from 1.");
    expect(describeHash("#L-1")).toBe("Report line -1 does not exist: the report has 12 lines, numbered from 1.");
  });

  it("repeats a malformed address as typed and names the addresses that exist", () => {
    expect(describeHash("#Lfoo")).toBe("“#Lfoo” is not a report line: the report has 12 lines, addressed #L1 to #L12.");
  });

  it("says which line is shown for a blank line", () => {
    expect(describeHash("#L5")).toBe("Report line 5 is blank: showing line 8, the next line with text.");
  });

  it("says nothing for a line with text or another anchor", () => {
    expect(describeHash("#L8")).toBeNull();
    expect(describeHash("#the-text")).toBeNull();
  });
});
