// The figure spec: every figure, block and filter of a page is declared once, in src/figures/<page>.ts. The page places
// them (show.ts), the build runs their calls for the shipped results and the prerender (src/lib/queries/page-results.ts),
// and the explorer and notebook open their SQL. Node imports this module: it imports nothing that runs in the page only.
import type { FigureOptions } from "../components/figure-frame.js";
import type { QueryParam } from "../../data-loaders/query-results.js";
import type { TableName } from "../lib/database.js";

/** A SQL query with named parameters (`$agency`), the tables it reads, and its text with `$1`, `$2`… for DuckDB. */
export interface QuerySpec {
  kind: "query";
  /** Unique across the site: shipped results are found by the name and the parameter values. */
  name: string;
  tables: readonly TableName[];
  sql: string;
  /** The named parameters in the order they are bound as `$1`, `$2`…. */
  params: readonly string[];
  positionalSql: string;
}

/** A filter: a URL parameter with its menu label, its values and the value shown when the address names none. */
export interface ParamSpec {
  kind: "param";
  name: string;
  label: string;
  default: string;
  /** A fixed list, or one column of a parameterless call's rows (a call the page ships, so no DuckDB is needed). */
  domain: readonly string[] | { call: CallSpec; column: string };
}

/** A parameter value given by a filter, through a function (a topic's report section, say). */
export interface DerivedArg {
  kind: "derived";
  param: ParamSpec;
  map: (value: string) => QueryParam;
}

/** An argument of a call: a literal, a filter's value, or a value derived from a filter's. */
export type CallArg = QueryParam | ParamSpec | DerivedArg;

/** A query with its arguments: what a figure or block runs. */
export interface CallSpec {
  kind: "call";
  query: QuerySpec;
  args: readonly CallArg[];
}

/** A chart figure: title, subtitle, its call, summary, table twin, chart, source and the findings it shows. */
export interface FigureSpec<Row extends Record<string, unknown> = any> extends Omit<FigureOptions<Row>, "rows" | "findings" | "draw"> {
  kind: "figure";
  rows: CallSpec;
  findings?: CallSpec;
  chart: FigureOptions<Row>["draw"];
}

/** Anything else a page draws from queries (headline tiles, the board's words, a report reader): its calls and a renderer. */
export interface BlockSpec<Key extends string = string> {
  kind: "block";
  id: string;
  calls: Record<Key, CallSpec>;
  /** The block's node, or its node and a promise that settles once it has finished its first work (the explorer's first query). */
  render: (results: Record<Key, any[]>, values: Readonly<Record<string, string>>) => Rendered | Promise<Rendered>;
}

/** What a block's renderer returns. */
export type Rendered = Node | { node: Node; settled: Promise<unknown> };

/** A page: its file name under src/ (`index` for `/`), its name in the navigation, and, for a theme, its overview entry. */
export interface PageSpec {
  kind: "page";
  file: string;
  name: string;
}

/** A spec a page module may export. */
export type Spec = QuerySpec | ParamSpec | CallSpec | FigureSpec | BlockSpec<any> | PageSpec;

/** Returns a query spec, its named parameters checked against its text and rewritten to positional ones. */
export function defineQuery(name: string, spec: { tables: readonly TableName[]; sql: string; params?: readonly string[] }): QuerySpec {
  const params = spec.params ?? [];
  const used = new Set<string>();
  const positionalSql = replaceOutsideStrings(spec.sql, /\$([A-Za-z_]\w*)/g, (placeholder, param: string) => {
    const position = params.indexOf(param);
    if (position < 0) throw new Error(`query ${name}: expected ${placeholder} to be one of its parameters (${params.join(", ") || "none"}), found it undeclared`);
    used.add(param);
    return `$${position + 1}`;
  });
  const unused = params.filter((param) => !used.has(param));
  if (unused.length) throw new Error(`query ${name}: expected every parameter in its SQL, found ${unused.map((param) => `$${param}`).join(", ")} unused`);
  if (/\$\d/.test(positionalSql.replace(/\$\d+/g, (found) => (Number(found.slice(1)) <= params.length ? "" : found)))) {
    throw new Error(`query ${name}: expected named parameters ($name), found a positional one`);
  }
  return { kind: "query", name, tables: spec.tables, sql: spec.sql, params, positionalSql };
}

/** Returns a filter's spec; its default must be one of its values when they are a fixed list. */
export function defineParam(spec: Omit<ParamSpec, "kind">): ParamSpec {
  if (Array.isArray(spec.domain) && !spec.domain.includes(spec.default)) {
    throw new Error(`parameter ${spec.name}: expected its default among its values (${spec.domain.join(", ")}), found ${JSON.stringify(spec.default)}`);
  }
  return { kind: "param", ...spec };
}

/** Returns an argument that is a function of a filter's value. */
export function derived(param: ParamSpec, map: (value: string) => QueryParam): DerivedArg {
  return { kind: "derived", param, map };
}

/** Returns a call of a query with one argument per parameter, in the query's order. */
export function call(query: QuerySpec, ...args: CallArg[]): CallSpec {
  if (args.length !== query.params.length) {
    throw new Error(`call of ${query.name}: expected ${query.params.length} arguments (${query.params.join(", ") || "none"}), found ${args.length}`);
  }
  return { kind: "call", query, args };
}

/** Returns a figure's spec. */
export function defineFigure(spec: Omit<FigureSpec<any>, "kind">): FigureSpec {
  return { kind: "figure", ...spec };
}

/** Returns a block's spec. */
export function defineBlock<Key extends string>(spec: Omit<BlockSpec<Key>, "kind">): BlockSpec<Key> {
  return { kind: "block", ...spec };
}

/** Returns a page's spec. */
export function definePage(spec: Omit<PageSpec, "kind">): PageSpec {
  return { kind: "page", ...spec };
}

/** Returns the filters a call depends on, each once. */
export function callParams(spec: CallSpec): ParamSpec[] {
  const params = spec.args.map((arg) => (isParam(arg) ? arg : isDerived(arg) ? arg.param : undefined)).filter((param): param is ParamSpec => param !== undefined);
  return [...new Set(params)];
}

/** Returns a call's parameter values, filters read from `values` (their default when absent). */
export function callValues(spec: CallSpec, values: Readonly<Record<string, string>> = {}): QueryParam[] {
  const valueOf = (param: ParamSpec) => values[param.name] ?? param.default;
  return spec.args.map((arg) => (isParam(arg) ? valueOf(arg) : isDerived(arg) ? arg.map(valueOf(arg.param)) : arg));
}

/** True for a filter's spec. */
export function isParam(value: unknown): value is ParamSpec {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "param";
}

function isDerived(value: unknown): value is DerivedArg {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "derived";
}

/** True for a spec of the given kind. */
export function isSpec<Kind extends Spec["kind"]>(value: unknown, kind: Kind): value is Extract<Spec, { kind: Kind }> {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === kind;
}

/** Every call a figure or block makes. */
export function specCalls(spec: FigureSpec | BlockSpec): CallSpec[] {
  return spec.kind === "figure" ? [spec.rows, ...(spec.findings ? [spec.findings] : [])] : Object.values(spec.calls);
}

// Rewrites matches of `pattern` that are not inside single-quoted SQL strings.
function replaceOutsideStrings(sql: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string): string {
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(pattern, replace as (match: string, ...rest: any[]) => string)))
    .join("");
}
