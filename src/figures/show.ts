// The page side of the figure spec: a page calls `usePage` once with its spec module and shipped results, then places
// each figure and block with `show`. No page lists its figures: the module's exports are the list.
import { figureFrame, type Figure } from "../components/figure-frame.js";
import type { QueryRow } from "../lib/database.js";
import { INTENT_EVENTS, saveData } from "../lib/database-warm-up.js";
import { loadPlot } from "../lib/plot.js";
import { inlineParams } from "../lib/queries/inline-params.js";
import { markPageReady } from "../lib/readiness.js";
import { currentShippedResults, findShippedResult, shippedRows, useShippedResults } from "../lib/shipped-results.js";
import { writeUrlParam } from "../lib/url-state.js";
import { paramChoices, validateUrlParams, type PageParam } from "../lib/url-params.js";
import { callParams, callValues, isSpec, specCalls, type BlockSpec, type CallSpec, type FigureSpec, type ParamSpec } from "./define.js";

/** A call's rows to come, carrying the call's own SQL with its values written in (for "Open in explorer"). */
export type CallResult = Promise<QueryRow[]> & { sql: Promise<string> };

/** The values of a page's filters, by parameter name. */
export type ParamValues = Readonly<Record<string, string>>;

/**
 * Returns a call's rows: from the results the build shipped with the page when it ran this call with these values (no
 * DuckDB needed), otherwise from DuckDB-WASM. The promise also carries the standalone SQL.
 */
export function runCall(spec: CallSpec, values: ParamValues = {}): CallResult {
  const params = callValues(spec, values);
  const shipped = findShippedResult(spec.query.name, params);
  const rows = shipped.then((result) => (result ? shippedRows(result) : runLiveCall(spec, values)));
  const sql = shipped.then((result) => result?.sql ?? inlineParams(spec.query.positionalSql, params));
  // A figure may never ask for the SQL; its failure is the rows' failure too, reported there.
  sql.catch(() => undefined);
  return Object.assign(rows, { sql });
}

/** Runs a call in the page's shared DuckDB-WASM session, never from shipped results (tests compare the two). */
export async function runLiveCall(spec: CallSpec, values: ParamValues = {}): Promise<QueryRow[]> {
  // Loaded on first use, so DuckDB, Arrow and the Parquet decoder are not on the way to the first chart.
  const { queryRows, sharedDatabase } = await import("../lib/database.js");
  return queryRows(await sharedDatabase(spec.query.tables), spec.query.positionalSql, callValues(spec, values));
}

interface Placed {
  node: Node;
  update: (values: ParamValues) => Promise<unknown>;
}

const placed = new Map<string, Placed>();
// Each figure's first draw, by id: shown and awaited in either order.
const firstDraws = new Map<string, { promise: Promise<unknown>; settle: (drawn: Promise<unknown>) => void }>();
function firstDraw(id: string) {
  let entry = firstDraws.get(id);
  if (!entry) {
    let settle!: (drawn: Promise<unknown>) => void;
    const promise = new Promise<Promise<unknown>>((resolve) => (settle = resolve)).then((drawn) => drawn);
    firstDraws.set(id, (entry = { promise, settle }));
  }
  return entry;
}

/**
 * Starts a page: its shipped results (`FileAttachment("./data/query-results/<page>.json")`), and the ready marker, set
 * once every figure and block its spec module exports has been shown and drawn.
 */
export function usePage(module: Record<string, unknown>, shipped: { json(): Promise<unknown> }): void {
  useShippedResults(() => shipped.json());
  const drawn = Object.values(module)
    .filter((value): value is FigureSpec | BlockSpec => isSpec(value, "figure") || isSpec(value, "block"))
    .map((spec) => firstDraw(spec.id).promise);
  void markPageReady(drawn);
  const hasFilters = Object.values(module).some((value) => isSpec(value, "param"));
  if (hasFilters) (saveData() ? loadPlotOnIntent : loadPlotAfterFirstPaint)();
}

// A page with filters loads Plot once its first frame is painted (the prerendered charts are on screen by then) and its
// shipped answers have arrived (so on a slow connection Plot does not share the line with them), so a filter changed
// the moment the page is live is not kept waiting for it; no chart waits for it either. With Save-Data on, it waits for
// the reader's intent, as on a page without filters.
function loadPlotAfterFirstPaint(): void {
  const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  void Promise.all([painted, currentShippedResults()]).then(() => loadPlot().catch(() => undefined));
}

