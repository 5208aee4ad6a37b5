import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryBuiltData } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { auditAccessibility } from "./axe.js";
import { visitPage } from "./page-session.js";

/** Waits until the report's line notice says something, and returns its role, its text and its link. */
async function lineNotice(page: Page): Promise<{ role: string | null; text: string; link: string | null }> {
  const notice = await page.waitForFunction(() => [...document.querySelectorAll(".se-report-notice")].find((node) => node.textContent !== ""));
  return notice.evaluate((node) => ({ role: node!.getAttribute("role"), text: node!.textContent!, link: node!.querySelector("a")?.getAttribute("href") ?? null }));
}

/** Waits until the live line notice is on the page (filled or not, a frame after it is) and every line notice is empty. */
async function lineNoticeCleared(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("observablehq-loading[data-prerendered] .se-report-notice") && document.querySelector(".se-report-notice"));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(() => [...document.querySelectorAll(".se-report-notice")].every((node) => node.textContent === ""));
}

/** Waits until the report line's element is scrolled into the window, whole. */
async function lineInView(page: Page, line: number): Promise<void> {
  await page.waitForFunction((id) => {
    const box = document.getElementById(id)?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
  }, `L${line}`);
}

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

  // The report text (data-loaders/sources/luton-lscb-annual-report-2012-13.txt) has 1,251 lines, the last with text:
  // 1,250 line breaks and no final one. Lines 1 and 2 are blank, so its start is line 3.
  it("says report line 99999 does not exist, how many lines the report has, and links to its start", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report#L99999");
    expect(await lineNotice(page)).toEqual({ role: "status", text: "Report line 99999 does not exist: the report has 1,251 lines. Go to the start of the report.", link: "#L3" });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect((await auditAccessibility(page)).violations).toEqual([]);
    await page.click(".se-report-notice a");
    await lineNoticeCleared(page);
    await lineInView(page, 3);
    await page.context().close();
  });

  it("says line 0 and line -1 do not exist, lines being numbered from 1", async () => {
    for (const line of ["0", "-1"]) {
      const { page } = await visitPage(browser, inject("origin"), `/report#L${line}`);
      expect((await lineNotice(page)).text).toBe(`Report line ${line} does not exist: the report has 1,251 lines, numbered from 1. Go to the start of the report.`);
      await page.context().close();
    }
  });

  it("says an #L address that is not a number is not a report line, repeating it as text, never as markup", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report#Lfoo");
    expect((await lineNotice(page)).text).toBe("“#Lfoo” is not a report line: the report has 1,251 lines, addressed #L1 to #L1251. Go to the start of the report.");
    await page.evaluate(() => (location.hash = "#L%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D1%22%3E"));
    await page.waitForFunction(() => document.body.textContent!.includes("“#L<img"));
    expect((await lineNotice(page)).text).toBe('“#L<img src=x onerror="document.title=1">” is not a report line: the report has 1,251 lines, addressed #L1 to #L1251. Go to the start of the report.');
    expect(await page.$$eval(".se-report-notice img", (nodes) => nodes.length)).toBe(0);
    await page.context().close();
  });

  it("shows the next line with text for a blank line, and says so", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report#L433");
    expect(await lineNotice(page)).toEqual({ role: "status", text: "Report line 433 is blank: showing line 434, the next line with text.", link: null });
    await lineInView(page, 434);
    await page.context().close();
  });

  it("follows a change of address while on the page: a line that does not exist, then one that does", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report");
    await lineNoticeCleared(page);
    await page.evaluate(() => (location.hash = "#L1252"));
    expect((await lineNotice(page)).text).toBe("Report line 1252 does not exist: the report has 1,251 lines. Go to the start of the report.");
    await page.evaluate(() => (location.hash = "#L1251"));
    await lineNoticeCleared(page);
    await lineInView(page, 1251);
    await page.context().close();
  });

  it("leaves another anchor of the page alone", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/report#sections");
    await lineNoticeCleared(page);
    await page.context().close();
  });
});
