import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryBuiltData } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the report reader", () => {
  it("finds the CDOP paragraph when searching for Dallow, from the URL", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report?q=Dallow");
    await page.waitForSelector(".se-report-search li");
    const hits = await page.$$eval(".se-report-search li a", (links) => links.map((link) => [link.textContent, link.getAttribute("href")]));
    expect(hits).toEqual([["Line 656 (The Child Death Overview Panel (CDOP))", "#L656"]]);
    expect(await page.textContent(".se-report-search mark")).toBe("Dallow");
    await page.context().close();
  });

  it("writes a typed search into the URL and leaves it out when empty", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report");
    await page.fill("input[type=search]", "MARAC");
    await page.press("input[type=search]", "Enter");
    await page.waitForSelector(".se-report-search li");
    expect(new URL(page.url()).searchParams.get("q")).toBe("MARAC");
    const expected = await queryBuiltData("SELECT COUNT(*) AS n FROM report_paragraphs WHERE contains(lower(text), 'marac')");
    expect(await page.$$eval(".se-report-search li", (items) => items.length)).toBe(Number(expected[0]!.n));
    await page.context().close();
  });

  it("gives every report line an anchor and lands on #L434 with its text", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report#L434");
    const count = await page.$$eval("[id^='L']", (nodes) => nodes.filter((node) => /^L\d+$/.test(node.id)).length);
    const lines = await queryBuiltData("SELECT COUNT(*) AS n FROM report_paragraphs");
    expect(count).toBe(Number(lines[0]!.n));
    expect(await page.textContent("#L434")).toContain("There were a total of 363 referrals in 12/13 compared to 244 referrals in 2011/12");
    await page.context().close();
  });

  it("marks the figures extracted from a paragraph and links them to their rows in the explorer", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report");
    const marks = await page.$$eval("#L434 mark", (nodes) => nodes.map((node) => node.textContent));
    expect(marks.join(" ")).toContain("363 referrals in 12/13 compared to 244 referrals in 2011/12");
    const href = await page.getAttribute("#L434 .se-report__figures", "href");
    expect(decodeURIComponent(href!)).toContain("WHERE source_line = 434");
    await page.context().close();
  });

  it("shows the report's tables as tables, row by row", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report");
    const cells = await page.$$eval("#L455 td", (nodes) => nodes.map((node) => node.textContent));
    expect(cells.slice(0, 4)).toEqual(["TOTAL", "363", "109", "525"]);
    await page.context().close();
  });
});
