/**
 * `npm run bench`: extraction, a clean build, every built page loaded cold against the floor (a static page drawing
 * the MARAC chart with Plot from inline data, loaded before each page load), the same under simulated slow mobile,
 * every control changed the instant its page becomes live and once it has settled, every page visited in one browser
 * context (the bytes of a whole visit), DuckDB's start on the pages that start it (cold and warm), and the notebook: its
 * first result after DuckDB is ready, and a five-cell chain re-run after edits of its first cell.
 * Writes bench/results/latest.json and latest.md (and, for a complete run, the README's Performance table); prints
 * PASS or FAIL per budget but does not fail on a missed one.
 * Parts of it (scripts/bench/options.ts): --pages /,/board, --dist <folder> (a site already built: no build) or
 * --skip-build (dist/ as it is), --runs, --slow-runs (0: no slow mobile), --changes (0: no controls), --live-runs,
 * --duckdb-pages (none: skip), --edits (0: no notebook re-runs), --slow-timeout-s, --first-change (each page's first filter change at the ready marker)
 * and --out; a partial run writes to tmp/bench unless --out says otherwise.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
import { listPageFilters, measureFirstChange, measureInteractions, type FirstChange } from "./bench/interactions.js";
import { benchNotebookPath, CHAIN_SETTLED, measureChainReruns, NOTEBOOK_OBSERVER } from "./bench/notebook.js";
import { COMPLETE_OUT, parseBenchOptions } from "./bench/options.js";
import { measurePageLoad, newBenchContext, type PageLoad } from "./bench/page-load.js";
import { formatMarkdown, replaceReadmeResults, type BenchMethod, type BenchResults, type ChainRerunResult, type ControlResult, type DuckDBReadyResult, type FirstChangeResult, type PageResult } from "./bench/report.js";
import { interleavedLoadOrder, medianOfRuns, quantile, spreadOfRuns, type Spread } from "./bench/stats.js";
import { SLOW_MOBILE } from "./bench/throttling.js";
import { serveDist } from "./serve-dist.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FLOOR = "floor";
const NOTEBOOK = "/notebook";

const { runs, slowRuns, changes, liveRuns, edits, slowTimeoutMs, duckdbPages, ...options } = parseBenchOptions(process.argv.slice(2));
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
const npmCache = join(ROOT, "src/.observablehq/cache/_npm");
writeFloorPage(floorDir, sumCasesByMonth(meetings), findVendoredPlot(npmCache), npmCache);
const site = await serveDist(dist);
const floor = await serveDist(floorDir);
const browser = await launchChromium();
const urlOf = (path: string) => (path === FLOOR ? `${floor.origin}/` : site.origin + path);

try {
  const { results: normal, floorSpread } = await loadEveryPage(browser, { runs, label: "cold", timeoutMs: 60_000 });
  const slowLoads = slowRuns > 0 ? await loadEveryPage(browser, { runs: slowRuns, label: "slow mobile", timeoutMs: slowTimeoutMs, slowMobile: true }) : null;
  const slow = slowLoads?.results;

  for (const path of changes > 0 ? paths : []) normal.get(path)!.controls = await measureControls(path);

  const tourBytes = await measureTour(browser);
  const duckdbReady: DuckDBReadyResult[] = [];
  for (const path of duckdbPages) duckdbReady.push(await measureDuckDBReady(browser, path));
  const notebookReady = duckdbReady.find((page) => page.path === NOTEBOOK) ?? duckdbReady[0];
  const reruns = edits > 0 && builtPagePaths(dist).includes(NOTEBOOK) ? await timeChainReruns(browser) : null;

  const firstChanges = options.firstChange ? await timeFirstChanges(browser) : undefined;

  const floorResult = normal.get(FLOOR)!;
  const results: BenchResults = {
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`,
    date: new Date().toISOString(),
    extract_ms: round(extraction.medianMs, 1)!,
    build_s: round(buildSeconds, 1),
    floor_first_chart_ms: floorResult.first_chart_ms,
    floor_first_chart_spread_ms: floorSpread,
    floor_bytes: floorResult.bytes_compressed,
    tour_bytes_compressed: tourBytes,
    duckdb_ready_cold_ms: notebookReady?.cold_ms ?? null,
    duckdb_ready_warm_ms: notebookReady?.warm_ms ?? null,
    duckdb_pages: duckdbReady,
    notebook_first_result_ms: duckdbReady.find((page) => page.path === NOTEBOOK)?.first_result_cold_ms ?? null,
    notebook_rerun_p50_ms: reruns?.p50 ?? null,
    notebook_rerun_p95_ms: reruns?.p95 ?? null,
    notebook_reruns: reruns?.result ?? null,
    pages: paths.map((path) => normal.get(path)!),
    slow_mobile: slow
      ? { floor_first_chart_ms: slow.get(FLOOR)!.first_chart_ms, floor_first_chart_spread_ms: slowLoads!.floorSpread, pages: paths.map((path) => slow.get(path)!) }
      : { floor_first_chart_ms: null, floor_first_chart_spread_ms: null, pages: [] },
    ...(firstChanges ? { first_changes: firstChanges } : {})
  };
  const method: BenchMethod = {
    extractionRuns: EXTRACTION_RUNS,
    runs,
    slowRuns,
    changes,
    liveRuns,
    edits,
    slowTimeoutMs,
    buildNote: buildSeconds === null ? "skipped" : "`npm run build` with no dist/ and no Framework cache, vendored npm modules included",
    slowMobileNote: slowRuns === 0 ? "not measured (`--slow-runs 0`)." : `${SLOW_MOBILE.latencyMs} ms latency, ${(SLOW_MOBILE.bytesPerSecond * 8) / 1e6} Mbit/s down and up, the page's CPU ${SLOW_MOBILE.cpuSlowdown}× slower (Chrome DevTools Protocol), medians of ${slowRuns} runs, interleaved with the floor in the same way; a load ends at the ready marker (DuckDB is not waited for) or after ${slowTimeoutMs / 1000} s, and a page that timed out is not loaded again.`
  };
  const out = resolve(ROOT, options.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), JSON.stringify(results, null, 2) + "\n");
  const markdown = formatMarkdown(results, method);
  writeFileSync(join(out, "latest.md"), markdown);
  console.log("\n" + markdown);
  // Only a complete run that writes bench/results speaks for the README.
  if (options.complete && out === resolve(ROOT, COMPLETE_OUT)) {
    const readme = join(ROOT, "README.md");
    writeFileSync(readme, replaceReadmeResults(readFileSync(readme, "utf8"), markdown));
    log("wrote the Performance table into README.md");
  }
  log(`wrote ${relative(ROOT, join(out, "latest.json"))} and latest.md${options.complete ? "" : " (a partial run)"}; budgets are goals, so a FAIL does not fail the command`);
} finally {
  await browser.close();
  await Promise.all([site.close(), floor.close()]);
  rmSync(floorDir, { recursive: true, force: true });
}

/**
 * Loads every page `runs` times, the floor before each page load and the pages' order rotated each round
 * (`interleavedLoadOrder`), and returns each one's medians and interquartile ranges (the floor's too, over its many loads).
 */
