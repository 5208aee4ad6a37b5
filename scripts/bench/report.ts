// The benchmark's results as bench/results/latest.json has them, the budgets they are checked against, and the Markdown table.
import { ratio } from "./stats.js";

/** One page's medians: times in milliseconds from navigation start, bytes transferred and requests made. */
export interface PageResult {
  path: string;
  first_chart_ms: number | null;
  all_charts_ms: number | null;
  duckdb_ready_ms: number | null;
  bytes: number | null;
  bytes_before_first_chart: number | null;
  requests: number | null;
}

/** One filter's time from input to its figures redrawn, in milliseconds. */
export interface InteractionResult {
  page: string;
  input: string;
  p50_ms: number | null;
  p95_ms: number | null;
}

/** A page's first filter change made at the ready marker (DuckDB not yet started), median over the runs, in milliseconds. */
export interface FirstChangeResult {
  page: string;
  input: string;
  median_ms: number | null;
}

/** Everything `npm run bench` measured, in the shape issue 6 asks for; `first_changes` only with --first-change. */
export interface BenchResults {
  machine: string;
  date: string;
  extract_ms: number;
  build_s: number | null;
  floor_first_chart_ms: number | null;
  pages: PageResult[];
  floor_bytes: number | null;
  slow_mobile: { floor_first_chart_ms: number | null; pages: PageResult[] };
  interactions: InteractionResult[];
  first_changes?: FirstChangeResult[];
}

/** How the numbers were taken, for the Markdown (not part of the JSON's shape). */
export interface BenchMethod {
  extractionRuns: number;
  runs: number;
  slowRuns: number;
  changes: number;
  slowTimeoutMs: number;
  buildNote: string;
  slowMobileNote: string;
}

/** The budgets of issue 6: ratios to the floor (medians of the same run) and the interaction time. */
export const BUDGETS = { firstChartRatio: 1.5, allChartsRatio: 2, bytesBeforeFirstChartRatio: 1.5, interactionP95Ms: 100 } as const;

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
  const timeBudgets = (label: string, pages: readonly PageResult[], floor: number | null) => {
    checks.push(
      check(`${label}first chart ≤ ${BUDGETS.firstChartRatio}× the floor`, pages.filter(drawsCharts).map((page) => [page.path, ratio(page.first_chart_ms, floor), BUDGETS.firstChartRatio, "×"])),
      check(`${label}every chart (ready marker) ≤ ${BUDGETS.allChartsRatio}× the floor's first chart`, pages.map((page) => [page.path, ratio(page.all_charts_ms, floor), BUDGETS.allChartsRatio, "×"]))
    );
  };
  timeBudgets("", results.pages, results.floor_first_chart_ms);
  checks.push(
    check(
      `bytes before the first chart ≤ ${BUDGETS.bytesBeforeFirstChartRatio}× the floor's bytes`,
      results.pages.filter(hasCharts).map((page) => [page.path, ratio(page.bytes_before_first_chart, results.floor_bytes), BUDGETS.bytesBeforeFirstChartRatio, "×"])
    ),
    check(
      `interaction p95 ≤ ${BUDGETS.interactionP95Ms} ms`,
      results.interactions.map((item) => [`${item.page} ${item.input}`, item.p95_ms, BUDGETS.interactionP95Ms, " ms"])
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
  const over = items.filter(([, value, limit]) => value === null || value > limit).map(([name, value, , unit]) => (value === null ? `${name} (not reached)` : `${name} (${unit === "×" ? formatRatio(value) : formatMs(value)})`));
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

// A time with its ratio to the floor; "no chart" or "over N s" when missing.
function timeCell(value: number | null, floor: number | null, missing: string): string {
  if (value === null) return missing;
  const times = ratio(value, floor);
  return times === null ? formatMs(value) : `${formatMs(value)} (${formatRatio(times)})`;
}

/** Returns the Markdown report: the headline figures, a table of every page's loads, interactions and budgets. */
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
    method.slowRuns === 0
      ? `| floor: first chart (median of ${method.runs} cold loads; slow mobile not measured) | ${formatMs(results.floor_first_chart_ms)} |`
      : `| floor: first chart (median of ${method.runs} cold loads; slow mobile: of ${method.slowRuns}) | ${formatMs(results.floor_first_chart_ms)} (slow mobile: ${formatMs(results.slow_mobile.floor_first_chart_ms)}) |`,
    `| floor: bytes transferred | ${formatBytes(results.floor_bytes)} |`,
    "",
    `Page loads, cold (a new browser context each run), medians of ${method.runs} runs; in brackets, the ratio to the floor's first chart (bytes: to the floor's bytes). Slow mobile: ${method.slowMobileNote}`,
    "",
    "| page | first chart | every chart | DuckDB ready | bytes | bytes before first chart | requests | slow mobile: first chart | slow mobile: every chart |",
    "|---|---|---|---|---|---|---|---|---|"
  ];
  for (const page of results.pages) {
    const onSlow = slow.get(page.path);
    const bytesBefore = page.bytes_before_first_chart === null ? "—" : `${formatBytes(page.bytes_before_first_chart)} (${formatRatio(ratio(page.bytes_before_first_chart, results.floor_bytes) ?? NaN)})`;
    const slowFirst = onSlow ? timeCell(onSlow.first_chart_ms, results.slow_mobile.floor_first_chart_ms, hasCharts(page) ? timedOut : "no chart") : "not measured";
    const slowAll = onSlow ? timeCell(onSlow.all_charts_ms, results.slow_mobile.floor_first_chart_ms, timedOut) : "not measured";
    lines.push(
      `| \`${page.path}\` | ${timeCell(page.first_chart_ms, results.floor_first_chart_ms, page.all_charts_ms === null ? "timed out" : "no chart")} | ${timeCell(page.all_charts_ms, results.floor_first_chart_ms, "timed out")} | ${page.duckdb_ready_ms === null ? "not started" : formatMs(page.duckdb_ready_ms)} | ${formatBytes(page.bytes)} | ${bytesBefore} | ${page.requests ?? "—"} | ${slowFirst} | ${slowAll} |`
    );
  }
  if (method.changes === 0) lines.push("", "Interactions: not measured (`--changes 0`).");
  else {
    lines.push("", `Interactions: each filter changed ${method.changes} times, cycling through its options, once the page's charts are drawn and DuckDB is ready; the time from the input event until every figure it set loading is ready again.`, "");
    lines.push("| page | filter | p50 | p95 |", "|---|---|---|---|");
    for (const item of results.interactions) lines.push(`| \`${item.page}\` | ${cell(item.input)} | ${formatMs(item.p50_ms)} | ${formatMs(item.p95_ms)} |`);
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

// A table cell's text, its pipes escaped.
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}
