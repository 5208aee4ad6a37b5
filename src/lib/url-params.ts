import { DEFAULT_REPORT, REPORT_KEYS } from "./assurance-reports.js";
import { CHILD_PROTECTION_MEASURE_IDS, DEFAULT_CHILD_PROTECTION_MEASURE } from "./child-protection-measures.js";
import { ALL_AREAS } from "./queries/early-help.js";
import type { QueryName } from "./queries/registry.js";
import { writeUrlParam } from "./url-state.js";
import { DEFAULT_TOPIC, TOPIC_THEMES } from "./young-people-topics.js";

// Node imports this module too (the unit tests and the browser suite's property test read the declarations), so the
// page's query runner, which Node cannot load, is imported only when a page reads its parameters.

/** A URL parameter a page reads: the values it may take, and the value shown when the address names none. */
export interface UrlParamDeclaration {
  /** A fixed list, or one column of a named query's rows (a query the page ships, so no DuckDB is needed to check). */
  domain: readonly string[] | { query: QueryName; column: string };
  default: string;
}

/**
 * The URL parameters of every page with a filter, by page file name. A page reads them with `readPageParams` before
 * any query of them runs; any other parameter is removed from its address. /report's `q` and /explorer's `sql` are free
 * text that those pages read themselves.
 */
export const PAGE_URL_PARAMS = {
  "early-help": {
    area: { domain: { query: "cafAreas", column: "area" }, default: ALL_AREAS }
  },
  "childrens-social-care": {
    measure: { domain: CHILD_PROTECTION_MEASURE_IDS, default: DEFAULT_CHILD_PROTECTION_MEASURE }
  },
  "young-people": {
    topic: { domain: TOPIC_THEMES, default: DEFAULT_TOPIC }
  },
  "allegations-and-prevention": {
    report: { domain: REPORT_KEYS, default: DEFAULT_REPORT }
  }
} as const satisfies Record<string, Record<string, UrlParamDeclaration>>;

/** A page that declares URL parameters: its file name under src/. */
export type UrlParamPage = keyof typeof PAGE_URL_PARAMS;

/** The name of one of a page's URL parameters. */
export type UrlParamName<Page extends UrlParamPage> = keyof (typeof PAGE_URL_PARAMS)[Page] & string;

/** A parameter as a page uses it: the value to show (always one of its choices), its default, and its menu's choices. */
export interface PageParam {
  value: string;
  default: string;
  choices: readonly string[];
}

/** Every parameter of a page, by name. */
export type PageParams<Page extends UrlParamPage> = Record<UrlParamName<Page>, PageParam>;

/** The rows a parameter's domain query returns; the page passes `runNamedQuery`, a test a stand-in. */
export type DomainQueryRunner = (name: QueryName) => Promise<readonly Record<string, unknown>[]>;

/** Returns a parameter's choices in menu order: its list, or its query's column as text, with the default first unless the list holds it. */
export function paramChoices(declaration: UrlParamDeclaration, rows: readonly Record<string, unknown>[] = []): string[] {
  const { domain } = declaration;
  const values = "query" in domain ? rows.map((row) => String(row[domain.column])) : [...domain];
  return values.includes(declaration.default) ? values : [declaration.default, ...values];
}

/**
 * Returns each parameter's value in `search` (its default when the address does not name it, names it more than once,
 * or names a value not among its choices) and the search string to keep: without any parameter that is undeclared,
 * invalid, repeated or the default. `search` comes back unchanged when there is nothing to remove.
 */
export function validateUrlParams(search: string, params: Readonly<Record<string, Omit<PageParam, "value">>>): { values: Record<string, string>; search: string } {
  const given = [...new URLSearchParams(search)];
  const values: Record<string, string> = {};
  const kept: [string, string][] = [];
  for (const [name, { default: fallback, choices }] of Object.entries(params)) {
    const named = given.filter(([key]) => key === name);
    const value = named.length === 1 ? named[0]![1] : undefined;
    const valid = value !== undefined && choices.includes(value);
    values[name] = valid ? value : fallback;
    if (valid && value !== fallback) kept.push([name, value]);
  }
  if (kept.length === given.length) return { values, search };
  const rest = new URLSearchParams(kept).toString();
  return { values, search: rest ? `?${rest}` : "" };
}

/** Returns a page's parameters as `search` names them (see validateUrlParams) and the search string to keep, running each domain query once. */
export async function resolvePageParams<Page extends UrlParamPage>(
  page: Page,
  search: string,
  runQuery: DomainQueryRunner
): Promise<{ params: PageParams<Page>; search: string }> {
  const declared: Record<string, UrlParamDeclaration> = PAGE_URL_PARAMS[page];
  const resolved = await Promise.all(
    Object.entries(declared).map(async ([name, declaration]) => {
      const rows = "query" in declaration.domain ? await runQuery(declaration.domain.query) : [];
      return [name, { default: declaration.default, choices: paramChoices(declaration, rows) }] as const;
    })
  );
  const options = Object.fromEntries(resolved);
  const { values, search: kept } = validateUrlParams(search, options);
  const params: Record<string, PageParam> = Object.fromEntries(resolved.map(([name, option]) => [name, { ...option, value: values[name]! }]));
  return { params: params as PageParams<Page>, search: kept };
}

/**
 * Returns the current page's declared parameters, each valid or its default, after removing from the address every
 * parameter that is undeclared, invalid, repeated or the default: a page calls it before any query that uses one.
 */
export async function readPageParams<Page extends UrlParamPage>(page: Page): Promise<PageParams<Page>> {
  const { runNamedQuery } = await import("./queries/index.js");
  const { params, search } = await resolvePageParams(page, location.search, runNamedQuery);
  if (search !== location.search) {
    const url = new URL(location.href);
    url.search = search;
    history.replaceState(history.state, "", url.href);
  }
  return params;
}

/** Writes one of a page's declared parameters into the address bar; its default is removed rather than written. */
export function writePageParam<Page extends UrlParamPage>(page: Page, name: UrlParamName<Page>, value: string): void {
  const declared: Record<string, UrlParamDeclaration> = PAGE_URL_PARAMS[page];
  writeUrlParam(name, value, declared[name]!.default);
}