async function loadEveryPage(browser: Browser, { runs, label, timeoutMs, slowMobile = false }: { runs: number; label: string; timeoutMs: number; slowMobile?: boolean }): Promise<{ results: Map<string, PageResult>; floorSpread: Spread | null }> {
  const loads = new Map<string, PageLoad[]>([FLOOR, ...paths].map((path) => [path, []]));
  const order = interleavedLoadOrder(paths, runs, FLOOR);
  for (const [step, { path, run }] of order.entries()) {
    const done = loads.get(path)!;
    if (done.some((load) => load.timedOut)) continue; // a page that timed out once is not loaded again
    // Under slow mobile the load ends at the ready marker; otherwise it waits for DuckDB only where the page starts it
    // by itself (the explorer), else for the page to be idle: what a reader who touches no control transfers.
    const load = await measurePageLoad(browser, urlOf(path), { slowMobile, timeoutMs, waitForDuckDB: !slowMobile && path !== FLOOR });
    done.push(load);
    const warning = load.timedOut
      ? ` — stopped after ${timeoutMs / 1000} s`
      : load.ready === "error"
        ? ' — the page says data-ready="error"'
        : !slowMobile && load.duckdbWorker && load.duckdbReadyMs === null
          ? ` — DuckDB's worker started but no "duckdb-ready" mark came within ${timeoutMs / 1000} s`
          : "";
    log(`${label} ${step + 1}/${order.length} ${path} (run ${run} of ${path === FLOOR ? paths.length * runs : runs}): first chart ${ms(load.firstChartMs)}, every chart painted ${ms(load.chartsPaintedMs)}, ready marker ${ms(load.allChartsMs)}, DuckDB ready ${ms(load.duckdbReadyMs)}, ${(load.bytes / 1e6).toFixed(2)} MB in ${load.requests} requests${warning}`);
  }
  const results = new Map(
    [...loads].map(([path, done]) => {
      const firstChart = spreadOfRuns(done.map((load) => load.firstChartMs));
      const allCharts = spreadOfRuns(done.map((load) => load.allChartsMs));
      const painted = spreadOfRuns(done.map((load) => load.chartsPaintedMs));
      const result: PageResult = {
        path,
        runs: done.length,
        bytes_compressed: round(medianOfRuns(done.map((load) => load.bytes)), 0),
        first_chart_ms: round(firstChart?.median ?? null, 0),
        first_chart_iqr_ms: round(firstChart?.iqr ?? null, 0),
        all_charts_ms: round(allCharts?.median ?? null, 0),
        all_charts_iqr_ms: round(allCharts?.iqr ?? null, 0),
        charts_painted_ms: round(painted?.median ?? null, 0),
        charts_painted_iqr_ms: round(painted?.iqr ?? null, 0),
        duckdb_ready_ms: round(medianOfRuns(done.map((load) => load.duckdbReadyMs)), 0),
        bytes_before_first_chart: round(medianOfRuns(done.map((load) => load.bytesBeforeFirstChart)), 0),
        requests: round(medianOfRuns(done.map((load) => load.requests)), 0),
        controls: []
      };
      return [path, result];
    })
  );
  const floor = spreadOfRuns(loads.get(FLOOR)!.map((load) => load.firstChartMs));
  const floorSpread = floor && { ...floor, min: round(floor.min, 0)!, q1: round(floor.q1, 0)!, median: round(floor.median, 0)!, q3: round(floor.q3, 0)!, max: round(floor.max, 0)!, iqr: round(floor.iqr, 0)! };
  return { results, floorSpread };
}

