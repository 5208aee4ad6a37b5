// Reading a page's filters from its address: which values a filter may take, and what the address keeps. The filters
// themselves are declared with their figures (src/figures/<page>.ts, defineParam); src/figures/show.ts reads them.

/** A URL parameter a page reads: the values it may take, and the value shown when the address names none. */
export interface UrlParamDeclaration {
  /** A fixed list, or one column of a query's rows (a query the page ships, so no DuckDB is needed to check). */
  domain: readonly string[] | { query: string; column: string };
  default: string;
}

/** A parameter as a page uses it: the value to show (always one of its choices), its default, and its menu's choices. */
export interface PageParam {
  value: string;
  default: string;
  choices: readonly string[];
}

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
