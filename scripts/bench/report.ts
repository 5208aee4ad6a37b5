// The benchmark's results as bench/results/latest.json has them, the budgets they are checked against, and the Markdown table.
import { ratio, type Spread } from "./stats.js";

/** One page's medians over its cold loads (times in milliseconds from navigation start), their interquartile ranges, what it transferred, and its controls. */
export interface PageResult {
  path: string;
  /** Cold loads measured. */
  runs: number;
  /** Bytes transferred, as sent (Brotli where the host has it), by a reader who touches no control: until the page is drawn and idle (or DuckDB is ready, on a page that starts it). */
  bytes_compressed: number | null;
  first_chart_ms: number | null;
  first_chart_iqr_ms: number | null;
  /** The ready marker: the live page has drawn (or taken over) every chart. */
  all_charts_ms: number | null;
  all_charts_iqr_ms: number | null;
  /** Every chart on screen at the ready marker painted: a prerendered chart the live page kept counts from the HTML; null on a page without charts. */
  charts_painted_ms: number | null;
  charts_painted_iqr_ms: number | null;
  duckdb_ready_ms: number | null;
  bytes_before_first_chart: number | null;
  requests: number | null;
  controls: ControlResult[];
}

/** One control (a select or a radio group) of a page: the time from input until every figure it set loading is ready again. */
export interface ControlResult {
  input: string;
  /** How many values the control offers. */
  values: number;
  /** Changed the instant the page becomes live (its ready marker), in a cold load each time: p95 over the loads. */
  p95_at_live_ms: number | null;
  /** Changed once the page has settled, cycling through all its values: p50 and p95 over the changes. */
  p50_ms: number | null;
  p95_ms: number | null;
  /** How many settled changes were timed (each redrew a figure); at least `values` when every value was reached. */
  settled_changes: number;
}

/** A page that starts DuckDB-WASM to do its job (the explorer, the notebook): its "duckdb-ready" mark, cold and on a second visit with the cache kept. */
export interface DuckDBReadyResult {
  path: string;
  cold_ms: number | null;
  cold_iqr_ms: number | null;
  warm_ms: number | null;
  warm_iqr_ms: number | null;
  /** The notebook only (null elsewhere): from "duckdb-ready" to its first SQL or steps cell's result, cold and on the second visit. */
  first_result_cold_ms: number | null;
  first_result_cold_iqr_ms: number | null;
  first_result_warm_ms: number | null;
}

/** The notebook's five-cell chain (sql → steps → sql → chart → text) re-run after each of `edits` edits of its first cell. */
export interface ChainRerunResult {
  path: string;
  edits: number;
  /** Re-runs timed: from the Ctrl+Enter keydown until the last cell downstream was done. */
  measured: number;
  /** Edits whose re-run failed or did not finish, with why. */
  failures: string[];
  /** Edits after which the text cell said the same as before (an edit that changed nothing downstream). */
  unchanged: number;
}

/** A page's first filter change made at the ready marker, median over the runs, in milliseconds (`--first-change`). */
export interface FirstChangeResult {
  page: string;
  input: string;
  median_ms: number | null;
}

/** Everything `npm run bench` measured, in the shape issue 14 asks for; `first_changes` only with --first-change. */
export interface BenchResults {
  machine: string;
  date: string;
  extract_ms: number;
  build_s: number | null;
  /** The floor's first chart: the median of its cold loads, one before each page load. */
  floor_first_chart_ms: number | null;
  /** How the floor's own first chart spread over those loads (milliseconds). */
  floor_first_chart_spread_ms: Spread | null;
  floor_bytes: number | null;
  /** Every page visited once in one browser context (a shared cache): bytes transferred in all, DuckDB included once. */
  tour_bytes_compressed: number | null;
  /** The notebook's (or else the first of `duckdb_pages`'): DuckDB ready, cold and warm. */
  duckdb_ready_cold_ms: number | null;
  duckdb_ready_warm_ms: number | null;
  duckdb_pages: DuckDBReadyResult[];
  /** The notebook, cold: from DuckDB ready to its first result (median). */
  notebook_first_result_ms: number | null;
  /** The notebook's chain re-run after an edit: p50 and p95 over the edits (null when any re-run failed, or none was measured). */
  notebook_rerun_p50_ms: number | null;
  notebook_rerun_p95_ms: number | null;
  notebook_reruns: ChainRerunResult | null;
  pages: PageResult[];
  slow_mobile: { floor_first_chart_ms: number | null; floor_first_chart_spread_ms: Spread | null; pages: PageResult[] };
  first_changes?: FirstChangeResult[];
}

