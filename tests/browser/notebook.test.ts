import { readdirSync, readFileSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { referralsByMonth } from "../../src/figures/domestic-abuse.js";
import { inlineParams } from "../../src/lib/queries/inline-params.js";
import { notebookHrefForQuery } from "../../src/notebook/figure-cells.js";
import { auditAccessibility } from "./axe.js";
import { readCspViolations, visitPage, type PageVisit } from "./page-session.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Notebooks are written here in the schema's field order, as the page writes them, so JSON text can be compared.
type Json = Record<string, unknown>;
const hashOf = (notebook: Json) => `#notebook=${deflateRawSync(Buffer.from(JSON.stringify(notebook))).toString("base64url")}`;
const hashText = (page: Page) => inflateRawSync(Buffer.from(new URL(page.url()).hash.slice("#notebook=".length), "base64url")).toString("utf-8");

const TOTAL = { id: "a", type: "sql", name: "total", sql: "SELECT SUM(cases) AS total FROM marac_meetings" };
const CHAIN = {
  version: 1,
  cells: [
    TOTAL,
    { id: "b", type: "sql", name: "doubled", sql: "SELECT total * 2 AS total FROM total" },
    { id: "c", type: "chart", from: "total", mark: "bar", x: "total", y: "total" },
    { id: "d", type: "sql", name: "meetings", sql: "SELECT COUNT(*) AS meetings FROM marac_meetings" }
  ]
};

async function openNotebook(path: string): Promise<PageVisit> {
  const visit = await visitPage(browser, inject("origin"), path, { timeoutMs: 120_000 });
  await visit.page.waitForSelector(".se-notebook[data-state='ready']", { state: "attached" });
  return visit;
}

const cellTexts = (page: Page, id: string) => page.$$eval(`[data-cell-id='${id}'] .se-nb-output tbody td`, (cells) => cells.map((cell) => cell.textContent));
const runs = (page: Page) => page.$$eval("[data-cell-id]", (cells) => cells.map((cell) => `${(cell as HTMLElement).dataset.cellId}:${(cell as HTMLElement).dataset.runs}`));
const states = (page: Page) => page.$$eval("[data-cell-id]", (cells) => cells.map((cell) => `${(cell as HTMLElement).dataset.cellId}:${(cell as HTMLElement).dataset.state}`));

describe("the notebook", () => {
  it("builds a chain from a link alone: total shows 363, doubled reads total and shows 726, a chart draws an SVG", async () => {
    const visit = await openNotebook(`/notebook${hashOf(CHAIN)}`);
    const { page } = visit;
    expect(visit.ready).toBe("true");
    expect(await states(page)).toEqual(["a:ok", "b:ok", "c:ok", "d:ok"]);
    expect(await cellTexts(page, "a")).toEqual(["363"]);
    expect(await cellTexts(page, "b")).toEqual(["726"]);
    expect(await page.$$eval("[data-cell-id='c'] figure svg[aria-label]", (svgs) => svgs.map((svg) => svg.getAttribute("aria-label")))).toEqual(["Bar chart of total by total, from “total”"]);
    expect(await page.textContent("[data-cell-id='c'] figcaption")).toContain("1 row; highest total 363 at 363");
    expect(await runs(page)).toEqual(["a:1", "b:1", "c:1", "d:1"]);
    expect(visit.offOriginRequests).toEqual([]);
    expect(visit.consoleErrors).toEqual([]);
    expect(await readCspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("re-runs exactly the cells downstream of an edited cell, and keeps the edit in the link", async () => {
    const { page } = await openNotebook(`/notebook${hashOf(CHAIN)}`);
    await page.click("[data-cell-id='a'] .cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("SELECT SUM(cases) AS total FROM marac_meetings WHERE month < DATE '2012-07-01'");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => (document.querySelector("[data-cell-id='b']") as HTMLElement).dataset.runs === "2" && (document.querySelector("[data-cell-id='c']") as HTMLElement).dataset.state === "ok");
    await page.waitForSelector(".se-notebook[data-state='ready']", { state: "attached" });
    // April 23 + May 20 + June 30.
    expect(await cellTexts(page, "a")).toEqual(["73"]);
    expect(await cellTexts(page, "b")).toEqual(["146"]);
    expect(await runs(page)).toEqual(["a:2", "b:2", "c:2", "d:1"]);
    const edited = { ...CHAIN, cells: [{ ...TOTAL, sql: "SELECT SUM(cases) AS total FROM marac_meetings WHERE month < DATE '2012-07-01'" }, ...CHAIN.cells.slice(1)] };
    expect(hashText(page)).toBe(JSON.stringify(edited));
    await page.context().close();
  });

  it("gives back the same JSON: link → page → link, and file → page → file", async () => {
    const notebook = { version: 1, title: "Round trip", cells: [TOTAL, { id: "t", type: "text", markdown: "Total: **{{total.total}}** <b>as text</b>" }] };
    const { page } = await openNotebook(`/notebook${hashOf(notebook)}`);
    expect(hashText(page)).toBe(JSON.stringify(notebook));
    expect(await page.textContent("[data-cell-id='t'] .se-nb-output p")).toBe("Total: 363 <b>as text</b>");
    expect(await page.$$("[data-cell-id='t'] .se-nb-output b")).toHaveLength(0);

    const file = { ...notebook, title: "From a file", cells: [...notebook.cells, CHAIN.cells[1]] };
    await page.setInputFiles(".se-nb-file input", { name: "saved.notebook.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file, null, 2)) });
    await page.waitForFunction(() => (document.querySelector("[data-cell-id='b']") as HTMLElement | null)?.dataset.state === "ok");
    expect(await cellTexts(page, "b")).toEqual(["726"]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Download notebook")]);
    expect(download.suggestedFilename()).toBe("from-a-file.notebook.json");
    expect(readFileSync((await download.path())!, "utf-8")).toBe(JSON.stringify(file, null, 2) + "\n");
    expect(hashText(page)).toBe(JSON.stringify(file));
    await page.context().close();
  });

  it.each([
    ["invalid JSON", `#notebook=${deflateRawSync(Buffer.from("{oops")).toString("base64url")}`, "the notebook: expected JSON, found text JSON cannot read"],
    ["an unknown cell type", hashOf({ version: 1, cells: [{ id: "a", type: "javascript", code: "alert(1)" }] }), 'cells[0].type: expected one of sql, steps, chart, text, found "javascript".'],
    ["a damaged link", "#notebook=AAAA", "The notebook in this link could not be read"]
  ])("opens an empty notebook and names the problem for %s", async (_, hash, message) => {
    const visit = await openNotebook(`/notebook${hash}`);
    expect(visit.ready).toBe("true");
    expect(await visit.page.textContent(".se-nb-problem")).toContain(message);
    expect(await visit.page.$$("[data-cell-id]")).toHaveLength(0);
    expect(visit.dialogs).toEqual([]);
    await visit.page.context().close();
  });

  it("says at the top when a notebook was written against other data, and not when it matches the build's", async () => {
    const built = JSON.parse(readFileSync(`dist/_file/data/${readdirSync("dist/_file/data").find((file) => /^data-version\.[0-9a-f]+\.json$/.test(file))}`, "utf-8"));
    const other = { ...built, parquet_sha256: { ...built.parquet_sha256, marac_meetings: "0".repeat(64) } };
    const { page } = await openNotebook(`/notebook${hashOf({ version: 1, data_version: other, cells: [TOTAL] })}`);
    expect(await page.textContent(".se-nb-warning")).toBe("This notebook was written against different data: these tables differ: marac_meetings. Its results may not match what it says.");
    await page.goto(`${inject("origin")}/notebook${hashOf({ version: 1, data_version: built, cells: [TOTAL] })}`);
    await page.waitForFunction(() => (document.querySelector("[data-cell-id='a']") as HTMLElement | null)?.dataset.state === "ok");
    expect(await page.isHidden(".se-nb-warning")).toBe(true);
    await page.context().close();
  });

  it("shows a cycle and a name clash as errors naming both cells", async () => {
    const notebook = {
      version: 1,
      cells: [
        { id: "x", type: "sql", name: "one", sql: "SELECT * FROM two" },
        { id: "y", type: "sql", name: "two", sql: "SELECT * FROM one" },
        TOTAL,
        { id: "z", type: "sql", name: "total", sql: "SELECT 1 AS total" }
      ]
    };
    const { page } = await openNotebook(`/notebook${hashOf(notebook)}`);
    expect(await page.textContent("[data-cell-id='x'] .se-nb-error")).toBe("These cells read each other in a cycle: cell 1 (SQL “one”) reads cell 2 (SQL “two”) reads cell 1 (SQL “one”). Break the cycle by renaming or editing one of them.");
    expect(await page.textContent("[data-cell-id='z'] .se-nb-error")).toBe("The name “total” is given by cell 3 (SQL “total”) and cell 4 (SQL “total”): rename one of them.");
    expect(await states(page)).toEqual(["x:error", "y:error", "a:error", "z:error"]);
    await page.context().close();
  });

  it("has no serious or critical axe violation with every cell type on the page", async () => {
    const notebook = {
      version: 1,
      cells: [
        { id: "m", type: "sql", name: "monthly", sql: "SELECT month, SUM(cases) AS cases FROM marac_meetings GROUP BY month ORDER BY month" },
        { id: "s", type: "steps", name: "busiest", from: "monthly", steps: [{ op: "sort", by: [{ column: "cases", descending: true }] }, { op: "limit", count: 3 }] },
        { id: "c", type: "chart", from: "monthly", mark: "bar", x: "month", y: "cases", brush: "brush" },
        { id: "t", type: "text", markdown: "# Busiest\n\nThe busiest month had {{busiest.cases}} cases." }
      ]
    };
    const { page } = await openNotebook(`/notebook${hashOf(notebook)}`);
    expect(await states(page)).toEqual(["m:ok", "s:ok", "c:ok", "t:ok"]);
    expect(await page.textContent("[data-cell-id='t'] .se-nb-output p")).toBe("The busiest month had 49 cases.");
    expect(await page.textContent("[data-cell-id='s'] .se-nb-sql")).toBe('WITH step_1 AS (\n  SELECT * FROM "monthly" ORDER BY "cases" DESC\n),\nstep_2 AS (\n  SELECT * FROM step_1 LIMIT 3\n)\nSELECT * FROM step_2');
    await page.waitForSelector("[data-cell-id='c'] .se-nb-brush select");
    const { violations } = await auditAccessibility(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("filters a downstream cell on a chart's selection (linked views), chosen by keyboard", async () => {
    const { page } = await openNotebook("/notebook");
    await page.click("[data-starter='marac-months']");
    await page.waitForFunction(() => (document.querySelector("[data-cell-id='summary']") as HTMLElement | null)?.dataset.state === "ok");
    await page.waitForSelector(".se-notebook[data-state='ready']", { state: "attached" });
    expect(await page.textContent("[data-cell-id='summary'] .se-nb-output p")).toBe("In the 12 months selected, MARAC discussed 363 cases, 109 of them repeat cases (30%). The report's total for the year is 363 cases and 109 repeat cases.");
    await page.waitForSelector("[data-cell-id='cases-chart'] .se-nb-brush select");
    const [from, to] = await page.$$("[data-cell-id='cases-chart'] .se-nb-brush select");
    await from!.focus();
    await page.keyboard.press("Home");
    await to!.selectOption({ label: "June 2012" });
    await page.waitForFunction(() => document.querySelector("[data-cell-id='summary'] .se-nb-output p")?.textContent?.includes("In the 3 months"));
    expect(await page.textContent("[data-cell-id='summary'] .se-nb-output p")).toBe("In the 3 months selected, MARAC discussed 73 cases, 26 of them repeat cases (35.6%). The report's total for the year is 363 cases and 109 repeat cases.");
    await page.context().close();
  });

  it("adds, moves, duplicates and deletes cells by keyboard alone", async () => {
    const { page } = await openNotebook(`/notebook${hashOf({ version: 1, cells: [TOTAL, { id: "t", type: "text", markdown: "Note" }] })}`);
    const order = () => page.$$eval("[data-cell-id]", (cells) => cells.map((cell) => (cell as HTMLElement).dataset.cellType));
    await page.focus("[data-cell-id='t'] [data-action='up']");
    await page.keyboard.press("Enter");
    expect(await order()).toEqual(["text", "sql"]);
    await page.focus("[data-cell-id='a'] [data-action='duplicate']");
    await page.keyboard.press("Enter");
    expect(await order()).toEqual(["text", "sql", "sql"]);
    await page.waitForFunction(() => [...document.querySelectorAll("[data-cell-type='sql']")].every((cell) => (cell as HTMLElement).dataset.state === "ok"));
    expect(JSON.parse(hashText(page)).cells.map((cell: Json) => cell.name ?? cell.type)).toEqual(["text", "total", "total_copy"]);
    await page.focus("[data-cell-id='t']");
    await page.keyboard.press("Alt+ArrowDown");
    expect(await order()).toEqual(["sql", "text", "sql"]);
    await page.focus("[data-cell-id='t'] [data-action='delete']");
    await page.keyboard.press("Enter");
    expect(await order()).toEqual(["sql", "sql"]);
    await page.focus("text=Add chart cell");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector("[data-cell-type='chart']") as HTMLElement | null)?.dataset.state === "ok");
    expect(await order()).toEqual(["sql", "sql", "chart"]);
    await page.waitForSelector("[data-cell-type='chart'] figure svg");
    await page.context().close();
  });

  it("builds a two-aggregate group-by and a two-key sort in the steps form by keyboard, showing the SQL it runs", async () => {
    const steps = [
      { op: "group", by: ["sessions"], aggregates: [{ fn: "sum", column: "cases", as: "cases" }] },
      { op: "sort", by: [{ column: "sessions", descending: true }] }
    ];
    const { page } = await openNotebook(`/notebook${hashOf({ version: 1, cells: [{ id: "s", type: "steps", name: "by_sessions", from: "marac_meetings", steps }] })}`);
    const step = "#nb-s-steps-step-0";
    const focusedLabel = () => page.evaluate(() => document.querySelector(`label[for='${document.activeElement?.id}']`)?.textContent ?? (document.activeElement as HTMLElement | null)?.textContent);
    const settled = (texts: string[]) =>
      page.waitForFunction((expected) => {
        const cell = document.querySelector("[data-cell-id='s']") as HTMLElement | null;
        const cells = [...(cell?.querySelectorAll(".se-nb-output tbody td") ?? [])].map((td) => td.textContent);
        return cell?.dataset.state === "ok" && JSON.stringify(cells) === JSON.stringify(expected);
      }, texts);
    await settled(["2", "136", "1", "227"]);

    await page.focus("text=Add an aggregate to step 1");
    await page.keyboard.press("Enter");
    expect(await focusedLabel()).toBe("Aggregate 2");
    await page.fill(`${step}-aggregate-1-of`, "repeat_cases");
    await page.press(`${step}-aggregate-1-of`, "Enter");
    await page.focus(`${step}-aggregate-1-fn`);
    await page.selectOption(`${step}-aggregate-1-fn`, "sum");
    expect(await focusedLabel()).toBe("Aggregate 2");
    await page.fill(`${step}-aggregate-1-as`, "repeats");
    await page.press(`${step}-aggregate-1-as`, "Enter");
    // Table 1: the two-session months (07&21/08/12, 04&18/12/12, 08&29/01/13) had 49 + 47 + 40 = 136 cases and
    // 11 + 16 + 13 = 40 repeats; the other nine months 227 of the 363 cases and 69 of the 109 repeats.
    await settled(["2", "136", "40", "1", "227", "69"]);
    expect(await page.textContent("[data-cell-id='s'] .se-nb-sql")).toBe(
      'WITH step_1 AS (\n  SELECT "sessions", SUM("cases") AS "cases", SUM("repeat_cases") AS "repeats" FROM "marac_meetings" GROUP BY "sessions"\n),\nstep_2 AS (\n  SELECT * FROM step_1 ORDER BY "sessions" DESC\n)\nSELECT * FROM step_2'
    );

    await page.focus("text=Add a sort key to step 2");
    await page.keyboard.press("Enter");
    expect(await focusedLabel()).toBe("Then by (sort key 2)");
    await page.fill("#nb-s-steps-step-1-key-1-column", "cases");
    await page.press("#nb-s-steps-step-1-key-1-column", "Enter");
    await page.waitForFunction(() => document.querySelector("[data-cell-id='s'] .se-nb-sql")?.textContent?.includes('ORDER BY "sessions" DESC, "cases"'));
    await settled(["2", "136", "40", "1", "227", "69"]);
    await page.focus("text=Remove sort key 2 of step 2");
    await page.keyboard.press("Enter");
    expect(await focusedLabel()).toBe("Add a sort key to step 2");
    await page.focus("text=Remove aggregate 1 of step 1");
    await page.keyboard.press("Enter");
    expect(await focusedLabel()).toBe("Add an aggregate to step 1");
    await settled(["2", "40", "1", "69"]);
    expect(JSON.parse(hashText(page)).cells[0].steps).toEqual([
      { op: "group", by: ["sessions"], aggregates: [{ fn: "sum", column: "repeat_cases", as: "repeats" }] },
      { op: "sort", by: [{ column: "sessions", descending: true }] }
    ]);
    const { violations } = await auditAccessibility(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("opens a figure's query as cells: the MARAC agency chart with IDVA chosen gives the report's IDVA column", async () => {
    const href = notebookHrefForQuery({ title: "MARAC referrals by month: IDVA", sql: inlineParams(referralsByMonth.rows.query.positionalSql, ["IDVA"]), chart: { mark: "bar", x: "month", y: "referrals" } });
    const { page } = await openNotebook(`/${href.slice(2)}`);
    expect(await states(page)).toEqual(["title:ok", "figure:ok", "chart:ok"]);
    const rows = await page.$$eval("[data-cell-id='figure'] .se-nb-output tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    // Table 1's IDVA column, April 2012 to March 2013 (the TOTAL row: 88).
    expect(rows.map((row) => Number(row[2]))).toEqual([6, 4, 10, 5, 7, 3, 5, 9, 15, 9, 8, 7]);
    expect(rows.every((row) => row[0] === "IDVA")).toBe(true);
    await page.waitForSelector("[data-cell-id='chart'] figure svg");
    await page.context().close();
  });

  it("opens from /domestic-abuse's agency chart with Probation chosen: the figure's SQL and chart as cells, its table twin's numbers", async () => {
    const visit = await visitPage(browser, inject("origin"), "/domestic-abuse?agency=Probation", { timeoutMs: 120_000 });
    const { page } = visit;
    const figure = page.locator("#marac-referrals-by-month");
    await page.waitForFunction(() => document.querySelector("#marac-referrals-by-month")?.getAttribute("data-state") === "ready");
    const twin = await figure.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent)));
    const link = figure.getByRole("link", { name: /^Open in notebook: / });
    await link.focus();
    await page.waitForFunction(() => (document.querySelector("#marac-referrals-by-month .se-figure__notebook") as HTMLAnchorElement).href.includes("#notebook="));
    await Promise.all([page.waitForURL(/\/notebook#notebook=/), link.click()]);
    await page.waitForFunction(() => document.querySelector("[data-cell-id='chart'] figure svg") !== null, undefined, { timeout: 120_000 });
    expect(await states(page)).toEqual(["title:ok", "figure:ok", "chart:ok"]);
    const rows = await page.$$eval("[data-cell-id='figure'] .se-nb-output tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    // Table 1's Probation column, as the figure's table twin shows it: month by month, the same referrals.
    expect(rows.every((row) => row[0] === "Probation")).toBe(true);
    expect(rows.map((row) => Number(row[2]))).toEqual(twin.map((row) => Number(row[1])));
    expect(rows.map((row) => Number(row[2])).reduce((sum, value) => sum + value, 0)).toBe(twin.reduce((sum, row) => sum + Number(row[1]), 0));
    await page.context().close();
  });

  it("cancels a long query, keeps the error in its cell, and the page stays responsive", async () => {
    const notebook = { version: 1, cells: [{ id: "slow", type: "sql", name: "slow", sql: "SELECT SUM(a.range * b.range) AS total FROM range(200000) a, range(200000) b" }, { id: "after", type: "sql", name: "after", sql: "SELECT * FROM slow" }] };
    const { page } = await openNotebook("/notebook");
    await page.goto(`${inject("origin")}/notebook${hashOf(notebook)}`);
    await page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready" && (document.querySelector("[data-cell-id='slow']") as HTMLElement | null)?.dataset.state === "running");
    await page.waitForTimeout(500);
    await page.click("[data-cell-id='slow'] [data-action='cancel']");
    await page.waitForFunction(() => (document.querySelector("[data-cell-id='after']") as HTMLElement | null)?.dataset.state === "waiting", undefined, { timeout: 30_000 });
    expect(await page.textContent("[data-cell-id='slow'] .se-nb-error")).toMatch(/^The query was (cancelled|stopped: DuckDB did not stop it by itself, so it was restarted with the published tables loaded again)\.$/);
    expect(await page.textContent("[data-cell-id='after'] .se-nb-waiting")).toBe("Waiting for cell 1 (SQL “slow”), which has an error.");
    await page.context().close();
  });
});