// With Save-Data on, a page with filters loads Plot when the reader first reaches for a control (a chart that needs it
// sooner, as at a narrower window, loads it itself; so does every chart on a page without filters).
function loadPlotOnIntent(): void {
  const main = document.getElementById("observablehq-main") ?? document.body;
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest("form")) return;
    for (const type of INTENT_EVENTS) main.removeEventListener(type, onIntent);
    loadPlot().catch(() => undefined); // a chart that needs Plot reports its failure itself
  };
  for (const type of INTENT_EVENTS) main.addEventListener(type, onIntent, { passive: true });
}

/**
 * Returns a figure's node, drawn with the filters' values; called again with new values (a Framework cell re-running),
 * it redraws the same node, and the latest values win. A block gives its rendered node when its rows arrive.
 */
export function show(spec: FigureSpec, values?: ParamValues): Node;
export function show(spec: BlockSpec, values?: ParamValues): Promise<Node>;
export function show(spec: FigureSpec | BlockSpec, values: ParamValues = {}): Node | Promise<Node> {
  if (spec.kind === "block") {
    const rendered = renderBlock(spec, values);
    // Settled a task later than the node is given to the page's cell, so the ready marker always finds it displayed.
    const displayed = rendered.then(({ settled }) => settled).then(() => new Promise((resolve) => setTimeout(resolve)));
    firstDraw(spec.id).settle(displayed); // only the first call settles it
    return rendered.then(({ node }) => node);
  }
  let figure = placed.get(spec.id);
  if (!figure) placed.set(spec.id, (figure = placeFigure(spec)));
  firstDraw(spec.id).settle(figure.update(values));
  return figure.node;
}

/**
 * Returns a figure's node as `show` places it, without drawing it: for a page that marks the node before its first draw
 * (/allegations-and-prevention's data-report, written before the figure's data-state as the page always did).
 */
export function figureNode(spec: FigureSpec): HTMLElement {
  let figure = placed.get(spec.id);
  if (!figure) placed.set(spec.id, (figure = placeFigure(spec)));
  return figure.node as HTMLElement;
}

function placeFigure(spec: FigureSpec): Placed {
  const { rows, findings, chart, kind: _kind, ...options } = spec;
  const figure: Figure<any> = figureFrame({ ...options, draw: chart, findings: findings ? (runCall(findings) as Promise<any[]>) : undefined });
  return { node: figure.node, update: (values) => figure.update(runCall(rows, values)) };
}

// A block's node once all its calls' rows have arrived (Framework replaces a re-run cell's node, so the latest wins).
async function renderBlock(spec: BlockSpec, values: ParamValues): Promise<{ node: Node; settled: Promise<unknown> }> {
  const entries = Object.entries(spec.calls);
  const results = await Promise.all(entries.map(([, call]) => runCall(call, values)));
  const rendered = await spec.render(Object.fromEntries(entries.map(([key], index) => [key, results[index]!])), values);
  return rendered instanceof Node ? { node: rendered, settled: Promise.resolve() } : rendered;
}

/**
 * Returns each filter's value, default and choices as the address names them, after removing from the address every
 * parameter that is not one of `params`, or is invalid, repeated or the default: a page calls it before showing any figure.
 */
export async function readParams(params: readonly ParamSpec[]): Promise<Record<string, PageParam>> {
  const resolved = await Promise.all(
    params.map(async (param) => {
      const rows = Array.isArray(param.domain) ? [] : await runCall((param.domain as { call: CallSpec }).call);
      const declaration = { default: param.default, domain: Array.isArray(param.domain) ? param.domain : { query: "", column: (param.domain as { column: string }).column } };
      return [param.name, { default: param.default, choices: paramChoices(declaration as never, rows) }] as const;
    })
  );
  const { values, search } = validateUrlParams(location.search, Object.fromEntries(resolved));
  if (search !== location.search) {
    const url = new URL(location.href);
    url.search = search;
    history.replaceState(history.state, "", url.href);
  }
  return Object.fromEntries(resolved.map(([name, option]) => [name, { ...option, value: values[name]! }]));
}

/** Writes a filter's value into the address bar; its default is removed rather than written. */
export function writeParam(param: ParamSpec, value: string): void {
  writeUrlParam(param.name, value, param.default);
}

/** Returns every filter a figure or block depends on. */
export function specParams(spec: FigureSpec | BlockSpec): ParamSpec[] {
  return [...new Set(specCalls(spec).flatMap(callParams))];
}