/** How many cold loads change a control of `values` values at live: `liveRuns`, and at least once to each value but the default. */
function runsAtLive(values: number): number {
  return Math.max(liveRuns, values - 1);
}

/**
 * Measures each control of a page: `runsAtLive` cold loads changing it the instant the page becomes live (each to
 * another value), then, in one load, every control cycled through its values once the page has settled.
 */
async function measureControls(path: string): Promise<ControlResult[]> {
  const filters = await listPageFilters(browser, site.origin, path);
  const atLive = new Map<string, number[]>();
  for (const [filter, { input, values }] of filters.entries()) {
    const times: number[] = [];
    for (let run = 0; run < runsAtLive(values); run++) {
      const change = await measureFirstChange(browser, site.origin, path, { filter, step: run });
      if (change?.ms !== null && change?.ms !== undefined) times.push(change.ms);
      log(`control at live ${run + 1}/${runsAtLive(values)} ${path} "${input}": ${ms(change?.ms ?? null)}`);
    }
    atLive.set(input, times);
  }
  const settled = await measureInteractions(browser, site.origin, path, { changes });
  return filters.map(({ input, values }) => {
    const live = atLive.get(input) ?? [];
    const timings = settled.find((filter) => filter.input === input);
    const p50 = timings?.timesMs.length ? quantile(timings.timesMs, 0.5) : null;
    const p95 = timings?.timesMs.length ? quantile(timings.timesMs, 0.95) : null;
    const notes = timings ? [timings.withoutRedraw ? `${timings.withoutRedraw} changes redrew no figure` : "", timings.failed ? `${timings.failed} failed` : ""].filter(Boolean).join(", ") : "not measured";
    log(`control settled ${path} "${input}": ${timings?.timesMs.length ?? 0} changes, p50 ${ms(p50)}, p95 ${ms(p95)}, each: ${timings?.timesMs.map((time) => time.toFixed(0)).join(" ") ?? "—"}${notes ? ` (${notes})` : ""}`);
    // A change at live that redrew nothing or failed counts as missing: the p95 is null unless every load answered.
    return { input, values, p95_at_live_ms: live.length === runsAtLive(values) ? round(quantile(live, 0.95), 0) : null, p50_ms: round(p50, 1), p95_ms: round(p95, 1), settled_changes: timings?.timesMs.length ?? 0 };
  });
}

