import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { preloadedModule, visitPage, type PageVisit } from "./page-session.js";
import { builtPagePaths } from "../../scripts/site-pages.js";
import { PAGE_MODULES } from "../../src/figures/pages.js";

// Every page draws its first view from the rows the build ran (src/data/query-results/[page].json.ts) and starts
// DuckDB-WASM only afterwards. These tests prove those rows are DuckDB-WASM's own, and that pages draw without it.

const PAGES = builtPagePaths();
// Pages whose figures are declared in src/figures/: each registers its own results file (usePage), and the build ships
// every call for every value of each filter, so a filter change needs no DuckDB there.
const SPEC_PAGES = Object.keys(PAGE_MODULES);

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
    const show = await preloadedModule(visit.page, "figures/show");
    const shipped = await preloadedModule(visit.page, "lib/shipped-results");
    // The test hook is the modules' own exports: runLiveCall always asks DuckDB-WASM, never the shipped rows; it runs
    // each shipped call's SQL with its values written in (what "Open in explorer" runs) over the tables it names.
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    compared = (await visit.page.evaluate(`(async () => {
      const {runLiveCall} = await import(${JSON.stringify(show)});
      const {callKey, shippedRows} = await import(${JSON.stringify(shipped)});
      const plain = (rows) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? {date: value.toISOString()} : value])));
      // Each page names its results file (usePage): its hashed address is read from the built page.
      const pageResults = async (page) => {
        const html = await (await fetch("/" + (page === "index" ? "" : page))).text();
        const start = html.indexOf("_file/data/query-results/" + page + ".");
        const file = await (await fetch("/" + html.slice(start, html.indexOf(".json", start) + 5))).json();
        return new Map(file.results.map((result) => [callKey(result.name, result.params), result]));
      };
      const out = [];
      for (const page of ${JSON.stringify(SPEC_PAGES)}) {
        for (const [call, result] of await pageResults(page)) {
          const query = {kind: "query", name: result.name, tables: result.tables, sql: result.sql, params: [], positionalSql: result.sql};
          out.push({page, call, shipped: plain(shippedRows(result)), live: plain(await runLiveCall({kind: "call", query, args: []}))});
        }
      }
      return out;
    })()`)) as Compared[];
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("ship results for every page that runs queries: all but the glossary and the accessibility statement", () => {
    expect(new Set(compared.map((entry) => entry.page))).toEqual(new Set(PAGES.filter((path) => !["/glossary", "/accessibility"].includes(path)).map((path) => path.slice(1) || "index")));
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
    // A page built from src/figures/ ships every filter value's answer: it never starts DuckDB (checked below).
    if (forms === 0 || (SPEC_PAGES.includes(path.slice(1)) && path !== "/explorer")) return;
    // A themed page starts DuckDB only when the reader reaches for a control (the explorer, at once).
    await visit.page.locator("#observablehq-main form :is(select, input, textarea)").first().focus();
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

  it("redraws a spec page's figures for another filter value from the shipped results, never starting DuckDB", async () => {
    if (!SPEC_PAGES.includes(path.slice(1))) return;
    const selects = await visit.page.$$eval("#observablehq-main form select", (found) => found.length);
    if (selects === 0) return;
    const before = visit.page.url();
    // Another value than the one shown: the default is not always the menu's first (/allegations-and-prevention's is second).
    const select = visit.page.locator("#observablehq-main form select").first();
    await select.selectOption({ index: await select.evaluate((node: HTMLSelectElement) => (node.selectedIndex === 1 ? 0 : 1)) });
    // The filter's cell writes the new value to the address, then its figures redraw.
    await visit.page.waitForFunction((url) => location.href !== url, before);
    await visit.page.waitForFunction(() => [...document.querySelectorAll("[data-figure]")].every((figure) => (figure as HTMLElement).dataset.state === "ready"));
    // Long enough for a warm-up, were there one (it waits for the browser to be idle, at most 2 s).
    await visit.page.waitForTimeout(2500);
    expect(await visit.page.evaluate(() => document.documentElement.dataset.duckdb ?? null)).toBeNull();
    expect(await visit.page.$$eval(".se-database-notice", (found) => found.length)).toBe(0);
  });

  it("logs no error but the blocked request's", () => {
    expect(visit.consoleErrors.filter((message) => !/Failed to load resource/.test(message))).toEqual([]);
    expect(visit.failedRequests.filter((request) => !/\/duckdb-eh\.wasm /.test(request))).toEqual([]);
  });
});
