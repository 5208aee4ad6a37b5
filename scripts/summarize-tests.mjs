// Prints one line "N passed, N failed" summing every Vitest JSON report in a folder; a failed step with no failed test counts as one.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [folder = "test-results", status = "0"] = process.argv.slice(2);
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
console.log(`${passed} passed, ${failed} failed`);
