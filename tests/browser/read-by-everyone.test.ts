import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { builtPagePaths } from "../../scripts/site-pages.js";
import { auditAccessibility, WCAG_AND_BEST_PRACTICE_TAGS } from "./axe.js";
import { queryBuiltData } from "./built-data.js";
import { visitPage } from "./page-session.js";

// Issue 15: charts a screen reader can read, one heading outline, print, and axe with best practices on every page.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the accessibility tree gives a node: its role, name and description (Chrome's computed ones). */
interface AxSummary {
  role: string;
  name: string;
  description: string;
}

/** Returns the computed role, name and description of each element matching `selector`, in document order. */
async function accessibleNodes(page: Page, selector: string): Promise<AxSummary[]> {
  const client = await page.context().newCDPSession(page);
  const { root } = await client.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await client.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
  const summaries: AxSummary[] = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await client.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    summaries.push({ role: String(node.role?.value ?? ""), name: String(node.name?.value ?? ""), description: String(node.description?.value ?? "") });
  }
  await client.detach();
  return summaries;
}

/** Returns the text of every node of the accessibility tree (not ignored) that lies inside a figure's chart SVG. */
async function chartInsidesInTree(page: Page): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  const { root } = await client.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await client.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: ".se-figure__chart svg *" });
  const inside = new Set<number>();
  for (const nodeId of nodeIds) inside.add((await client.send("DOM.describeNode", { nodeId })).node.backendNodeId);
  const { nodes } = await client.send("Accessibility.getFullAXTree");
  await client.detach();
  return nodes
    .filter((node) => !node.ignored && node.backendDOMNodeId !== undefined && inside.has(node.backendDOMNodeId))
    .map((node) => `${node.role?.value}: ${node.name?.value ?? ""}`);
}

const PAGES = builtPagePaths();
const CHART_PAGES = ["/allegations-and-prevention", "/board", "/child-deaths", "/childrens-social-care", "/domestic-abuse", "/early-help", "/pack", "/workforce-and-budget", "/young-people"];

describe("charts as images with data", () => {
  it.each(CHART_PAGES)("%s: each chart is one image named by its title and described by its summary, its insides out of the tree", async (path) => {
    const { page } = await visitPage(browser, inject("origin"), path);
    const figures = await page.$$eval("[data-figure]", (nodes) =>
      nodes
        // A topic the reader has not chosen (/young-people) is hidden, and out of the tree altogether.
        .filter((figure) => figure.querySelector(".se-figure__chart svg") !== null && figure.checkVisibility())
        .map((figure) => ({
          id: figure.id,
          title: (figure.querySelector(".se-figure__title")?.textContent ?? "").trim(),
          summary: (figure.querySelector(".se-figure__summary")?.textContent ?? "").trim()
        }))
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const images = await accessibleNodes(page, `#${figure.id} .se-figure__chart svg`);
      expect(images, figure.id).toEqual([{ role: "image", name: figure.title, description: figure.summary }]);
      expect(figure.summary.length, figure.id).toBeGreaterThan(20);
      const [table, csv, link] = [
        ...(await accessibleNodes(page, `#${figure.id} .se-figure__table > summary`)),
        ...(await accessibleNodes(page, `#${figure.id} .se-figure__actions button`))
      ];
      expect([table?.name, csv?.name, link?.name], figure.id).toEqual([`Show table: ${figure.title}`, `Download CSV: ${figure.title}`, `Copy link: ${figure.title}`]);
    }
    expect(await chartInsidesInTree(page)).toEqual([]);
    await page.context().close();
  });

  it("puts each chart's table one keyboard step after the chart", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    const figureIds = await page.$$eval("[data-figure]", (nodes) => nodes.filter((figure) => figure.querySelector("svg")).map((figure) => figure.id));
    for (const id of figureIds) {
      // Focus the last control before the chart, then Tab once.
      await page.evaluate((figureId) => {
        const chart = document.querySelector(`#${figureId} .se-figure__chart`)!;
        const focusable = Array.from(document.querySelectorAll<HTMLElement>("a[href], button, summary, input, select, textarea")).filter(
          (element) => element.checkVisibility() && !(element as HTMLButtonElement).disabled && chart.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING
        );
        focusable.at(-1)!.focus();
      }, id);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const active = document.activeElement!;
        return { figure: active.closest("[data-figure]")?.id, twin: active.matches(".se-figure__table > summary") };
      });
      expect(focused, id).toEqual({ figure: id, twin: true });
    }
    await page.context().close();
  });

  it("says Updating… while a filter's answer is drawn (its rows are shipped; Plot may still be loading), and not once it is", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    const seen = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const observer = new MutationObserver(() => {
            const text = document.querySelector("#marac-referrals-by-month .se-figure__updating")?.textContent ?? "";
            if (text) {
              observer.disconnect();
              resolve(text);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        })
    );
    await page.selectOption("form select", "Police");
    expect(await seen).toBe("Updating…");
    await page.waitForFunction(() => document.querySelector("#marac-referrals-by-month")?.getAttribute("data-state") === "ready");
    expect(await page.textContent("#marac-referrals-by-month .se-figure__updating")).toBe("");
    await page.context().close();
  });
});