/** How the numbers were taken, for the Markdown (not part of the JSON's shape). */
export interface BenchMethod {
  extractionRuns: number;
  runs: number;
  slowRuns: number;
  changes: number;
  liveRuns: number;
  edits: number;
  slowTimeoutMs: number;
  buildNote: string;
  slowMobileNote: string;
}

/** The budgets of issue 14 (and issue 6's bytes before the first chart): ratios to the floor (medians of the same run), bytes and times. */
export const BUDGETS = {
  firstChartRatio: 1,
  allChartsRatio: 1.5,
  bytesBeforeFirstChartRatio: 1.5,
  pageBytes: 1_000_000,
  tourBytes: 8_000_000,
  controlP95AtLiveMs: 200,
  controlP95Ms: 100,
  duckdbWarmRatio: 5,
  notebookRerunP95Ms: 100
} as const;

/** One budget checked: its name, whether every measured item met it (null when nothing was measured), and the items over it. */
export interface BudgetCheck {
  budget: string;
  pass: boolean | null;
  over: string[];
  measured: number;
}

/** Returns each budget checked against the results; a page that timed out counts as over its time budgets. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const drawsCharts = chartPages(results);
  const duckdbPages = new Set(results.duckdb_pages.map((page) => page.path));
  const controls = results.pages.flatMap((page) => page.controls.map((control) => ({ name: `${page.path} ${control.input}`, ...control })));
  const timeBudgets = (label: string, pages: readonly PageResult[], floor: number | null) => {
    checks.push(
      check(`${label}first chart ≤ ${BUDGETS.firstChartRatio}× the floor`, pages.filter(drawsCharts).map((page) => [page.path, ratio(page.first_chart_ms, floor), BUDGETS.firstChartRatio, "×"])),
      check(`${label}every chart (ready marker) ≤ ${BUDGETS.allChartsRatio}× the floor's first chart`, pages.map((page) => [page.path, ratio(page.all_charts_ms, floor), BUDGETS.allChartsRatio, "×"])),
      check(`${label}every chart painted (each as first seen ready, kept or redrawn by the live page) ≤ ${BUDGETS.allChartsRatio}× the floor's first chart`, pages.filter((page) => drawsCharts(page) && (page.charts_painted_ms !== null || page.all_charts_ms === null)).map((page) => [page.path, ratio(page.charts_painted_ms, floor), BUDGETS.allChartsRatio, "×"]))
    );
  };
  timeBudgets("", results.pages, results.floor_first_chart_ms);
  checks.push(
    check(
      `bytes, no control touched, ≤ ${formatBytes(BUDGETS.pageBytes)} (every page but ${[...duckdbPages].join(", ") || "none"})`,
      results.pages.filter((page) => !duckdbPages.has(page.path)).map((page) => [page.path, page.bytes_compressed, BUDGETS.pageBytes, " B"])
    ),
    check(`every page in one visit ≤ ${formatBytes(BUDGETS.tourBytes)}`, results.tour_bytes_compressed === null ? [] : [["the tour", results.tour_bytes_compressed, BUDGETS.tourBytes, " B"]]),
    check(
      `bytes before the first chart ≤ ${BUDGETS.bytesBeforeFirstChartRatio}× the floor's bytes`,
      results.pages.filter(hasCharts).map((page) => [page.path, ratio(page.bytes_before_first_chart, results.floor_bytes), BUDGETS.bytesBeforeFirstChartRatio, "×"])
    ),
    check(`control p95, changed as the page becomes live, ≤ ${BUDGETS.controlP95AtLiveMs} ms`, controls.map((control) => [control.name, control.p95_at_live_ms, BUDGETS.controlP95AtLiveMs, " ms"])),
    check(`control p95, settled, every value, ≤ ${BUDGETS.controlP95Ms} ms`, controls.map((control) => [control.name, control.p95_ms, BUDGETS.controlP95Ms, " ms"])),
    check(
      "every control cycled through all its values once settled (a timed change per value at least)",
      controls.map((control) => [control.name, control.settled_changes >= control.values ? 0 : control.values - control.settled_changes, 0, " values short"])
    ),
    check(
      `DuckDB ready on a second visit ≤ ${BUDGETS.duckdbWarmRatio}× the floor's first chart`,
      results.duckdb_pages.map((page) => [page.path, ratio(page.warm_ms, results.floor_first_chart_ms), BUDGETS.duckdbWarmRatio, "×"])
    ),
    check(
      `notebook: the five-cell chain re-run after an edit, p95 ≤ ${BUDGETS.notebookRerunP95Ms} ms`,
      results.notebook_reruns === null ? [] : [[`${results.notebook_reruns.path} chain`, results.notebook_rerun_p95_ms, BUDGETS.notebookRerunP95Ms, " ms"]]
    )
  );
  timeBudgets("slow mobile: ", results.slow_mobile.pages, results.slow_mobile.floor_first_chart_ms);
  return checks;
}

/** Whether a page drew charts, or timed out before saying (a page whose ready marker came with no chart has none). */
export function hasCharts(page: PageResult): boolean {
  return page.first_chart_ms !== null || page.all_charts_ms === null;
}

