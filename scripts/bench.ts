/**
 * `npm run bench`: extraction, a clean build, every built page loaded cold against the floor (a static page drawing
 * the MARAC chart with Plot from inline data), the same under simulated slow mobile, and every filter's redraw time.
 * Writes bench/results/latest.json and latest.md; prints PASS or FAIL per budget but does not fail on a missed one.
 * Parts of it (scripts/bench/options.ts): --pages /,/board, --dist <folder> (a site already built: no build) or
 * --skip-build (dist/ as it is), --runs, --slow-runs (0: no slow mobile), --changes (0: no interactions),
 * --slow-timeout-s, --first-change (each page's first filter change at the ready marker) and --out; a partial run
 * writes to tmp/bench unless --out says otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type as osType } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { extractReport, findExtractedTable } from "../data-loaders/index.js";
import { readCommittedReport } from "../data-loaders/sources/committed-report.js";
import { launchChromium } from "./chromium.js";
import { builtPagePaths } from "./site-pages.js";
import { EXTRACTION_RUNS, measureExtraction } from "./bench-extract.js";
import { timeCleanBuild } from "./bench/clean-build.js";
import { findVendoredPlot, sumCasesByMonth, writeFloorPage, type MaracMeetingInput } from "./bench/floor-page.js";
import { measureFirstChange, measureInteractions, type FirstChange } from "./bench/interactions.js";
import { parseBenchOptions } from "./bench/options.js";
import { measurePageLoad, type PageLoad } from "./bench/page-load.js";
import { formatMarkdown, type BenchMethod, type BenchResults, type FirstChangeResult, type InteractionResult, type PageResult } from "./bench/report.js";
import { medianOfRuns, quantile } from "./bench/stats.js";
import { SLOW_MOBILE } from "./bench/throttling.js";
import { serveDist } from "./serve-dist.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FLOOR = "floor";

const { runs, slowRuns, changes, slowTimeoutMs, ...options } = parseBenchOptions(process.argv.slice(2));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => console.log(`[${elapsed().padStart(5)}] ${message}`);

log(`extraction: ${EXTRACTION_RUNS} in-process runs after a warm-up run`);
const extraction = measureExtraction();
log(`extraction: median ${extraction.medianMs.toFixed(1)} ms`);

let buildSeconds: number | null = null;
if (!options.build) log(`build: skipped, measuring the site already built in ${options.dist}/`);
else {
  log("build: removing dist/ and src/.observablehq/cache, then npm run build");
  buildSeconds = await timeCleanBuild(ROOT);
  log(`build: ${buildSeconds.toFixed(1)} s`);
}

const dist = resolve(ROOT, options.dist);
const paths = options.pages ?? builtPagePaths(dist);
const floorDir = mkdtempSync(join(tmpdir(), "bench-floor-"));
const meetings = findExtractedTable(extractReport(readCommittedReport()), "marac_meetings").rows as unknown as MaracMeetingInput[];
writeFloorPage(floorDir, sumCasesByMonth(meetings), findVendoredPlot(join(ROOT, "src/.observablehq/cache/_npm")));
const site = await serveDist(dist);
const floor = await serveDist(floorDir);
const browser = await launchChromium();
const urlOf = (path: string) => (path === FLOOR ? `${floor.origin}/` : site.origin + path);

try {
  const normal = await loadEveryPage(browser, { runs, label: "cold", timeoutMs: 60_000 });
  const slow = slowRuns > 0 ? await loadEveryPage(browser, { runs: slowRuns, label: "slow mobile", timeoutMs: slowTimeoutMs, slowMobile: true }) : null;

  const interactions: InteractionResult[] = [];
  for (const path of changes > 0 ? paths : []) {
    const filters = await measureInteractions(browser, site.origin, path, { changes });
    for (const filter of filters) {
      const p50 = filter.timesMs.length ? quantile(filter.timesMs, 0.5) : null;
      const p95 = filter.timesMs.length ? quantile(filter.timesMs, 0.95) : null;
      const notes = [filter.withoutRedraw ? `${filter.withoutRedraw} changes redrew no figure` : "", filter.failed ? `${filter.failed} failed` : ""].filter(Boolean).join(", ");
      log(`interactions ${path} "${filter.input}": ${filter.timesMs.length} changes, p50 ${p50?.toFixed(1)} ms, p95 ${p95?.toFixed(1)} ms${notes ? ` (${notes})` : ""}`);
      interactions.push({ page: filter.page, input: filter.input, p50_ms: round(p50, 1), p95_ms: round(p95, 1) });
    }
  }

  const firstChanges = options.firstChange ? await timeFirstChanges(browser) : undefined;

  const results: BenchResults = {
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`,
    date: new Date().toISOString(),
    extract_ms: round(extraction.medianMs, 1)!,
    build_s: round(buildSeconds, 1),
    floor_first_chart_ms: normal.get(FLOOR)!.first_chart_ms,
    pages: paths.map((path) => normal.get(path)!),
    floor_bytes: normal.get(FLOOR)!.bytes,
    slow_mobile: slow ? { floor_first_chart_ms: slow.get(FLOOR)!.first_chart_ms, pages: paths.map((path) => slow.get(path)!) } : { floor_first_chart_ms: null, pages: [] },
    interactions,
    ...(firstChanges ? { first_changes: firstChanges } : {})
  };
  const method: BenchMethod = {
    extractionRuns: EXTRACTION_RUNS,
    runs,
    slowRuns,
    changes,
    slowTimeoutMs,
    buildNote: buildSeconds === null ? "skipped" : "`npm run build` with no dist/ and no Framework cache, vendored npm modules included",
    slowMobileNote: slowRuns === 0 ? "not measured (`--slow-runs 0`)." : `${SLOW_MOBILE.latencyMs} ms latency, ${(SLOW_MOBILE.bytesPerSecond * 8) / 1e6} Mbit/s down and up, the page's CPU ${SLOW_MOBILE.cpuSlowdown}× slower (Chrome DevTools Protocol), medians of ${slowRuns} runs; a load ends at the ready marker (DuckDB is not waited for) or after ${slowTimeoutMs / 1000} s, and a page that timed out is not loaded again.`
  };
  const out = resolve(ROOT, options.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), JSON.stringify(results, null, 2) + "\n");
  const markdown = formatMarkdown(results, method);
  writeFileSync(join(out, "latest.md"), markdown);
  console.log("\n" + markdown);
  log(`wrote ${relative(ROOT, join(out, "latest.json"))} and latest.md${options.complete ? "" : " (a partial run)"}; budgets are goals, so a FAIL does not fail the command`);
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

/** Times each page's first filter change at the ready marker, `runs` cold loads each; pages without a filter are left out. */
async function timeFirstChanges(browser: Browser): Promise<FirstChangeResult[]> {
  const results: FirstChangeResult[] = [];
  for (const path of paths) {
    const made: FirstChange[] = [];
    for (let run = 1; run <= runs; run++) {
      const change = await measureFirstChange(browser, site.origin, path);
      if (change === null) break; // no filter on this page
      made.push(change);
      log(`first change ${run}/${runs} ${path} "${change.input}": ${ms(change.ms)}`);
    }
    if (made.length) results.push({ page: path, input: made[0]!.input, median_ms: round(medianOfRuns(made.map((change) => change.ms)), 0) });
  }
  return results;
}

function ms(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(0)} ms`;
}

function round(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}
