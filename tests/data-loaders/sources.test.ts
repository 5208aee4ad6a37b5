import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMITTED_REPORT_PATH, COMMITTED_REPORT_SHA256, readCommittedReport, sha256Hex } from "../../data-loaders/sources/committed-report.js";

describe("the committed report", () => {
  it("is byte-identical to the contract's source text (SHA-256)", () => {
    expect(sha256Hex(readFileSync(COMMITTED_REPORT_PATH))).toBe("60a0f46f404523dce3b0dd18040d8480091261e6401344bafc9bd17cc60de78d");
    expect(COMMITTED_REPORT_SHA256).toBe("60a0f46f404523dce3b0dd18040d8480091261e6401344bafc9bd17cc60de78d");
  });

  it("reads as 1,250 numbered lines with LF endings", () => {
    const report = readCommittedReport();
    expect(report.lines.length).toBe(1251); // the file has no final newline: line 1251 is the last reference
    expect(report.lines[437]).toBe("Table1: MARAC Performance Data April 2012- March 2013");
  });
});