/** Returns whether a page draws charts, judged by its loads without throttling when it has them (a slow load may time out first). */
function chartPages(results: BenchResults): (page: PageResult) => boolean {
  const normal = new Map(results.pages.map((page) => [page.path, page]));
  return (page) => hasCharts(normal.get(page.path) ?? page);
}

function check(budget: string, items: readonly (readonly [string, number | null, number, string])[]): BudgetCheck {
  const over = items.filter(([, value, limit]) => value === null || value > limit).map(([name, value, , unit]) => (value === null ? `${name} (not reached)` : `${name} (${unit === "×" ? formatRatio(value) : unit === " B" ? formatBytes(value) : unit === " ms" ? formatMs(value) : `${value}${unit}`})`));
  return { budget, pass: items.length === 0 ? null : over.length === 0, over, measured: items.length };
}

/** Returns a budget check as one line: PASS or FAIL, the budget, and what was over it. */
export function formatBudgetCheck({ budget, pass, over, measured }: BudgetCheck): string {
  if (pass === null) return `n/a   ${budget}: nothing measured`;
  return pass ? `PASS  ${budget} (${measured} of ${measured})` : `FAIL  ${budget}: ${over.length} of ${measured} over: ${over.join(", ")}`;
}

const COUNT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** Formats milliseconds as `1,234 ms`, or an em dash when missing. */
export function formatMs(value: number | null): string {
  return value === null ? "—" : `${COUNT.format(value)} ms`;
}

/** Formats a ratio as `1.25×`. */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Formats a byte count in decimal units: `404.3 kB`, `36.74 MB`. */
export function formatBytes(value: number | null): string {
  if (value === null) return "—";
  if (value < 1000) return `${value} B`;
  if (value < 1_000_000) return `${(value / 1000).toFixed(1)} kB`;
  return `${(value / 1_000_000).toFixed(2)} MB`;
}

// A time with its ratio to the floor and its interquartile range; "no chart" or "over N s" when missing.
function timeCell(value: number | null, floor: number | null, missing: string, iqr: number | null = null): string {
  if (value === null) return missing;
  const times = ratio(value, floor);
  const spread = iqr === null ? "" : `, IQR ${formatMs(iqr)}`;
  return times === null ? `${formatMs(value)}${spread ? ` (${spread.slice(2)})` : ""}` : `${formatMs(value)} (${formatRatio(times)}${spread})`;
}

// The floor's spread in words: "IQR 12 ms, 150–190 ms over 98 loads".
function spreadText(spread: Spread | null): string {
  return spread === null ? "—" : `IQR ${formatMs(spread.iqr)}, ${COUNT.format(spread.min)}–${formatMs(spread.max)} over ${spread.runs} loads`;
}

