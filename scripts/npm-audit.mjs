// Runs `npm audit --omit=dev --audit-level=high` and exits 0 (no high or critical advisory), 1 (advisories found, or the
// audit failed in another way) or 3 (the registry's audit service is unreachable, as on machines whose registry access
// allows only GET: the bulk-advisory endpoint answers 405). Exit 3 is reported, not counted as a pass or a failure.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf-8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit: expected a JSON report, found ${JSON.stringify(run.stdout.slice(0, 200))}`);
  process.exit(1);
}
if (report.vulnerabilities !== undefined) {
  const { high = 0, critical = 0 } = report.metadata?.vulnerabilities ?? {};
  console.log(`npm audit: ${high} high and ${critical} critical advisories in production dependencies`);
  process.exit(run.status === 0 ? 0 : 1);
}
const unreachable = [405, 404, 403].includes(report.statusCode) || /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(report.code ?? report.error?.code ?? "");
console.log(`npm audit: the audit service could not be asked (${report.message ?? report.error?.summary ?? "no report"})${unreachable ? "; not counted" : ""}`);
process.exit(unreachable ? 3 : 1);
