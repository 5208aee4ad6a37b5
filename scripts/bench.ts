/**
 * `npm run bench`: extraction, a clean build, every built page loaded cold against the floor (a static page drawing
 * the MARAC chart with Plot from inline data), the same under simulated slow mobile, and every filter's redraw time.
 * Writes bench/results/latest.json and latest.md; prints PASS or FAIL per budget but does not fail on a missed one.
 * For trying it out: --skip-build (measure the dist/ already there), --runs, --slow-runs, --changes, --slow-timeout-s,
 * --pages=/,/board (instead of every built page) and --out=<folder> (instead of bench/results).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type as osType } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { extractReport, findExtractedTable } from "../data-loaders/index.js";
import { readCommittedReport } from "../data-loaders/sources/committed-report.js";
import { launchChromium } from "./chromium.js";
import { builtPagePaths } from "./site-pages.js";
import { EXTRACTION_RUNS, measureExtraction } from "./bench-extract.js";
import { timeCleanBuild } from "./bench/clean-build.js";
import { findVendoredPlot, sumCasesByMonth, writeFloorPage, type MaracMeetingInput } from "./bench/floor-page.js";
import { measureInteractions } from "./bench/interactions.js";
import { measurePageLoad, type PageLoad } from "./bench/page-load.js";
import { formatMarkdown, type BenchMethod, type BenchResults, type InteractionResult, type PageResult } from "./bench/report.js";
import { medianOfRuns, quantile } from "./bench/stats.js";
import { SLOW_MOBILE } from "./bench/throttling.js";
import { serveDist } from "./serve-dist.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FLOOR = "floor";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "slow-runs": { type: "string", default: "3" },
    changes: { type: "string", default: "20" },
    // 15 s is over 5× the floor under slow mobile: a page still loading then is far past its 2× budget.
    "slow-timeout-s": { type: "string", default: "15" },
    pages: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    out: { type: "string", default: "bench/results" }
  }
});
const runs = positiveInteger("--runs", args.runs);
const slowRuns = positiveInteger("--slow-runs", args["slow-runs"]);
const changes = positiveInteger("--changes", args.changes);
const slowTimeoutMs = positiveInteger("--slow-timeout-s", args["slow-timeout-s"]) * 1000;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => console.log(`[${elapsed().padStart(5)}] ${message}`);

log(`extraction: ${EXTRACTION_RUNS} in-process runs after a warm-up run`);
const extraction = measureExtraction();
log(`extraction: median ${extraction.medianMs.toFixed(1)} ms`);

let buildSeconds: number | null = null;
if (args["skip-build"]) log("build: skipped (--skip-build), using the dist/ already there");
else {
  log("build: removing dist/ and src/.observablehq/cache, then npm run build");
  buildSeconds = await timeCleanBuild(ROOT);
  log(`build: ${buildSeconds.toFixed(1)} s`);
}

const dist = join(ROOT, "dist");
const paths = args.pages ? args.pages.split(",") : builtPagePaths(dist);
for (const path of paths) if (!path.startsWith("/")) throw new Error(`--pages: expected paths starting with "/", found ${JSON.stringify(path)}`);
const floorDir = mkdtempSync(join(tmpdir(), "bench-floor-"));
const meetings = findExtractedTable(extractReport(readCommittedReport()), "marac_meetings").rows as unknown as MaracMeetingInput[];
writeFloorPage(floorDir, sumCasesByMonth(meetings), findVendoredPlot(join(ROOT, "src/.observablehq/cache/_npm")));
const site = await serveDist(dist);
const floor = await serveDist(floorDir);
const browser = await launchChromium();
const urlOf = (path: string) => (path === FLOOR ? `${floor.origin}/` : site.origin + path);

try {
  const normal = await loadEveryPage(browser, { runs, label: "cold", timeoutMs: 60_000 });
  const slow = await loadEveryPage(browser, { runs: slowRuns, label: "slow mobile", timeoutMs: slowTimeoutMs, slowMobile: true });

  const interactions: InteractionResult[] = [];
  for (const path of paths) {
    const filters = await measureInteractions(browser, site.origin, path, { changes });
    for (const filter of filters) {
      const p50 = filter.timesMs.length ? quantile(filter.timesMs, 0.5) : null;
      const p95 = filter.timesMs.length ? quantile(filter.timesMs, 0.95) : null;
      const notes = [filter.withoutRedraw ? `${filter.withoutRedraw} changes redrew no figure` : "", filter.failed ? `${filter.failed} failed` : ""].filter(Boolean).join(", ");
      log(`interactions ${path} "${filter.input}": ${filter.timesMs.length} changes, p50 ${p50?.toFixed(1)} ms, p95 ${p95?.toFixed(1)} ms${notes ? ` (${notes})` : ""}`);
      interactions.push({ page: filter.page, input: filter.input, p50_ms: round(p50, 1), p95_ms: round(p95, 1) });
    }
  }

  const results: BenchResults = {
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`,
    date: new Date().toISOString(),
    extract_ms: round(extraction.medianMs, 1)!,
    build_s: round(buildSeconds, 1),
    floor_first_chart_ms: normal.get(FLOOR)!.first_chart_ms,
    pages: paths.map((path) => normal.get(path)!),
    floor_bytes: normal.get(FLOOR)!.bytes,
    slow_mobile: { floor_first_chart_ms: slow.get(FLOOR)!.first_chart_ms, pages: paths.map((path) => slow.get(path)!) },
    interactions
  };
  const method: BenchMethod = {
    extractionRuns: EXTRACTION_RUNS,
    runs,
    slowRuns,
    changes,
    slowTimeoutMs,
    buildNote: buildSeconds === null ? "skipped" : "`npm run build` with no dist/ and no Framework cache, vendored npm modules included",
    slowMobileNote: `${SLOW_MOBILE.latencyMs} ms latency, ${(SLOW_MOBILE.bytesPerSecond * 8) / 1e6} Mbit/s down and up, the page's CPU ${SLOW_MOBILE.cpuSlowdown}× slower (Chrome DevTools Protocol), medians of ${slowRuns} runs; a load ends at the ready marker (DuckDB is not waited for) or after ${slowTimeoutMs / 1000} s, and a page that timed out is not loaded again.`
  };
  const out = join(ROOT, args.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), JSON.stringify(results, null, 2) + "\n");
  const markdown = formatMarkdown(results, method);
  writeFileSync(join(out, "latest.md"), markdown);
  console.log("\n" + markdown);
  log(`wrote ${relative(ROOT, join(out, "latest.json"))} and latest.md; budgets are goals, so a FAIL does not fail the command`);
} finally {
  await browser.close();
  await Promise.all([site.close(), floor.close()]);
  rmSync(floorDir, { recursive: true, force: true });
}

/** Loads the floor and every page `runs` times each, interleaved run by run, and returns each one's medians. */
async function loadEveryPage(browser: Browser, { runs, label, timeoutMs, slowMobile = false }: { runs: number; label: string; timeoutMs: number; slowMobile?: boolean }): Promise<Map<string, PageResult>> {
  const loads = new Map<string, PageLoad[]>([FLOOR, ...paths].map((path) => [path, []]));
  for (let run = 1; run <= runs; run++) {
    for (const [path, done] of loads) {
      if (done.some((load) => load.timedOut)) continue; // a page that timed out once is not loaded again
      // Under slow mobile DuckDB's 34 MB wasm alone takes minutes: the load ends at the ready marker.
      const load = await measurePageLoad(browser, urlOf(path), { slowMobile, timeoutMs, waitForDuckDB: !slowMobile && path !== FLOOR });
      done.push(load);
      const warning = load.timedOut
        ? ` — stopped after ${timeoutMs / 1000} s`
        : load.ready === "error"
          ? ' — the page says data-ready="error"'
          : !slowMobile && load.duckdbWorker && load.duckdbReadyMs === null
            ? ` — DuckDB's worker started but no "duckdb-ready" mark came within ${timeoutMs / 1000} s`
            : "";
      log(`${label} ${run}/${runs} ${path}: first chart ${ms(load.firstChartMs)}, every chart ${ms(load.allChartsMs)}, DuckDB ready ${ms(load.duckdbReadyMs)}, ${(load.bytes / 1e6).toFixed(2)} MB in ${load.requests} requests${warning}`);
    }
  }
  return new Map(
    [...loads].map(([path, done]) => [
      path,
      {
        path,
        first_chart_ms: round(medianOfRuns(done.map((load) => load.firstChartMs)), 0),
        all_charts_ms: round(medianOfRuns(done.map((load) => load.allChartsMs)), 0),
        duckdb_ready_ms: round(medianOfRuns(done.map((load) => load.duckdbReadyMs)), 0),
        bytes: round(medianOfRuns(done.map((load) => load.bytes)), 0),
        bytes_before_first_chart: round(medianOfRuns(done.map((load) => load.bytesBeforeFirstChart)), 0),
        requests: round(medianOfRuns(done.map((load) => load.requests)), 0)
      }
    ])
  );
}

function ms(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(0)} ms`;
}

function round(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag}: expected a positive whole number, found ${JSON.stringify(value)}`);
  return number;
}
