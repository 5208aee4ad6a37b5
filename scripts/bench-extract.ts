/** Times the full extraction, report text on disk to every Parquet file written, in-process and cold via the CLI, and fails above a 1-second median. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractReport } from "../data-loaders/index.js";
import { writeParquet } from "../data-loaders/parquet.js";
import { COMMITTED_REPORT_PATH, readReport } from "../data-loaders/sources/committed-report.js";
import { median } from "./bench/stats.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** How many in-process extraction runs the median is taken over, after one warm-up run. */
export const EXTRACTION_RUNS = 15;
const BUDGET_MS = 1000;

/** Reads the report from disk, extracts every table and writes each as Parquet into `dir`; returns the number of files. */
function extractToFolder(reportPath: string, dir: string): number {
  const tables = extractReport(readReport(reportPath));
  for (const { name, columns, rows } of tables) writeFileSync(join(dir, `${name}.parquet`), writeParquet(rows, columns));
  return tables.length;
}

/** Returns the wall time in milliseconds of one in-process extraction into a fresh temporary folder. */
function timeOneRun(reportPath: string): number {
  const dir = mkdtempSync(join(tmpdir(), "bench-extract-"));
  try {
    const start = performance.now();
    extractToFolder(reportPath, dir);
    return performance.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Returns the wall time in milliseconds of `tsx data-loaders/cli.ts` run once as a child process, and how many files it wrote. */
function timeColdCli(reportPath: string): { ms: number; files: number } {
  const dir = mkdtempSync(join(tmpdir(), "bench-extract-cli-"));
  const out = join(dir, "out");
  try {
    const start = performance.now();
    const child = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["data-loaders/cli.ts", reportPath, out], { cwd: ROOT, encoding: "utf-8" });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`tsx data-loaders/cli.ts: expected exit 0, found ${child.status ?? child.signal}: ${child.stderr}`);
    return { ms, files: readdirSync(out).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In-process extraction timings: the excluded warm-up run, every timed run (sorted) and their median, in milliseconds. */
export interface ExtractionTimings {
  warmUpMs: number;
  timesMs: number[];
  medianMs: number;
}

/** Times `runs` in-process extractions of the report at `reportPath` after one warm-up run; returns their median. */
export function measureExtraction(reportPath = COMMITTED_REPORT_PATH, runs = EXTRACTION_RUNS): ExtractionTimings {
  const warmUpMs = timeOneRun(reportPath);
  const timesMs = Array.from({ length: runs }, () => timeOneRun(reportPath)).sort((a, b) => a - b);
  return { warmUpMs, timesMs, medianMs: median(timesMs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const format = (ms: number) => `${ms.toFixed(1)} ms`;
  const reportPath = process.argv[2] ?? COMMITTED_REPORT_PATH;
  const { warmUpMs, timesMs, medianMs } = measureExtraction(reportPath);
  const cold = timeColdCli(reportPath);

  console.log(`Full extraction of ${reportPath}: report read from disk to every Parquet file written to a temporary folder.`);
  console.log(`in-process, ${timesMs.length} runs after 1 warm-up run (${format(warmUpMs)}, excluded): median ${format(medianMs)}, min ${format(timesMs[0]!)}, max ${format(timesMs.at(-1)!)}`);
  console.log(`cold, 1 run of tsx data-loaders/cli.ts as a child process (Node start and TypeScript compilation included): ${format(cold.ms)}, ${cold.files} files`);
  if (medianMs > BUDGET_MS) {
    console.error(`The median ${format(medianMs)} exceeds the ${BUDGET_MS} ms budget.`);
    process.exit(1);
  }
  console.log(`within the ${BUDGET_MS} ms budget for the median.`);
}
