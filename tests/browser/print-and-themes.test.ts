import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditAccessibility } from "./axe.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";
import { builtPagePaths } from "../../scripts/site-pages.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(builtPagePaths())("page %s", (path) => {
  it("prints without the sidebar and controls, keeping each title with what follows it and each chart whole", async () => {
    const { page } = await visitPage(browser, inject("origin"), path);
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      ["#observablehq-sidebar", ".se-figure__actions button", "form", "select", "input"]
        .flatMap((selector) => Array.from(document.querySelectorAll(selector)))
        .filter((element) => getComputedStyle(element).display !== "none").length
    );
    expect(hidden).toBe(0);
    // A figure with its table is often taller than a page, so the figure may break, but not after its title nor inside its chart.
    const titled = await page.$$eval("[data-figure]", (figures) =>
      figures.every((figure) => {
        const title = figure.querySelector(".se-figure__title");
        const chart = figure.querySelector(".se-figure__chart");
        return title !== null && getComputedStyle(title).breakAfter === "avoid" && chart !== null && getComputedStyle(chart).breakInside === "avoid";
      })
    );
    expect(titled).toBe(true);
    await page.context().close();
  });

  it("passes axe's WCAG 2.2 AA rules, colour contrast included, in the dark theme", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(inject("origin") + path);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    const { rulesRun, violations } = await auditAccessibility(page);
    expect(rulesRun).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("fits a 320 px wide screen without horizontal scrolling of the page", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(inject("origin") + path);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