/** Visits every page once in one browser context (a shared cache, as one reader's visit) and returns the bytes transferred in all. */
async function measureTour(browser: Browser): Promise<number> {
  const context = await newBenchContext(browser);
  try {
    let bytes = 0;
    for (const path of paths) {
      const load = await measurePageLoad(browser, urlOf(path), { context });
      bytes += load.bytes;
      log(`tour ${path}: ${(load.bytes / 1e6).toFixed(2)} MB (${(bytes / 1e6).toFixed(2)} MB so far)`);
    }
    return bytes;
  } finally {
    await context.close();
  }
}

/**
 * Loads a page that starts DuckDB `runs` times cold and, each time, again in the same context (the cache kept): DuckDB
 * ready, cold and warm. The notebook opens the bench's chain from its link (an empty notebook starts nothing), each load
 * lasting until every cell is done, and also gives the time from DuckDB ready to its first result.
 */
async function measureDuckDBReady(browser: Browser, path: string): Promise<DuckDBReadyResult> {
  const notebook = path === NOTEBOOK;
  const url = notebook ? site.origin + benchNotebookPath(path) : urlOf(path);
  const loadOptions = notebook ? { initScript: NOTEBOOK_OBSERVER, settledWhen: CHAIN_SETTLED } : {};
  const loads: { cold: PageLoad; warm: PageLoad }[] = [];
  for (let run = 1; run <= runs; run++) {
    const context = await newBenchContext(browser);
    try {
      const cold = await measurePageLoad(browser, url, { context, ...loadOptions });
      loads.push({ cold, warm: await measurePageLoad(browser, url, { context, ...loadOptions }) });
    } finally {
      await context.close();
    }
    const { cold, warm } = loads.at(-1)!;
    const firstResults = notebook ? `; first result after ready: cold ${ms(afterReady(cold))}, warm ${ms(afterReady(warm))}` : "";
    log(`DuckDB ready ${run}/${runs} ${path}: cold ${ms(cold.duckdbReadyMs)}, warm ${ms(warm.duckdbReadyMs)}${firstResults}`);
  }
  const spread = (values: (number | null)[]) => spreadOfRuns(values);
  const [coldSpread, warmSpread] = [spread(loads.map(({ cold }) => cold.duckdbReadyMs)), spread(loads.map(({ warm }) => warm.duckdbReadyMs))];
  const firstCold = notebook ? spread(loads.map(({ cold }) => afterReady(cold))) : null;
  const firstWarm = notebook ? spread(loads.map(({ warm }) => afterReady(warm))) : null;
  return {
    path,
    cold_ms: round(coldSpread?.median ?? null, 0),
    cold_iqr_ms: round(coldSpread?.iqr ?? null, 0),
    warm_ms: round(warmSpread?.median ?? null, 0),
    warm_iqr_ms: round(warmSpread?.iqr ?? null, 0),
    first_result_cold_ms: round(firstCold?.median ?? null, 0),
    first_result_cold_iqr_ms: round(firstCold?.iqr ?? null, 0),
    first_result_warm_ms: round(firstWarm?.median ?? null, 0)
  };
}

/** Returns a notebook load's time from DuckDB ready to its first result, or null when either is missing. */
function afterReady(load: PageLoad): number | null {
  return load.duckdbReadyMs === null || load.notebookFirstResultMs === null ? null : load.notebookFirstResultMs - load.duckdbReadyMs;
}

/** Opens the notebook with the bench's chain and times the chain's re-run after each of `edits` edits of its first cell. */
async function timeChainReruns(browser: Browser): Promise<{ result: ChainRerunResult; p50: number | null; p95: number | null }> {
  const measured = await measureChainReruns(browser, site.origin + benchNotebookPath(NOTEBOOK), {
    edits,
    onEdit: (edit, time, failure) => log(`notebook re-run ${edit}/${edits}: ${failure ?? ms(time)}`)
  });
  // A re-run that failed counts as missing: the percentiles are given only when every edit's re-run was timed.
  const complete = measured.failures.length === 0 && measured.timesMs.length > 0;
  const result: ChainRerunResult = { path: NOTEBOOK, edits, measured: measured.timesMs.length, failures: measured.failures, unchanged: measured.unchanged };
  const [p50, p95] = complete ? [round(quantile(measured.timesMs, 0.5), 1), round(quantile(measured.timesMs, 0.95), 1)] : [null, null];
  log(`notebook re-runs: p50 ${ms(p50)}, p95 ${ms(p95)}, each: ${measured.timesMs.map((time) => time.toFixed(0)).join(" ")}`);
  return { result, p50, p95 };
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