describe("one heading outline per page", () => {
  it.each(PAGES)("%s: one H1, and no heading more than one level below the one before it", async (path) => {
    const { page } = await visitPage(browser, inject("origin"), path);
    const levels = await page.$$eval("main h1, main h2, main h3, main h4, main h5, main h6", (headings) =>
      headings.filter((heading) => heading.checkVisibility()).map((heading) => `${heading.tagName} ${(heading.textContent ?? "").trim().slice(0, 40)}`)
    );
    expect(levels.filter((heading) => heading.startsWith("H1"))).toHaveLength(1);
    const jumps = levels.filter((heading, index) => index > 0 && Number(heading[1]) > Number(levels[index - 1]![1]) + 1);
    expect(jumps).toEqual([]);
    await page.context().close();
  });

  it("gives figures under a section heading an H3 and figures straight under the H1 an H2", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    expect(await page.$$eval("[data-figure] .se-figure__title", (titles) => [...new Set(titles.map((title) => title.tagName))])).toEqual(["H3"]);
    await page.context().close();
    const overview = await visitPage(browser, inject("origin"), "/");
    expect(await overview.page.$eval("#headline-figures .se-figure__title", (title) => title.tagName)).toBe("H2");
    await overview.page.context().close();
  });
});

describe.each([
  { width: 1280, height: 800, colorScheme: "light" as const },
  { width: 1280, height: 800, colorScheme: "dark" as const },
  { width: 390, height: 844, colorScheme: "light" as const },
  { width: 390, height: 844, colorScheme: "dark" as const }
])("axe, WCAG 2.2 AA and best practices, at $width px in the $colorScheme theme", ({ width, height, colorScheme }) => {
  it.each(PAGES)("finds no violation of any impact on %s", async (path) => {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme });
    const page = await context.newPage();
    await page.goto(inject("origin") + path);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    const { rulesRun, violations } = await auditAccessibility(page, { tags: WCAG_AND_BEST_PRACTICE_TAGS, allImpacts: true });
    expect(rulesRun).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe("the front page on a phone", () => {
  it("shows headline numbers in the first 390 × 844 screen", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(inject("origin") + "/");
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    const visible = await page.$$eval("#headline-figures .se-kpi__value", (values) => values.filter((value) => value.getBoundingClientRect().bottom <= window.innerHeight).map((value) => value.textContent));
    expect(visible.length).toBeGreaterThanOrEqual(2);
    // Tiles in one row are as tall as each other, and so are the rows.
    const heights = await page.$$eval("#headline-figures .se-kpi", (tiles) => [...new Set(tiles.map((tile) => Math.round(tile.getBoundingClientRect().height)))]);
    expect(heights).toHaveLength(1);
    await context.close();
  });
});

/** Returns the number of pages in a PDF Chromium printed (each page object is `/Type /Page`). */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** Loads a page, takes print media as Chromium's PDF printing does, and waits for its charts to be drawn again at their printed width and its filters' values written out. */
async function openForPrint(path: string): Promise<Page> {
  const { page } = await visitPage(browser, inject("origin"), path);
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll<SVGSVGElement>(".se-figure__chart svg[role=img]")).filter((svg) => svg.checkVisibility());
    const redrawn = charts.every((svg) => Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 1);
    // A filter with a value chosen (a search box left empty has none to print).
    const chosen = Array.from(document.querySelectorAll('form[class^="inputs-"]')).filter(
      (form) => !form.closest("observablehq-loading") && (form.querySelector("select, input:checked") !== null || (form.querySelector<HTMLInputElement>("input[type=text], input[type=search], input:not([type])")?.value.trim() ?? "") !== "")
    );
    return redrawn && document.querySelectorAll(".se-print-filter").length === chosen.length;
  });
  return page;
}

