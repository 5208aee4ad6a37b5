import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { extractReport } from "./index.js";
import { writeParquet } from "./parquet.js";
import { readReport } from "./sources/committed-report.js";

// Usage: npm run extract -- <report.txt> <outdir>. Writes every table or, on any error, nothing.
const [reportPath, outDir] = process.argv.slice(2);
if (!reportPath || !outDir) {
  console.error("usage: npm run extract -- <report.txt> <outdir>");
  process.exit(2);
}
try {
  const tables = extractReport(readReport(reportPath));
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), ".extract-"));
  try {
    for (const { name, columns, rows } of tables) writeFileSync(join(staging, `${name}.parquet`), writeParquet(rows, columns));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) rmSync(target, { recursive: true });
  renameSync(staging, target);
  console.log(`wrote ${tables.length} tables to ${target}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
