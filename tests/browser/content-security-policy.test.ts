import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { parquetReadObjects } from "hyparquet";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { readCspViolations, visitPage } from "./page-session.js";

// Two results: the report's MARAC total, and two of Table 1's rows with a date, a NULL and text that needs quoting.
const EXPORTED = {
  version: 1,
  cells: [
    { id: "a", type: "sql", name: "total", sql: "SELECT SUM(cases) AS total FROM marac_meetings" },
    { id: "b", type: "sql", name: "first", sql: `SELECT meeting_label, month, cases, NULL::INTEGER AS not_given, 'said "yes", twice' AS note FROM marac_meetings ORDER BY month LIMIT 2` }
  ]
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the Content-Security-Policy", () => {
  it("blocks an inline script the build did not hash, and the suite hears the violation", async () => {
    const { page, cspViolations } = await visitPage(browser, inject("origin"), "/glossary");
    expect(cspViolations).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true;";
      document.body.append(script);
    });
    await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
    expect(await page.evaluate(() => "injected" in window)).toBe(false);
    expect((await readCspViolations(page))[0]).toMatch(/^script-src-elem blocked inline/);
    await page.context().close();
  });

  it("lets the explorer run a query in DuckDB-WASM and export CSV with no violation", async () => {
    const { page, cspViolations } = await visitPage(browser, inject("origin"), `/explorer?sql=${encodeURIComponent("SELECT SUM(cases) AS total FROM marac_meetings")}`);
    expect(cspViolations).toEqual([]);
    expect(await page.$$eval(".se-workbench__results tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual(["363"]);
    await page.fill("#se-sql", "SELECT COUNT(*) AS meetings FROM marac_meetings");
    await page.click("text=Run query");
    await page.waitForFunction(() => document.querySelector(".se-workbench__results tbody td")?.textContent === "12");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export CSV")]);
    expect(readFileSync((await download.path())!, "utf-8").split("\r\n").slice(0, 2)).toEqual(["meetings", "12"]);
    expect(await readCspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lets a filter change redraw the MARAC charts and a figure export its CSV with no violation", async () => {
    const { page, cspViolations } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    expect(cspViolations).toEqual([]);
    await page.selectOption("select", "Probation");
    await page.waitForFunction(() => document.querySelector("#marac-referrals-by-month-summary")?.textContent?.startsWith("Probation referred"));
    // A figure's CSV is written on the click by d3-dsv, as the published files are. Table 1: 03/04/2012, one meeting,
    // 23 cases, 7 repeat, 31 children; 07&21/08/12, two meetings, 49, 11, 76.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#marac-cases-by-month >> text=Download CSV")]);
    expect(download.suggestedFilename()).toBe("marac-cases-by-month.csv");
    const lines = readFileSync((await download.path())!, "utf-8").split("\r\n");
    expect([lines[0], lines[1], lines[5], lines.length]).toEqual(["month,sessions,cases,repeat_cases,children", "2012-04-01,1,23,7,31", "2012-08-01,2,49,11,76", 14]);
    expect(await readCspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("lets the notebook export results as CSV (d3-dsv), JSON and Markdown (Arquero) and Parquet with no violation, loading each writer on the click", async () => {
    const hash = `#notebook=${deflateRawSync(Buffer.from(JSON.stringify(EXPORTED))).toString("base64url")}`;
    const modules: string[] = [];
    const prepare = async (_: unknown, opened: Page) => void opened.on("request", (request) => modules.push(new URL(request.url()).pathname));
    const { page, cspViolations } = await visitPage(browser, inject("origin"), `/notebook${hash}`, { timeoutMs: 120_000, prepare });
    await page.waitForSelector(".se-notebook[data-state='ready']", { state: "attached" });
    expect(cspViolations).toEqual([]);
    expect(await page.$$eval("[data-cell-id='a'] .se-nb-output tbody td", (cells) => cells.map((cell) => cell.textContent))).toEqual(["363"]);
    const exported = async (name: string, format: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`text=Export “${name}” as ${format}`)]);
      return readFileSync((await download.path())!);
    };
    expect(modules.filter((path) => /arquero|d3-dsv|hyparquet-writer/.test(path))).toEqual([]);

    expect((await exported("total", "CSV")).toString("utf-8")).toBe("total\r\n363\r\n");
    expect((await exported("total", "JSON")).toString("utf-8")).toBe('[{"total":363}]\n');
    expect((await exported("total", "Markdown")).toString("utf-8")).toBe("|total|\n|-:|\n|363|\n");
    const parquet = await exported("total", "Parquet");
    expect(await parquetReadObjects({ file: parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) })).toEqual([{ total: 363 }]);

    // Table 1: 03/04/2012 had 23 cases, 01/05/2012 had 20.
    expect((await exported("first", "CSV")).toString("utf-8")).toBe(
      'meeting_label,month,cases,not_given,note\r\n03/04/2012,2012-04-01,23,,"said ""yes"", twice"\r\n01/05/2012,2012-05-01,20,,"said ""yes"", twice"\r\n'
    );
    expect(JSON.parse((await exported("first", "JSON")).toString("utf-8"))).toEqual([
      { meeting_label: "03/04/2012", month: "2012-04-01", cases: 23, not_given: null, note: 'said "yes", twice' },
      { meeting_label: "01/05/2012", month: "2012-05-01", cases: 20, not_given: null, note: 'said "yes", twice' }
    ]);
    expect((await exported("first", "Markdown")).toString("utf-8")).toBe(
      ["|meeting_label|month|cases|not_given|note|", "|:-|:-|-:|-:|:-|", '|03/04/2012|2012-04-01|23||said "yes", twice|', '|01/05/2012|2012-05-01|20||said "yes", twice|', ""].join("\n")
    );
    expect(await readCspViolations(page)).toEqual([]);
    expect(await page.$$eval(".se-nb-export-problem", (nodes) => nodes.map((node) => node.textContent).filter(Boolean))).toEqual([]);

    // The recorder would hear Arquero compile code: its verbs (derive here) call Function, which this CSP refuses.
    const arquero = modules.find((path) => path.includes("/arquero@"))!;
    expect(arquero).toBeDefined();
    // Given as text: vitest would rewrite an import() written in a function.
    const verb = await page.evaluate(`import(${JSON.stringify(arquero)}).then((aq) => {
      try {
        aq.table({ cases: [23, 20] }).derive({ doubled: "d => d.cases * 2" });
        return "ran";
      } catch (error) {
        return String(error);
      }
    })`);
    expect(verb).toMatch(/^EvalError/);
    expect((await readCspViolations(page)).some((line) => line.startsWith("script-src blocked eval"))).toBe(true);
    await page.context().close();
  });
});
