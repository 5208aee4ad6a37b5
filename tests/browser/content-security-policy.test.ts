import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { readCspViolations, visitPage } from "./page-session.js";

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

  it("lets a filter change redraw the MARAC charts with no violation", async () => {
    const { page, cspViolations } = await visitPage(browser, inject("origin"), "/domestic-abuse");
    expect(cspViolations).toEqual([]);
    await page.selectOption("select", "Probation");
    await page.waitForFunction(() => document.querySelector("#marac-referrals-by-month-summary")?.textContent?.startsWith("Probation referred"));
    expect(await readCspViolations(page)).toEqual([]);
    await page.context().close();
  });
});