/** The words of the controls a printed page must not show (each is a button or link that does nothing on paper). */
const CONTROL_WORDS = ["Show table", "Download CSV", "Copy link", "Open in notebook", "Open in explorer"];

/** Returns each figure's id, whether its table and chart print, whether its source does, and its printed words. */
function printedFigures(page: Page) {
  return page.$$eval("[data-figure]", (nodes) =>
    nodes
      .filter((figure) => (figure as HTMLElement).checkVisibility())
      .map((figure) => ({
        id: figure.id,
        table: (figure.querySelector(".se-figure__table table") as HTMLElement | null)?.checkVisibility() ?? false,
        chart: (figure.querySelector(".se-figure__chart") as HTMLElement | null)?.checkVisibility() ?? false,
        source: (figure.querySelector(".se-figure__source") as HTMLElement | null)?.innerText.startsWith("Source:") ?? false,
        words: (figure as HTMLElement).innerText.replace(/\s+/g, " "),
        cells: Array.from(figure.querySelectorAll(".se-figure__table tbody tr"), (row) => Array.from(row.children, (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()))
      }))
  );
}

/** 8 pt in CSS pixels (10.67), less a rounding hair. */
const EIGHT_POINTS = 8 * (96 / 72) - 0.01;

/** Returns the smallest chart text of the page as printed, in CSS pixels: its font size times the scale its chart is drawn at. */
function smallestPrintedChartText(page: Page): Promise<number> {
  return page.$$eval(".se-figure__chart svg[role=img]", (svgs) =>
    Math.min(
      ...(svgs as SVGSVGElement[])
        .filter((svg) => svg.checkVisibility())
        .flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll("text"), (text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        })
    )
  );
}

const en = new Intl.NumberFormat("en-GB");
/** Every partner with its headline figures as its printed page must show them, from the Parquet files: MARAC referrals, budget contribution, board meetings attended. */
const PARTNER_KEY_FIGURES = (
  await queryBuiltData(`
    WITH names AS (SELECT DISTINCT table_name, printed_name, partner_id FROM agency_names WHERE partner_id IS NOT NULL)
    SELECT p.partner_id, p.name,
      (SELECT CAST(SUM(m.referrals) AS INTEGER) FROM marac_referrals m WHERE m.agency IN (SELECT printed_name FROM names WHERE table_name = 'marac_referrals' AND partner_id = p.partner_id)) AS marac,
      (SELECT CAST(SUM(b.amount_gbp) AS DOUBLE) FROM budget_income b WHERE b.partner IN (SELECT printed_name FROM names WHERE table_name = 'budget_income' AND partner_id = p.partner_id)) AS budget,
      (SELECT CAST(SUM(t.attended) AS INTEGER) FROM board_attendance t WHERE t.agency IN (SELECT printed_name FROM names WHERE table_name = 'board_attendance' AND partner_id = p.partner_id)) AS attended,
      (SELECT CAST(SUM(t.meetings) AS INTEGER) FROM board_attendance t WHERE t.agency IN (SELECT printed_name FROM names WHERE table_name = 'board_attendance' AND partner_id = p.partner_id)) AS meetings
    FROM partners p ORDER BY p.partner_id`)
).map((row) => ({
  id: String(row.partner_id),
  name: String(row.name),
  marac: row.marac === null ? "Not listed" : en.format(Number(row.marac)),
  budget: row.budget === null ? "Not listed" : `£${en.format(Number(row.budget))}`,
  board: row.meetings === null ? "Not listed" : `${en.format(Number(row.attended))} of ${en.format(Number(row.meetings))}`
}));

