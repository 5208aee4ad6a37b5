// Prints one line "N passed, N failed" summing every Vitest JSON report in a folder; a failed step with no failed test
// counts as one, and each extra step given as `name=status` (such as `npm-audit=0`) counts as one passed or one failed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [folder = "test-results", status = "0", ...steps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync(folder)) {
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(folder, file), "utf-8"));
    passed += report.numPassedTests ?? 0;
    // A suite that fails in a hook fails no single test: count each such suite once.
    failed += report.numFailedTests > 0 ? report.numFailedTests : (report.numFailedTestSuites ?? 0);
  }
}
if (Number(status) !== 0 && failed === 0) failed = 1;
for (const step of steps) {
  const match = /^([\w:-]+)=(\d+|skipped)$/.exec(step);
  if (!match) throw new Error(`summarize-tests: expected a step as name=status (npm-audit=0, or npm-audit=skipped), found ${JSON.stringify(step)}`);
  if (match[2] === "skipped") continue;
  if (Number(match[2]) === 0) passed++;
  else failed++;
}
console.log(`${passed} passed, ${failed} failed`);
