import { FileAttachment } from "observablehq:stdlib";
import type { QueryRow } from "./database.js";
import type { ShippedPage, ShippedResult } from "./queries/page-defaults.js";

export type { ShippedResult } from "./queries/page-defaults.js";

// FileAttachment needs literal paths. Each page fetches only its own file (src/data/query-results/[page].json.ts).
const SHIPPED_FILES: Record<string, () => Promise<unknown>> = {
  index: () => FileAttachment("../data/query-results/index.json").json(),
  "early-help": () => FileAttachment("../data/query-results/early-help.json").json(),
  "childrens-social-care": () => FileAttachment("../data/query-results/childrens-social-care.json").json(),
  "young-people": () => FileAttachment("../data/query-results/young-people.json").json(),
  "child-deaths": () => FileAttachment("../data/query-results/child-deaths.json").json(),
  "allegations-and-prevention": () => FileAttachment("../data/query-results/allegations-and-prevention.json").json(),
  report: () => FileAttachment("../data/query-results/report.json").json(),
  quality: () => FileAttachment("../data/query-results/quality.json").json(),
  catalog: () => FileAttachment("../data/query-results/catalog.json").json(),
  explorer: () => FileAttachment("../data/query-results/explorer.json").json()
};

/** Every page whose default results ship with the site. */
export const SHIPPED_RESULT_PAGES = Object.keys(SHIPPED_FILES);

/** Returns the key a call's shipped result is found by: the query's name and its parameters, as JSON. */
export function callKey(name: string, params: readonly unknown[]): string {
  return JSON.stringify([name, ...params]);
}

/** Returns the current page's file name (`domestic-abuse` for `/domestic-abuse` or `/domestic-abuse.html`, `index` for `/`). */
export function currentPageName(): string {
  const last = location.pathname.split("/").pop() ?? "";
  return decodeURIComponent(last).replace(/\.html$/, "") || "index";
}

/** Returns a page's shipped results by call key; a page with none gives an empty map. */
export async function loadShippedResults(page: string): Promise<Map<string, ShippedResult>> {
  const file = (SHIPPED_FILES as Record<string, (typeof SHIPPED_FILES)[ShippedPage] | undefined>)[page];
  if (!file) return new Map();
  const { results } = (await file()) as { results: ShippedResult[] };
  return new Map(results.map((result) => [callKey(result.name, result.params), result]));
}

let currentResults: Promise<Map<string, ShippedResult>> | undefined;

/** Sets where the current page's shipped results come from (src/figures/show.ts's usePage passes its FileAttachment). */
export function useShippedResults(load: () => Promise<unknown>): void {
  currentResults ??= load()
    .then((file) => new Map((file as { results: ShippedResult[] }).results.map((result) => [callKey(result.name, result.params), result])))
    .catch(() => new Map());
}

/** Returns the current page's shipped results, fetched once; should the file not load, none (every call then runs in DuckDB). */
export function currentShippedResults(): Promise<Map<string, ShippedResult>> {
  return (currentResults ??= loadShippedResults(currentPageName()).catch(() => new Map()));
}

/** Returns the current page's shipped result for a call, or undefined when the build did not run it. */
export async function findShippedResult(name: string, params: readonly unknown[]): Promise<ShippedResult | undefined> {
  return (await currentShippedResults()).get(callKey(name, params));
}

/** Returns a shipped result's rows as plain objects, ISO dates revived as Dates: new objects on every call, as DuckDB gives. */
export function shippedRows({ columns, dates, rows }: ShippedResult): QueryRow[] {
  const isDate = columns.map((column) => dates.includes(column));
  return rows.map((values) => {
    const row: QueryRow = {};
    columns.forEach((column, index) => {
      const value = values[index] ?? null;
      row[column] = isDate[index] && typeof value === "string" ? new Date(value) : value;
    });
    return row;
  });
}