describe("printed", () => {
  // Issue 15's target: /board on at most 6 A4 pages, every figure with its numbers as a table, its filter values and its
  // source. With every chart and every table it took 18. Each of its five charts is one bar per table row with the
  // row's numbers written at its end, so its table says exactly what it says: printed, each figure is its table alone
  // (the 28 members' bars alone were 1,336 px at A4 width), and the business plan's and Ofsted actions' tables of long
  // text print as records (each cell named after its column, long text as paragraphs, two columns) where their narrow
  // columns took nine pages. Tables print at 8 pt across the paper in Arial's metrics (README, "Print").
  it("/board prints on no more than 6 A4 pages, each figure as its table with its filter values and source", async () => {
    const page = await openForPrint("/board");
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain("Shown for Agency: All agencies");
    expect(printed).toContain("Shown for Theme: All themes");
    for (const words of CONTROL_WORDS) expect(printed).not.toContain(words);
    const figures = await printedFigures(page);
    expect(figures.map((figure) => figure.id)).toEqual(["attendance-by-member", "attendance-by-agency", "business-plan-status", "ofsted-ratings", "ofsted-actions"]);
    for (const figure of figures) {
      expect({ table: figure.table, chart: figure.chart, source: figure.source }, figure.id).toEqual({ table: true, chart: false, source: true });
      expect(figure.cells.length, figure.id).toBeGreaterThan(0);
      // Every cell prints, records included (a cell left empty, a member without comments, prints nothing).
      for (const row of figure.cells) for (const cell of row) expect(figure.words, `${figure.id}: ${cell.slice(0, 40)}`).toContain(cell);
    }
    // A record names each cell after its column.
    expect(await page.$eval("#ofsted-actions tbody tr", (row) => Array.from(row.children, (cell) => (cell as HTMLElement).dataset.label))).toEqual([
      "Action", "Theme", "Timescale", "Recommendation", "Rating", "Commentary", "Progress reported"
    ]);
    const pdf = await page.pdf({ format: "A4" });
    const pages = countPdfPages(pdf);
    console.log(`/board printed to ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    await page.context().close();
  });

  it("/domestic-abuse?agency=Police prints the agency chosen, every figure's table and source, and no control", async () => {
    const page = await openForPrint("/domestic-abuse?agency=Police");
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain("Shown for Referring agency: Police");
    for (const words of CONTROL_WORDS) expect(printed).not.toContain(words);
    const figures = await page.$$eval("[data-figure]", (nodes) =>
      nodes.map((figure) => ({
        id: figure.id,
        table: (figure.querySelector(".se-figure__table table") as HTMLElement | null)?.checkVisibility() ?? false,
        rows: figure.querySelectorAll(".se-figure__table tbody tr").length,
        source: (figure.querySelector(".se-figure__source") as HTMLElement | null)?.innerText.startsWith("Source:") ?? false
      }))
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure, figure.id).toMatchObject({ table: true, source: true });
    expect(figures.every((figure) => figure.rows > 0)).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    console.log(`/domestic-abuse?agency=Police printed to ${countPdfPages(pdf)} A4 pages`);
    await page.context().close();
  });

  // /board prints its figures as tables (above), so no chart of it prints.
  it.each(CHART_PAGES.filter((path) => path !== "/board"))("%s prints its chart text at 8 pt or more", async (path) => {
    const page = await openForPrint(path);
    const smallest = await smallestPrintedChartText(page);
    expect(Number.isFinite(smallest), "a chart prints").toBe(true);
    expect(smallest).toBeGreaterThanOrEqual(EIGHT_POINTS);
    await page.context().close();
  });

  it.each(PAGES)("%s prints none of the controls' words", async (path) => {
    const page = await openForPrint(path);
    const printed = await page.evaluate(() => document.body.innerText);
    expect(CONTROL_WORDS.filter((words) => printed.includes(words))).toEqual([]);
    await page.context().close();
  });

  // Issue 13: one A4 page per partner for the board pack. The key figures are recomputed here from the Parquet files
  // and the printed-name mapping, not read from the page's queries.
  it.each(PARTNER_KEY_FIGURES.map((partner) => [partner.id, partner] as const))("/partners?partner=%s prints on one A4 page with the partner's name and key figures", async (id, partner) => {
    const page = await openForPrint(`/partners?partner=${id}`);
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(`Shown for Partner: ${partner.name}`);
    const tiles = await page.$$eval("#partner-headlines [data-tile]", (nodes) =>
      Object.fromEntries(nodes.filter((tile) => (tile as HTMLElement).checkVisibility()).map((tile) => [(tile as HTMLElement).dataset.tile, tile.querySelector(".se-kpi__value")?.textContent]))
    );
    expect(tiles).toEqual({ marac: partner.marac, budget: partner.budget, board: partner.board });
    for (const words of CONTROL_WORDS) expect(printed).not.toContain(words);
    // Every partner's page prints the budget chart at least.
    const smallest = await smallestPrintedChartText(page);
    expect(Number.isFinite(smallest), "a chart prints").toBe(true);
    expect(smallest).toBeGreaterThanOrEqual(EIGHT_POINTS);
    const figures = await printedFigures(page);
    for (const figure of figures) expect(figure.source, figure.id).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(countPdfPages(pdf)).toBe(1);
    await page.context().close();
  });
});

