import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { preloadedModule, visitPage, type PageVisit } from "./page-session.js";
import { readdirSync } from "node:fs";
import { builtPagePaths, DIST } from "../../scripts/site-pages.js";
import { PAGE_MODULES } from "../../src/figures/pages.js";

// Every page draws its first view from the rows the build ran (src/data/query-results/[page].json.ts) and starts
// DuckDB-WASM only afterwards. These tests prove those rows are DuckDB-WASM's own, and that pages draw without it.

const PAGES = builtPagePaths();

// A page on the figure spec (src/figures/pages.ts) reads its shipped file through its own FileAttachment (usePage), not
// lib/shipped-results' list: its built file, found by name, is compared too. Every value of its filters is shipped, so a
// filter never starts DuckDB there.
const SHIPPED_FILE_DIR = `${DIST}/_file/data/query-results`;
const SPEC_PAGE_FILES = Object.keys(PAGE_MODULES).map((page) => {
  const file = readdirSync(SHIPPED_FILE_DIR).find((name) => new RegExp(`^${page}\\.[0-9a-f]+\\.json$`).test(name));
  if (!file) throw new Error(`expected the build to ship ${page}'s results in ${SHIPPED_FILE_DIR}, found none`);
  return [page, `/_file/data/query-results/${file}`] as const;
});

// Notes, at the moment the page sets its ready marker, whether DuckDB had been started (html[data-duckdb]).
const RECORD_DUCKDB_AT_READY = `new MutationObserver((_, observer) => {
  if (!document.documentElement?.dataset.ready) return;
  observer.disconnect();
  window.__duckdbAtReady = document.documentElement.dataset.duckdb ?? null;
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});`;

/** A value as it crosses from the page to the test: Dates as `{date: ISO}`, so they cannot pass for text. */
type Plain = number | string | null | boolean | { date: string };

/** One call compared: its page, name and parameters, and the rows shipped with the build against DuckDB-WASM's. */
interface Compared {
  page: string;
  call: string;
  shipped: Record<string, Plain>[];
  live: Record<string, Plain>[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the results shipped with each page", () => {
  let visit: PageVisit;
  let compared: Compared[];

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/quality");
    const queries = await preloadedModule(visit.page, "lib/queries/index");
    const shipped = await preloadedModule(visit.page, "lib/shipped-results");
    // The test hook is the modules' own exports: runLiveQuery always asks DuckDB-WASM, never the shipped rows.
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    compared = (await visit.page.evaluate(`(async () => {
      const {runLiveQuery} = await import(${JSON.stringify(queries)});
      const {SHIPPED_RESULT_PAGES, loadShippedResults, shippedRows} = await import(${JSON.stringify(shipped)});
      const plain = (rows) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? {date: value.toISOString()} : value])));
      const out = [];
      for (const page of SHIPPED_RESULT_PAGES) {
        for (const [call, result] of await loadShippedResults(page)) {
          out.push({page, call, shipped: plain(shippedRows(result)), live: plain(await runLiveQuery(result.name, result.params))});
        }
      }
      for (const [page, url] of ${JSON.stringify(SPEC_PAGE_FILES)}) {
        const {results} = await (await fetch(url)).json();
        for (const result of results) {
          out.push({page, call: JSON.stringify([result.name, ...result.params]), shipped: plain(shippedRows(result)), live: plain(await runLiveQuery(result.name, result.params))});
        }
      }
      return out;
    })()`)) as Compared[];
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("ship results for every page that runs named queries, glossary aside", () => {
    expect(new Set(compared.map((entry) => entry.page))).toEqual(new Set(PAGES.filter((path) => path !== "/glossary").map((path) => path.slice(1) || "index")));
    expect(compared.length).toBeGreaterThan(80);
  });

  it("are exactly what DuckDB-WASM returns for the same call, value for value and in the same order", () => {
    const differing = compared.filter((entry) => JSON.stringify(entry.shipped) !== JSON.stringify(entry.live));
    expect.soft(differing.map(({ page, call }) => `${page} ${call}`)).toEqual([]);
    for (const entry of differing) expect(entry.shipped, `${entry.page} ${entry.call}`).toEqual(entry.live);
  });

  it("keep dates as dates: the MARAC months come back as Date objects on both paths", () => {
    const months = compared.find((entry) => entry.page === "domestic-abuse" && entry.call === '["maracCasesByMonth"]');
    expect(months?.shipped[0]).toMatchObject({ month: { date: "2012-04-01T00:00:00.000Z" }, cases: 23 });
    expect(months?.live[0]).toMatchObject({ month: { date: "2012-04-01T00:00:00.000Z" }, cases: 23 });
  });
});

describe.each(PAGES)("page %s with DuckDB-WASM's wasm blocked", (path) => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), path, {
      prepare: async (context, page) => {
        await context.route("**/duckdb-eh.wasm", (route) => route.abort());
        await page.addInitScript(RECORD_DUCKDB_AT_READY);
      }
    });
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("draws every figure from the shipped results, without having started DuckDB", async () => {
    expect(visit.ready).toBe("true");
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => (figure as HTMLElement).dataset.state));
    expect(states.filter((state) => state !== "ready")).toEqual([]);
    expect(await visit.page.evaluate("window.__duckdbAtReady")).toBeNull();
  });

  it("says under every form that filtering is unavailable (the explorer: that DuckDB could not start)", async () => {
    const forms = await visit.page.$$eval("#observablehq-main form", (found) => found.length);
    if (forms === 0) return;
    if ((path.slice(1) || "index") in PAGE_MODULES) {
      // Every filter value is shipped: no filter needs DuckDB, so it is never started and no notice is due.
      expect(await visit.page.evaluate(() => document.documentElement.dataset.duckdb ?? null)).toBeNull();
      expect(await visit.page.$$eval("#observablehq-main .se-database-notice", (found) => found.length)).toBe(0);
      return;
    }
    await visit.page.waitForFunction(() => document.documentElement.dataset.duckdb === "failed", undefined, { timeout: 60_000 });
    const notices = await visit.page.$$eval("#observablehq-main form", (found) =>
      found.map((form) => {
        const notice = form.nextElementSibling as HTMLElement | null;
        const described = form.querySelector("select, input, textarea")?.getAttribute("aria-describedby") ?? "";
        return { text: notice?.classList.contains("se-database-notice") ? notice.textContent : null, visible: !!notice && notice.offsetHeight > 0, linked: !!notice && described.includes(notice.id) };
      })
    );
    for (const notice of notices) expect(notice).toMatchObject({ text: path === "/explorer" ? expect.stringContaining("DuckDB could not start") : expect.stringContaining("Filtering is unavailable"), visible: true, linked: true });
  });

  it("logs no error but the blocked request's", () => {
    expect(visit.consoleErrors.filter((message) => !/Failed to load resource/.test(message))).toEqual([]);
    expect(visit.failedRequests.filter((request) => !/\/duckdb-eh\.wasm /.test(request))).toEqual([]);
  });
});
