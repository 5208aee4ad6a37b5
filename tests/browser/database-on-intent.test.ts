import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { builtPagePaths } from "../../scripts/site-pages.js";
import { auditAccessibility } from "./axe.js";
import { visitPage, type PageVisit } from "./page-session.js";

// Issue 14: DuckDB-WASM (4.7 MB of wasm, compressed) is fetched only when a query needs it or on the reader's intent
// (src/lib/database-warm-up.ts), and while it loads for a query a labelled <progress> under the form says how far
// (src/components/database-progress-bar.ts).

const DUCKDB_FILE = /duckdb[^/]*\.(wasm|js)(\?|$)/;

/** Every request the context's pages and workers make for DuckDB's wasm or worker, and every DuckDB worker started. */
function watchDuckDB(context: BrowserContext, page: Page): { requests: string[]; workers: string[] } {
  const seen = { requests: [] as string[], workers: [] as string[] };
  context.on("request", (request) => {
    if (DUCKDB_FILE.test(new URL(request.url()).pathname)) seen.requests.push(request.url());
  });
  page.on("worker", (worker) => {
    if (/duckdb/i.test(worker.url())) seen.workers.push(worker.url());
  });
  return seen;
}

// Records every text and state the progress bars show, and whether a <progress> was there, from the page's start.
const RECORD_PROGRESS = () => {
  const seen: { texts: string[]; states: string[]; progressElements: number } = { texts: [], states: [], progressElements: 0 };
  (window as unknown as { __progress: typeof seen }).__progress = seen;
  new MutationObserver(() => {
    for (const bar of document.querySelectorAll<HTMLElement>(".se-database-progress")) {
      const text = bar.querySelector("label")?.textContent ?? "";
      const state = bar.dataset.state ?? "";
      if (text && seen.texts.at(-1) !== text) seen.texts.push(text);
      if (state && seen.states.at(-1) !== state) seen.states.push(state);
      seen.progressElements = Math.max(seen.progressElements, bar.querySelectorAll("progress").length);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-state", "hidden"] });
};

const saveData = (context: BrowserContext) =>
  context.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection", { configurable: true, get: () => ({ saveData: true }) }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("every page but the explorer, its reader touching no control", () => {
  let context: BrowserContext;
  let page: Page;
  let duckdb: ReturnType<typeof watchDuckDB>;

  // One tab for all of them: what matters is what each page asks for, not what a cache would spare it.
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    duckdb = watchDuckDB(context, page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(builtPagePaths().filter((path) => path !== "/explorer"))("%s draws its figures and requests neither DuckDB's wasm nor its worker", async (path) => {
    duckdb.requests.length = 0;
    duckdb.workers.length = 0;
    await page.goto(inject("origin") + path, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    // What used to start it: the ready marker, then the browser idle.
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => [document.documentElement.dataset.ready, document.documentElement.dataset.duckdb ?? null])).toEqual(["true", null]);
    expect(duckdb).toEqual({ requests: [], workers: [] });
  });
});

describe("a themed page whose reader reaches for a filter and changes it", () => {
  let visit: PageVisit;
  let duckdb: ReturnType<typeof watchDuckDB>;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/domestic-abuse", { prepare: async (context, page) => void (duckdb = watchDuckDB(context, page)) });
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("never starts DuckDB: every value's answer was shipped with the page (src/figures/specs.ts)", async () => {
    const filter = visit.page.getByRole("combobox", { name: "Referring agency" });
    await filter.focus();
    await filter.selectOption("Probation");
    await visit.page.waitForFunction(() => document.querySelector("#marac-referrals-by-month-title")?.textContent?.includes("Probation"));
    await visit.page.waitForTimeout(1500);
    expect(duckdb).toEqual({ requests: [], workers: [] });
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe("the report's search, whose answers cannot be shipped, with Save-Data on", () => {
  let visit: PageVisit;
  let duckdb: ReturnType<typeof watchDuckDB>;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/report", {
      prepare: async (context, page) => {
        await saveData(context);
        duckdb = watchDuckDB(context, page);
      }
    });
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("does not start DuckDB when the reader only reaches for the search", async () => {
    await visit.page.getByRole("searchbox", { name: "Search the report" }).focus();
    await visit.page.waitForTimeout(1500);
    expect(duckdb).toEqual({ requests: [], workers: [] });
  });

  it("starts it for a search the reader asked for", async () => {
    await visit.page.getByRole("searchbox", { name: "Search the report" }).fill("Dallow");
    await visit.page.getByRole("button", { name: "Search" }).click();
    await visit.page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready", undefined, { timeout: 60_000 });
    expect(duckdb.workers).toHaveLength(1);
  });
});

describe("progress while DuckDB loads for a query", () => {
  it("shows the wasm's megabytes in a labelled <progress> under the report's search, then hides it once the answer can come", async () => {
    const visit = await visitPage(browser, inject("origin"), "/report", {
      prepare: async (context, page) => {
        await page.addInitScript(RECORD_PROGRESS);
        // About 2 MB a second (the wasm takes over 2 s, time for axe to check the bar): DuckDB reports progress only when
        // the wasm's chunks arrive 20 ms or more apart.
        const session = await context.newCDPSession(page);
        await session.send("Network.enable");
        await session.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: 2_000_000, uploadThroughput: 2_000_000 });
      }
    });
    try {
      expect(visit.ready).toBe("true");
      await visit.page.getByRole("searchbox", { name: "Search the report" }).fill("Dallow");
      await visit.page.getByRole("button", { name: "Search" }).click();
      // A real <progress>, named by its label, under the search's form while the wasm arrives.
      const bar = visit.page.getByLabel(/^Loading the database: \d+\.\d of 4\.\d MB$/);
      await bar.waitFor({ state: "visible", timeout: 30_000 });
      expect(await bar.evaluate((node) => [node.tagName, node.closest(".se-database-progress")?.previousElementSibling?.tagName])).toEqual(["PROGRESS", "FORM"]);
      expect((await auditAccessibility(visit.page)).violations, "axe, while the bar shows").toEqual([]);
      await visit.page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready", undefined, { timeout: 90_000 });
      await visit.page.waitForFunction(() => /lines? match.*Dallow/.test(document.querySelector(".se-report-search [role=status]")?.textContent ?? ""), undefined, { timeout: 30_000 });
      const seen = await visit.page.evaluate(() => (window as unknown as { __progress: { texts: string[]; states: string[]; progressElements: number } }).__progress);
      expect(seen.progressElements).toBe(1);
      expect(seen.states).toEqual(["fetching", "starting", "ready"]);
      // Brotli: the megabytes so far are a share of the 4.7 MB that travel, never of the 35.7 MB unpacked.
      expect(seen.texts.some((text) => /^Loading the database: \d+\.\d of 4\.\d MB$/.test(text))).toBe(true);
      expect(seen.texts.at(-1)).toBe("The database is ready.");
      expect(await visit.page.locator(".se-database-progress").isHidden()).toBe(true);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.page.context().close();
    }
  });

  it("shows it at once in the explorer, which starts DuckDB on opening, and completes", async () => {
    const visit = await visitPage(browser, inject("origin"), "/explorer", { prepare: (_, page) => page.addInitScript(RECORD_PROGRESS) });
    try {
      await visit.page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready", undefined, { timeout: 90_000 });
      const seen = await visit.page.evaluate(() => (window as unknown as { __progress: { texts: string[]; states: string[]; progressElements: number } }).__progress);
      expect(seen.progressElements).toBe(1);
      expect(seen.states[0]).toBe("fetching");
      expect(seen.states.at(-1)).toBe("ready");
      expect(await visit.page.locator(".se-workbench .se-database-progress").isHidden()).toBe(true);
      expect(visit.consoleErrors).toEqual([]);
    } finally {
      await visit.page.context().close();
    }
  });
});
