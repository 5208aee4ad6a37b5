// Measures every filter of a page: each change's time from input to the figures it redrew being ready again, once the
// page has settled; and changes made the instant the page becomes live (its ready marker), in cold loads.
import type { Browser, Page } from "playwright-core";
import { waitUntil } from "../wait-until.js";
import { changeFilter, changeFilterAtReady, DUCKDB_READY, DUCKDB_STARTED, LIST_FILTERS, READY_REACHED, touchFilter } from "./in-page.js";
import { openBenchPage } from "./page-load.js";

/** A filter as the page shows it: a select or a radio group, its label, its option values and its current value. */
interface FilterInfo {
  kind: "select" | "radio";
  label: string;
  options: string[];
  value: string | null;
}

/** One filter's changes: the time of each change that redrew a figure, and how many changes redrew none or failed. */
export interface FilterTimings {
  page: string;
  input: string;
  /** How many values the filter offers. */
  values: number;
  timesMs: number[];
  withoutRedraw: number;
  failed: number;
}

/** What a change reported from the page. */
interface ChangeResult {
  ms: number | null;
  figures: number;
  redraws: number;
  failed: boolean;
}

/** How many changes per filter, and how long to wait for the page and for DuckDB before changing anything. */
export interface InteractionOptions {
  changes?: number;
  timeoutMs?: number;
  duckdbGraceMs?: number;
  onChange?: (filter: string, done: number) => void;
}

/**
 * Opens `path` and lets it settle (its charts drawn, then `settleMs` idle), then for each filter: puts the reader's
 * pointer on it (which starts DuckDB on a page whose answers for it were not shipped) and waits for DuckDB when it
 * started, then changes it `changes` times and at least once per value, cycling through its options. Returns each
 * filter's timings; a filter is changed back to its first value afterwards.
 */
export async function measureInteractions(browser: Browser, origin: string, path: string, { changes = 20, timeoutMs = 60_000, duckdbGraceMs = 2_000, onChange }: InteractionOptions = {}): Promise<FilterTimings[]> {
  const { context, page, startedDuckDB } = await openBenchPage(browser);
  try {
    const filters = await filtersAtReady(page, origin, path, timeoutMs);
    if (filters.length === 0) return [];
    await page.waitForTimeout(duckdbGraceMs);

    const results: FilterTimings[] = [];
    for (const [index, filter] of filters.entries()) {
      if (filter.options.length < 2) continue;
      await page.evaluate(touchFilter(index));
      // The touch starts DuckDB once the page's database module has loaded (a control whose answers were all shipped
      // starts nothing); without the mark (a page that never finishes starting it) the changes are measured anyway.
      const starting = await waitUntil(async () => Boolean(await page.evaluate(DUCKDB_STARTED)), Date.now() + duckdbGraceMs);
      if (starting || startedDuckDB()) {
        await waitUntil(async () => Boolean(await page.evaluate(DUCKDB_READY)), Date.now() + timeoutMs);
        // The mark comes once DuckDB is connected; the warm-up then loads the page's tables into it, and Plot.
        await page.waitForTimeout(duckdbGraceMs);
      }
      const timings: FilterTimings = { page: path, input: filterName(filter, filters), values: filter.options.length, timesMs: [], withoutRedraw: 0, failed: 0 };
      let current = Math.max(0, filter.options.indexOf(filter.value ?? ""));
      for (let change = 0; change < Math.max(changes, filter.options.length); change++) {
        current = (current + 1) % filter.options.length;
        const result = (await page.evaluate(changeFilter(index, current))) as ChangeResult;
        if (result.failed) timings.failed++;
        if (result.ms === null) timings.withoutRedraw++;
        else timings.timesMs.push(result.ms);
        onChange?.(timings.input, change + 1);
      }
      const initial = Math.max(0, filter.options.indexOf(filter.value ?? ""));
      if (current !== initial) await page.evaluate(changeFilter(index, initial));
      results.push(timings);
    }
    return results;
  } finally {
    await context.close();
  }
}

/** A page's filter changed the moment its ready marker is set (DuckDB has not started: a change not shipped waits for it). */
export interface FirstChange {
  page: string;
  input: string;
  /** Milliseconds from the input until the figures it set loading are ready again; null when none was redrawn, or one failed. */
  ms: number | null;
}

/** Which filter to change at the ready marker (by default the page's first with two options or more) and to which value, counted past its default (0: the next one). */
export interface FirstChangeOptions {
  timeoutMs?: number;
  filter?: number;
  step?: number;
}

/** Returns the page's filters with two options or more, as measureFirstChange's `filter` counts them, by name and number of values. */
export async function listPageFilters(browser: Browser, origin: string, path: string, { timeoutMs = 60_000 } = {}): Promise<{ input: string; values: number }[]> {
  const { context, page } = await openBenchPage(browser);
  try {
    const filters = await filtersAtReady(page, origin, path, timeoutMs);
    return filters.filter((filter) => filter.options.length >= 2).map((filter) => ({ input: filterName(filter, filters), values: filter.options.length }));
  } finally {
    await context.close();
  }
}

/**
 * Opens `path` cold and changes one filter (see FirstChangeOptions) to another value at the instant the ready marker
 * is set: in the page, in the same task as the marker (changeFilterAtReady), not when Node next polls for it; null
 * when the page has no such filter.
 */
export async function measureFirstChange(browser: Browser, origin: string, path: string, { timeoutMs = 60_000, filter: wanted = 0, step = 0 }: FirstChangeOptions = {}): Promise<FirstChange | null> {
  const { context, page } = await openBenchPage(browser);
  try {
    await page.goto(origin + path, { waitUntil: "commit", timeout: timeoutMs });
    const changed = page.evaluate(changeFilterAtReady(wanted, step)) as Promise<(ChangeResult & { index: number; filters: FilterInfo[] }) | null>;
    const result = await Promise.race([changed, new Promise<"late">((resolve) => setTimeout(() => resolve("late"), timeoutMs))]);
    if (result === "late") throw new Error(`bench: expected ${path} to reach its ready marker within ${timeoutMs} ms, found it had not`);
    if (result === null) return null;
    return { page: path, input: filterName(result.filters[result.index]!, result.filters), ms: result.failed ? null : result.ms };
  } finally {
    await context.close();
  }
}

/** Loads `origin + path`, waits for its ready marker and returns its filters; throws when the marker does not come in time. */
async function filtersAtReady(page: Page, origin: string, path: string, timeoutMs: number): Promise<FilterInfo[]> {
  await page.goto(origin + path, { waitUntil: "commit" });
  if (!(await waitUntil(async () => Boolean(await page.evaluate(READY_REACHED)), Date.now() + timeoutMs))) {
    throw new Error(`bench: expected ${path} to reach its ready marker within ${timeoutMs} ms, found it had not`);
  }
  return (await page.evaluate(LIST_FILTERS)) as FilterInfo[];
}

// A filter's label, with its kind added when two filters of the page share a label.
function filterName(filter: FilterInfo, all: readonly FilterInfo[]): string {
  const same = all.filter((other) => other.label === filter.label);
  return same.length > 1 ? `${filter.label} (${filter.kind} ${same.indexOf(filter) + 1})` : filter.label;
}
