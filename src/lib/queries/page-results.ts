// Node only: the build runs each page's calls (src/data/query-results/[page].json.ts). No page imports this module; it
// joins the site's figure specs to data-loaders' DuckDB runner, which knows nothing of pages.
import { runSqlCalls, type QueryParam } from "../../../data-loaders/query-results.js";
import type { ParamSpec, QuerySpec } from "../../figures/define.js";
import { PAGE_MODULES } from "../../figures/pages.js";
import { moduleCalls } from "../../figures/specs.js";
import type { ShippedResult } from "../shipped-results.js";
import { paramChoices } from "../url-params.js";
import { inlineParams } from "./inline-params.js";

/** What a page's `query-results/<page>.json` holds: every call it makes, for every value of its filters, with its rows. */
export interface ShippedResults {
  page: string;
  results: ShippedResult[];
}

/** Every page whose results ship with the site: every page with a spec module. */
export const SHIPPED_PAGES = Object.keys(PAGE_MODULES);

/**
 * Runs every call a page makes, for every value of its filters, in DuckDB (Node) over the same Parquet bytes the site
 * ships, and returns the rows as the browser's DuckDB path would give them (BIGINT as numbers, DATE as dates).
 */
export async function runPageQueries(page: string): Promise<ShippedResults> {
  const module = PAGE_MODULES[page];
  if (!module) throw new Error(`query results: expected one of the pages ${SHIPPED_PAGES.join(", ")}, found ${JSON.stringify(page)}`);
  const choices = new Map<ParamSpec, Promise<readonly string[]>>();
  const choicesOf = (param: ParamSpec) => {
    if (!choices.has(param)) choices.set(param, domainChoices(param));
    return choices.get(param)!;
  };
  return { page, results: await runCalls(await moduleCalls(module, choicesOf)) };
}

/** Runs calls against the committed report's Parquet tables and returns their shipped form, in call order. */
export async function runCalls(calls: readonly { query: Pick<QuerySpec, "name" | "tables" | "positionalSql">; params: QueryParam[] }[]): Promise<ShippedResult[]> {
  const rows = await runSqlCalls(calls.map(({ query, params }) => ({ name: query.name, params, sql: query.positionalSql, tables: query.tables })));
  return rows.map((result, index) => {
    const { query, params } = calls[index]!;
    return { ...result, sql: inlineParams(query.positionalSql, params), tables: query.tables };
  });
}

// A filter's choices as the page offers them: its fixed list, or its domain call's column, run here as the page's is.
async function domainChoices(param: ParamSpec): Promise<readonly string[]> {
  if (Array.isArray(param.domain)) return paramChoices({ domain: param.domain, default: param.default });
  const { call, column } = param.domain as { call: { query: QuerySpec }; column: string };
  const [result] = await runCalls([{ query: call.query, params: [] }]);
  const rows = result!.rows.map((values) => Object.fromEntries(result!.columns.map((name, index) => [name, values[index]])));
  return paramChoices({ domain: { query: call.query.name, column }, default: param.default }, rows);
}
