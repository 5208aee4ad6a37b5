import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryBuiltData } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";
import { DIST } from "../../scripts/site-pages.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the SQL explorer", () => {
  it("runs the query in the link's hash with no typing and shows the MARAC total, 363", async () => {
    const { page } = await visitPage(browser, inject("origin"), `/explorer#sql=${encodeURIComponent("SELECT SUM(cases) AS total FROM marac_meetings")}`);
    expect(await page.$$eval(".se-workbench__results tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual(["363"]);
    expect(await page.textContent(".se-workbench__status")).toMatch(/^1 row in \d[\d,]* ms\.$/);
    await page.context().close();
  });

  it("shows DuckDB's error for a malformed query, and the next good query still runs", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/explorer");
    await page.fill("#se-sql", "SELECT * FROM marac_meetings WHERE");
    await page.press("#se-sql", "Control+Enter");
    await page.waitForSelector(".se-workbench__results[data-state='error']", { state: "attached" });
    expect(await page.textContent(".se-workbench__error")).toContain("Parser Error");
    await page.fill("#se-sql", "SELECT COUNT(*) AS meetings FROM marac_meetings");
    await page.click("text=Run query");
    await page.waitForSelector(".se-workbench__results[data-state='ready']");
    expect(await page.isHidden(".se-workbench__error")).toBe(true);
    expect(await page.$$eval(".se-workbench__results tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual(["12"]);
    expect(new URL(page.url()).hash).toBe(`#sql=${encodeURIComponent("SELECT COUNT(*) AS meetings FROM marac_meetings")}`);
    await page.context().close();
  });

  it("sorts a result by a column header button and says so with aria-sort", async () => {
    const { page } = await visitPage(browser, inject("origin"), `/explorer#sql=${encodeURIComponent("SELECT meeting_label, cases FROM marac_meetings")}`);
    await page.click(".se-workbench__results th:nth-child(2) button");
    await page.click(".se-workbench__results th:nth-child(2) button");
    expect(await page.getAttribute(".se-workbench__results th:nth-child(2)", "aria-sort")).toBe("descending");
    const first = await page.$$eval(".se-workbench__results tbody tr:first-child td", (cells) => cells.map((cell) => cell.textContent));
    expect(first).toEqual(["07&21/08/12", "49"]);
    await page.context().close();
  });

  it("exports the result as CSV with the same numbers", async () => {
    const { page } = await visitPage(browser, inject("origin"), `/explorer#sql=${encodeURIComponent("SELECT agency, SUM(referrals) AS referrals FROM marac_referrals GROUP BY agency ORDER BY referrals DESC")}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export CSV")]);
    const csv = readFileSync((await download.path())!, "utf-8");
    expect(csv.split("\r\n").slice(0, 3)).toEqual(["agency,referrals", "Police,193", "IDVA,88"]);
    await page.context().close();
  });
});

describe("Open in explorer", () => {
  it("opens a dashboard figure's own SQL, with its current filter values, and shows the same numbers", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    const href = await page.getAttribute("#marac-cases-by-month .se-figure__explore", "href");
    expect(href).toMatch(/^\.\/explorer#sql=/);
    const twinCases = await page.$$eval("#marac-cases-by-month table tbody tr", (rows) => rows.map((row) => row.children[2]!.textContent));
    await page.context().close();
    const explorer = await visitPage(browser, inject("origin"), `/${href!.slice(2)}`);
    const columns = await explorer.page.$$eval(".se-workbench__results th button", (buttons) => buttons.map((button) => button.textContent));
    const casesIndex = columns.indexOf("cases");
    const explorerCases = await explorer.page.$$eval(".se-workbench__results tbody tr", (rows, index) => rows.map((row) => row.children[index]!.textContent), casesIndex);
    expect(explorerCases).toEqual(twinCases);
    await explorer.page.context().close();
  });
});

describe("the data catalog", () => {
  it("lists every table of dataset_catalog with its row count", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/catalog");
    const expected = await queryBuiltData("SELECT table_name, row_count FROM dataset_catalog ORDER BY table_name");
    const shown = await page.$$eval(".se-catalog-entry", (entries) => entries.map((entry) => ({ id: entry.id, facts: entry.querySelector(".se-catalog-entry__facts")!.textContent! })));
    expect(shown.map((entry) => entry.id).sort()).toEqual(expected.map((row) => row.table_name));
    for (const row of expected) {
      expect(shown.find((entry) => entry.id === row.table_name)!.facts).toContain(`${Number(row.row_count).toLocaleString("en-GB")} rows`);
    }
    await page.context().close();
  });

  it("offers downloads byte-identical to the built Parquet files, and CSV files with the same rows", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/catalog");
    const links = await page.$$eval("#marac_meetings .se-catalog-entry__downloads a", (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute("href")!));
    const [parquetHref, csvHref] = links as [string, string];
    const served = Buffer.from(await (await fetch(new URL(parquetHref, inject("origin") + "/catalog"))).arrayBuffer());
    expect(served.equals(readFileSync(join(DIST, new URL(parquetHref, "http://x/").pathname)))).toBe(true);
    const csv = await (await fetch(new URL(csvHref, inject("origin") + "/catalog"))).text();
    const lines = csv.trim().split("\r\n");
    const rows = await queryBuiltData("SELECT meeting_label, cases FROM marac_meetings ORDER BY source_line");
    expect(lines.length).toBe(rows.length + 1);
    // The month's period columns (issue 13) follow the month.
    expect(lines[0]).toBe("meeting_label,meeting_dates,first_date,month,period_start,period_end,period_kind,sessions,cases,repeat_cases,children,source_line");
    expect(lines.slice(1).map((line) => line.split(",")[8])).toEqual(rows.map((row) => String(row.cases)));
    await page.context().close();
  });
});

describe("the data quality page", () => {
  it("shows every data_quality finding, grouped by table", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/quality");
    const expected = await queryBuiltData("SELECT table_name, check_id, source_line FROM data_quality");
    const cards = await page.$$eval(".se-finding", (nodes) => nodes.map((node) => ({ table: node.closest("section")!.id.replace(/^table-/, ""), check: (node as HTMLElement).dataset.checkId })));
    expect(cards.length).toBe(expected.length);
    const key = (table: unknown, check: unknown) => `${table}/${check}`;
    expect(cards.map((card) => key(card.table, card.check)).sort()).toEqual(expected.map((row) => key(row.table_name, row.check_id)).sort());
    await page.context().close();
  });
});
