// The notebook document: what a `#notebook=` link and a downloaded .json hold. Its JSON Schema is
// notebook.schema.json beside this file; validate.ts checks a document against it.

/** The only document version this site reads and writes. */
export const NOTEBOOK_VERSION = 1;

/** The kinds of cell, in the order the page's "Add cell" menu offers them. */
export const CELL_TYPES = ["sql", "steps", "chart", "text"] as const;

/** The Plot marks a chart cell may draw. */
export const CHART_MARKS = ["bar", "line", "dot", "area", "rule", "text", "cell"] as const;

/** A kind of cell. */
export type CellType = (typeof CELL_TYPES)[number];

/** A Plot mark a chart cell draws. */
export type ChartMark = (typeof CHART_MARKS)[number];

/** A SQL cell: one read-only query whose result later cells read by `name`. */
export interface SqlCell {
  id: string;
  type: "sql";
  name: string;
  sql: string;
}

/** A steps cell: a form's transformations of `from`, compiled to SQL (steps.ts); its result is named `name`. */
export interface StepsCell {
  id: string;
  type: "steps";
  name: string;
  from: string;
  steps: Step[];
}

/** A chart cell: a Plot mark over the named result `from`; with `brush`, brushing sets the selection of that name. */
export interface ChartCell {
  id: string;
  type: "chart";
  from: string;
  mark: ChartMark;
  x: string;
  y: string;
  color?: string;
  fx?: string;
  brush?: string;
}

/** A text cell: Markdown without raw HTML; `{{name.column}}` inserts the first row's value of a result. */
export interface TextCell {
  id: string;
  type: "text";
  markdown: string;
}

/** Any cell. */
export type Cell = SqlCell | StepsCell | ChartCell | TextCell;

/** The comparison operators a filter step offers. */
export const FILTER_OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "is null", "is not null", "contains"] as const;

/** The derived columns a derive step offers. */
export const DERIVATIONS = ["rate_per_10000", "change_on_previous", "share_of_total", "running_total", "rolling_mean"] as const;

/** The aggregates a group step offers. */
export const AGGREGATES = ["sum", "count", "avg", "min", "max"] as const;

/** Keeps the rows where `column` compares to `value` (absent for `is null` / `is not null`). */
export interface FilterStep {
  op: "filter";
  column: string;
  operator: (typeof FILTER_OPERATORS)[number];
  value?: string | number;
}

/**
 * Adds column `as` computed from `column`: per 10,000 of `population` (a number or a column's name), change on the
 * previous row in `order`, percentage share of the total, running total in `order`, or mean of the last `window` rows;
 * `by` restarts the window for each group.
 */
export interface DeriveStep {
  op: "derive";
  kind: (typeof DERIVATIONS)[number];
  column: string;
  as: string;
  population?: number | string;
  order?: string;
  window?: number;
  by?: string[];
}

/** Groups the rows by `by` and computes each aggregate (a `count` needs no column). */
export interface GroupStep {
  op: "group";
  by: string[];
  aggregates: { fn: (typeof AGGREGATES)[number]; column?: string; as: string }[];
}

/** Sorts the rows by each key in turn. */
export interface SortStep {
  op: "sort";
  by: { column: string; descending?: boolean }[];
}

/** Keeps the first `count` rows. */
export interface LimitStep {
  op: "limit";
  count: number;
}

/** One step of a steps cell. */
export type Step = FilterStep | DeriveStep | GroupStep | SortStep | LimitStep;

/** The step operations, in the order the form offers them. */
export const STEP_OPS = ["filter", "derive", "group", "sort", "limit"] as const;

/** The data a notebook was written against: the report's SHA-256 and each published table's Parquet SHA-256. */
export interface DataVersion {
  report_sha256: string;
  parquet_sha256: Record<string, string>;
}

/** A whole notebook. */
export interface Notebook {
  version: typeof NOTEBOOK_VERSION;
  title?: string;
  data_version?: DataVersion;
  cells: Cell[];
}

/** Returns the name a cell gives its result or selection, or null when it names nothing. */
export function definedName(cell: Cell): string | null {
  if (cell.type === "sql" || cell.type === "steps") return cell.name;
  if (cell.type === "chart") return cell.brush ?? null;
  return null;
}

/** Says which cell this is for messages: `cell 2 (SQL “total”)`. */
export function describeCell(cell: Cell, index: number): string {
  const kind = { sql: "SQL", steps: "steps", chart: "chart", text: "text" }[cell.type];
  const name = cell.type === "sql" || cell.type === "steps" ? ` “${cell.name}”` : cell.type === "chart" ? ` of “${cell.from}”` : "";
  return `cell ${index + 1} (${kind}${name})`;
}

/** A name a SQL or steps cell may give its result: a plain SQL identifier. */
export const RESULT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
