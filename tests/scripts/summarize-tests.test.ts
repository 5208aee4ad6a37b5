import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../scripts/summarize-tests.mjs", import.meta.url));

/** Runs the summary on a folder holding the given Vitest JSON reports, with the step arguments given. */
function summarize(reports: object[], ...args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), "results-"));
  reports.forEach((report, index) => writeFileSync(join(folder, `report-${index}.json`), JSON.stringify(report)));
  return execFileSync(process.execPath, [SCRIPT, folder, ...args], { encoding: "utf-8" }).trim();
}

describe("summarize-tests", () => {
  const unit = { numPassedTests: 40, numFailedTests: 0, numFailedTestSuites: 0 };
  const browser = { numPassedTests: 100, numFailedTests: 2, numFailedTestSuites: 1 };

  it("sums the passed and failed tests of every report in one line", () => {
    expect(summarize([unit, browser], "1")).toBe("140 passed, 2 failed");
  });

  it("counts a failed step with no failed test as one failure", () => {
    expect(summarize([unit], "1")).toBe("40 passed, 1 failed");
  });

  it("counts each extra step as one passed or one failed test", () => {
    expect(summarize([unit], "0", "npm-audit=0")).toBe("41 passed, 0 failed");
    expect(summarize([unit], "0", "npm-audit=1")).toBe("40 passed, 1 failed");
  });

  it("counts a skipped step (the audit service could not be asked) neither as passed nor as failed", () => {
    expect(summarize([unit], "0", "npm-audit=skipped")).toBe("40 passed, 0 failed");
  });

  it("refuses a step that is not name=status", () => {
    expect(() => execFileSync(process.execPath, [SCRIPT, mkdtempSync(join(tmpdir(), "results-")), "0", "npm audit"], { stdio: "pipe" })).toThrow(/expected a step as name=status \(npm-audit=0, or npm-audit=skipped\), found "npm audit"/);
  });
});