/** Returns the Markdown report: the headline figures, a table of every page's loads, its controls, and the budgets. */
export function formatMarkdown(results: BenchResults, method: BenchMethod): string {
  const timedOut = `over ${method.slowTimeoutMs / 1000} s`;
  const slow = new Map(results.slow_mobile.pages.map((page) => [page.path, page]));
  const lines = [
    `Measured by \`npm run bench\` on ${results.machine}, ${results.date}.`,
    "",
    "| measure | result |",
    "|---|---|",
    `| extraction, report text to every Parquet file (median of ${method.extractionRuns} in-process runs) | ${results.extract_ms.toFixed(1)} ms |`,
    `| clean build (${method.buildNote}) | ${results.build_s === null ? "not measured" : `${results.build_s.toFixed(1)} s`} |`,
    `| floor: first chart (median of its cold loads, one before each page load) | ${formatMs(results.floor_first_chart_ms)} (${spreadText(results.floor_first_chart_spread_ms)}) |`,
    method.slowRuns === 0
      ? "| floor: first chart, slow mobile | not measured |"
      : `| floor: first chart, slow mobile | ${formatMs(results.slow_mobile.floor_first_chart_ms)} (${spreadText(results.slow_mobile.floor_first_chart_spread_ms)}) |`,
    `| floor: bytes transferred | ${formatBytes(results.floor_bytes)} |`,
    `| every page visited once in one browser context (shared cache), bytes transferred, DuckDB included once | ${formatBytes(results.tour_bytes_compressed)} |`
  ];
  for (const page of results.duckdb_pages) {
    lines.push(`| \`${page.path}\`: DuckDB ready, cold / second visit with the cache kept (medians of ${method.runs}) | ${timeCell(page.cold_ms, results.floor_first_chart_ms, "not reached", page.cold_iqr_ms)} / ${timeCell(page.warm_ms, results.floor_first_chart_ms, "not reached", page.warm_iqr_ms)} |`);
    if (page.first_result_cold_ms !== null || page.first_result_warm_ms !== null)
      lines.push(`| \`${page.path}\`: DuckDB ready to the first notebook result (the chain's first SQL cell: its tables loaded, its query run), cold / second visit | ${timeCell(page.first_result_cold_ms, null, "not reached", page.first_result_cold_iqr_ms)} / ${formatMs(page.first_result_warm_ms)} |`);
  }
  const reruns = results.notebook_reruns;
  if (reruns) {
    const problems = [reruns.failures.length ? `${reruns.failures.length} failed: ${reruns.failures.join("; ")}` : "", reruns.unchanged ? `${reruns.unchanged} changed nothing downstream` : ""].filter(Boolean).join("; ");
    lines.push(`| \`${reruns.path}\`: the five-cell chain (sql → steps → sql → chart → text) re-run after an edit of its first cell, ${reruns.edits} edits, from Ctrl+Enter to the last cell done: p50 / p95 | ${formatMs(results.notebook_rerun_p50_ms)} / ${formatMs(results.notebook_rerun_p95_ms)}${problems ? ` (${cell(problems)})` : ""} |`);
  } else if (method.edits === 0) lines.push("| notebook: the chain re-run after an edit | not measured (`--edits 0`) |");
  lines.push(
    "",
    `Page loads, cold (a new browser context each run), medians of ${method.runs} runs, the floor loaded before each page load and the pages' order rotated each round; in brackets, the ratio to the floor's first chart (bytes: to the floor's bytes) and the interquartile range of the page's own runs. Bytes: as sent (Brotli), by a reader who touches no control. Slow mobile: ${method.slowMobileNote}`,
    "",
    "| page | bytes, no control touched | first chart | every chart painted | every chart (ready marker) | DuckDB ready | bytes before first chart | requests | slow mobile: first chart | slow mobile: every chart (ready marker) |",
    "|---|---|---|---|---|---|---|---|---|---|"
  );
  for (const page of results.pages) {
    const onSlow = slow.get(page.path);
    const bytesBefore = page.bytes_before_first_chart === null ? "—" : `${formatBytes(page.bytes_before_first_chart)} (${formatRatio(ratio(page.bytes_before_first_chart, results.floor_bytes) ?? NaN)})`;
    const slowFirst = onSlow ? timeCell(onSlow.first_chart_ms, results.slow_mobile.floor_first_chart_ms, hasCharts(page) ? timedOut : "no chart") : "not measured";
    const slowAll = onSlow ? timeCell(onSlow.all_charts_ms, results.slow_mobile.floor_first_chart_ms, timedOut) : "not measured";
    lines.push(
      `| \`${page.path}\` | ${formatBytes(page.bytes_compressed)} | ${timeCell(page.first_chart_ms, results.floor_first_chart_ms, page.all_charts_ms === null ? "timed out" : "no chart", page.first_chart_iqr_ms)} | ${timeCell(page.charts_painted_ms, results.floor_first_chart_ms, page.all_charts_ms === null ? "timed out" : "no chart", page.charts_painted_iqr_ms)} | ${timeCell(page.all_charts_ms, results.floor_first_chart_ms, "timed out", page.all_charts_iqr_ms)} | ${page.duckdb_ready_ms === null ? "not started" : formatMs(page.duckdb_ready_ms)} | ${bytesBefore} | ${page.requests ?? "—"} | ${slowFirst} | ${slowAll} |`
    );
  }
  const controls = results.pages.flatMap((page) => page.controls.map((control) => ({ page: page.path, ...control })));
  if (method.changes === 0) lines.push("", "Controls: not measured (`--changes 0`).");
  else {
    lines.push(
      "",
      `Controls: every select and radio group in a form in the main content. At live: changed the instant the page sets its ready marker, in a cold load, ${method.liveRuns} loads per control, or one per value but the default when it has more (each to another value); p95 over them. Settled: once the page is drawn and idle and the reader's pointer is on the control (which starts DuckDB when its answers were not shipped; the changes wait for it to be ready, and 2 s more), changed at least ${method.changes} times and through every value; p50 and p95. Each time is from the input event until every figure it set loading is ready again.`,
      "",
      "| page | control | values | p95, at live | p50, settled | p95, settled |",
      "|---|---|---|---|---|---|"
    );
    for (const item of controls) lines.push(`| \`${item.page}\` | ${cell(item.input)} | ${item.values} | ${formatMs(item.p95_at_live_ms)} | ${formatMs(item.p50_ms)} | ${formatMs(item.p95_ms)} |`);
  }
  if (results.first_changes) {
    lines.push("", `First change at the ready marker: each page's first filter changed the moment its ready marker is set, before DuckDB has started (so the change waits for it), in a cold load; medians of ${method.runs} runs.`, "");
    lines.push("| page | filter | first change |", "|---|---|---|");
    for (const item of results.first_changes) lines.push(`| \`${item.page}\` | ${cell(item.input)} | ${item.median_ms === null ? "no redraw" : formatMs(item.median_ms)} |`);
  }
  lines.push("", "Budgets (goals: a missed budget is reported, and the command still succeeds):", "");
  for (const budget of checkBudgets(results)) lines.push(`- ${formatBudgetCheck(budget)}`);
  return lines.join("\n") + "\n";
}

/** The markers around the generated results in the README's Performance section. */
export const README_MARKERS = { start: "<!-- bench:results (written by npm run bench from bench/results/latest.json) -->", end: "<!-- /bench:results -->" } as const;

/** Returns the README with the Markdown between its bench markers replaced; throws when the markers are missing or out of order. */
export function replaceReadmeResults(readme: string, markdown: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start < 0 || end < start) throw new Error(`README.md: expected the lines ${JSON.stringify(README_MARKERS.start)} and ${JSON.stringify(README_MARKERS.end)} around the bench results, found ${start < 0 ? "no start marker" : end < 0 ? "no end marker" : "the end before the start"}`);
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n\n${markdown.trimEnd()}\n\n${readme.slice(end)}`;
}

// A table cell's text, its pipes escaped.
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
