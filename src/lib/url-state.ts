import { runNamedQuery } from "./queries/index.js";
import { PAGE_URL_PARAMS, resolvePageParams, type PageParams, type UrlParamName, type UrlParamPage } from "./url-params.js";

/** Returns a query-string parameter of the current page, or `fallback` when it is absent. */
export function readUrlParam(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

/**
 * Returns the page's declared parameters (src/lib/url-params.ts), each valid or its default, after removing from the
 * address every parameter that is undeclared, invalid or the default: call it before any query that uses one.
 */
export async function readPageParams<Page extends UrlParamPage>(page: Page): Promise<PageParams<Page>> {
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
  const declared: Record<string, { default: string }> = PAGE_URL_PARAMS[page];
  writeUrlParam(name, value, declared[name]!.default);
}

/** Writes a parameter into the address bar without reloading; a default value is removed rather than written. */
export function writeUrlParam(name: string, value: string, defaultValue: string): void {
  const url = new URL(location.href);
  if (value === defaultValue) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}
