// The build prerenders every page (scripts/prerender.ts): its first view needs no JavaScript, it shows the same
// numbers as the live page, and the live page reuses the drawn charts at the width they were drawn for.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PRERENDER_VIEWPORT } from "../../scripts/prerender/capture.js";
import { resolveDistPath } from "../../scripts/serve-dist.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";
import { builtPagePaths, DIST } from "../../scripts/site-pages.js";

/** What a page shows of its figures: each figure's id, whether its chart holds an SVG, and its table twin's cells. */
interface ShownFigure {
  id: string;
  hasChart: boolean;
  twin: string[][];
}

function shownFigures(page: Page): Promise<ShownFigure[]> {
  return page.$$eval("[data-figure]", (figures) =>
    figures.map((figure) => ({
      id: figure.getAttribute("data-figure") ?? "",
      hasChart: figure.querySelector(".se-figure__chart svg") !== null,
      twin: Array.from(figure.querySelectorAll("table tbody tr"), (row) => Array.from(row.children, (cell) => (cell.textContent ?? "").trim()))
    }))
  );
}

function builtHtml(path: string): string {
  const file = resolveDistPath(DIST, path);
  if (!file) throw new Error(`expected a built page for ${path} under ${DIST}, found none`);
  return readFileSync(file, "utf-8");
}

/** The chart signatures the build wrote into a page. */
function prerenderedSignatures(path: string): string[] {
  return [...builtHtml(path).matchAll(/data-chart-signature="([^"]+)"/g)].map((match) => match[1]!);
}

const PAGES = builtPagePaths();
const CHART_PAGES = PAGES.filter((path) => prerenderedSignatures(path).length > 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("prerenders the charts of every page that draws any (the overview and the seven theme pages at least)", () => {
  expect(CHART_PAGES).toEqual(expect.arrayContaining(["/", "/early-help", "/domestic-abuse", "/childrens-social-care", "/young-people", "/child-deaths", "/allegations-and-prevention", "/workforce-and-budget", "/board"]));
});

it("links nothing in the prerendered pages to the server the build drew them on", () => {
  for (const path of PAGES) expect(builtHtml(path), path).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
});

describe.each(PAGES)("%s without JavaScript", (path) => {
  let live: ShownFigure[];
  let still: ShownFigure[];
  let stillPage: Page;

  beforeAll(async () => {
    const visit = await visitPage(browser, inject("origin"), path);
    expect(visit.ready).toBe("true");
    live = await shownFigures(visit.page);
    await visit.page.context().close();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PRERENDER_VIEWPORT });
    stillPage = await context.newPage();
    await stillPage.goto(inject("origin") + path);
    still = await shownFigures(stillPage);
  });
  afterAll(async () => {
    await stillPage?.context().close();
  });

  it("shows every figure of the live page, drawn, with the same numbers in its table twin", () => {
    expect(still).toEqual(live);
  });

  it("shows no spinner, and no form control a reader could use before the page is live", async () => {
    expect(await stillPage.$$eval("observablehq-loading:not([data-prerendered])", (spinners) => spinners.length)).toBe(0);
    expect(await stillPage.$$eval("button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])", (controls) => controls.filter((control) => control.closest("observablehq-loading")).length)).toBe(0);
  });
});

describe.each(CHART_PAGES)("%s at the width it was prerendered for", (path) => {
  let page: Page;
  let plotRequested: boolean;

  beforeAll(async () => {
    // Plot's module is refused: a chart that waited for it would never be ready.
    plotRequested = false;
    const visit = await visitPage(browser, inject("origin"), path, {
      prepare: (_context, page) =>
        page.route(/\/_npm\/@observablehq\/plot@/, (route) => {
          plotRequested = true;
          return route.abort();
        })
    });
    expect(visit.ready).toBe("true");
    page = visit.page;
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("reuses every chart the build drew, none of them waiting for Plot", async () => {
    const signatures = await page.$$eval("[data-chart-signature]", (charts) => charts.map((chart) => chart.getAttribute("data-chart-signature")));
    expect(signatures.length).toBeGreaterThan(0);
    expect(new Set(prerenderedSignatures(path))).toEqual(new Set(signatures));
    expect(await page.$$eval("[data-figure]", (figures) => figures.filter((figure) => figure.getAttribute("data-state") !== "ready").length)).toBe(0);
  });

  it("loads Plot by itself only on a page with filters (for the first change), never on one without", async () => {
    await page.waitForTimeout(500); // Plot is asked for a frame after the page starts: well before this
    const hasFilters = await page.$$eval("main form select, main form input[type=radio]", (controls) => controls.length > 0);
    expect(plotRequested).toBe(hasFilters);
  });

  it("leaves none of the prerendered view behind once the page is live", async () => {
    expect(await page.$$eval("observablehq-loading[data-prerendered]", (cells) => cells.length)).toBe(0);
  });
});

describe("a window narrower than the prerendered one", () => {
  it("redraws each chart with Plot at its own width", async () => {
    const visit = await visitPage(browser, inject("origin"), "/domestic-abuse", { prepare: (_context, page) => page.setViewportSize({ width: 390, height: 844 }) });
    expect(visit.ready).toBe("true");
    const charts = await visit.page.$$eval("[data-chart-signature]", (nodes) => nodes.map((node) => ({ signature: node.getAttribute("data-chart-signature") ?? "", svgWidth: Number(node.querySelector("svg")?.getAttribute("width")) })));
    const prerendered = new Set(prerenderedSignatures("/domestic-abuse"));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(prerendered.has(chart.signature)).toBe(false);
      expect(chart.svgWidth).toBeGreaterThan(0);
      expect(chart.svgWidth).toBeLessThanOrEqual(390);
    }
    expect(await visit.page.evaluate(() => performance.getEntriesByType("resource").some((entry) => entry.name.includes("/_npm/@observablehq/plot@")))).toBe(true);
    await visit.page.context().close();
  });
});

describe("a page opened with a query string", () => {
  /** Loads a page whose live cells never start (Framework's client is blocked) and returns whether its prerendered cells are visible. */
  async function prerenderedVisible(path: string): Promise<boolean[]> {
    const context = await browser.newContext({ viewport: PRERENDER_VIEWPORT });
    const page = await context.newPage();
    await context.route(/\/_observablehq\/client\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(inject("origin") + path);
    const visible = await page.$$eval("observablehq-loading[data-prerendered]", (cells) => cells.map((cell) => getComputedStyle(cell).visibility === "visible"));
    await context.close();
    return visible;
  }

  it("hides the prerendered view, which may not match the filters it asks for, until the live page replaces it", async () => {
    const plain = await prerenderedVisible("/early-help");
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every(Boolean)).toBe(true);
    expect((await prerenderedVisible("/early-help?area=South")).some(Boolean)).toBe(false);
  });
});
