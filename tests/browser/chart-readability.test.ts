// Charts a phone can read (issue 15): chart text at 12 px or more at 390 px wide, and counts on whole-number ticks.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryBuiltData } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";

const CHART_PAGES = ["/", "/early-help", "/domestic-abuse", "/childrens-social-care", "/young-people", "/child-deaths", "/allegations-and-prevention", "/workforce-and-budget", "/board"];
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(CHART_PAGES)("%s at 390 px wide", (path) => {
  it("draws every chart's text at 12 px or more", async () => {
    const { page } = await visitPage(browser, inject("origin"), path, { prepare: (_context, page) => page.setViewportSize(PHONE) });
    const sizes = await page.$$eval(".se-figure__chart svg text", (texts) => texts.map((text) => ({ text: text.textContent ?? "", size: parseFloat(getComputedStyle(text).fontSize) })));
    if (path !== "/") expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((entry) => entry.size < 12)).toEqual([]);
    await page.context().close();
  });
});

describe("count axes", () => {
  it("tick MARAC referrals per month on whole numbers for an agency with a few referrals a month", async () => {
    const [few] = await queryBuiltData(`SELECT agency FROM marac_referrals GROUP BY agency, month HAVING SUM(referrals) > 0 QUALIFY MAX(SUM(referrals)) OVER (PARTITION BY agency) <= 3 ORDER BY agency LIMIT 1`);
    const agency = String(few!.agency);
    const { page } = await visitPage(browser, inject("origin"), `/domestic-abuse?agency=${encodeURIComponent(agency)}`, { prepare: (_context, page) => page.setViewportSize(PHONE) });
    await page.waitForFunction(() => document.querySelector("#marac-referrals-by-month")?.getAttribute("data-state") === "ready");
    const ticks = await page.$$eval("#marac-referrals-by-month svg g[aria-label='y-axis tick label'] text", (texts) => texts.map((text) => text.textContent ?? ""));
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    await page.context().close();
  });

  it("ticks the board's attendance by member on whole meetings", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/board", { prepare: (_context, page) => page.setViewportSize(PHONE) });
    const ticks = await page.$$eval("#attendance-by-member svg g[aria-label='x-axis tick label'] text", (texts) => texts.map((text) => text.textContent ?? ""));
    expect(ticks[0]).toBe("0");
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    await page.context().close();
  });
});
