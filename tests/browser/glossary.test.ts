import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readGlossary } from "../../scripts/glossary-links.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage, type PageVisit } from "./page-session.js";

const GLOSSARY = readGlossary();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the glossary page", () => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/glossary");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("lists every term, in order, each with its #term-<id> anchor and its definition", async () => {
    const listed = await visit.page.$$eval("main dl dt", (terms) =>
      terms.map((term) => ({ id: term.id, term: term.textContent, definition: term.nextElementSibling?.tagName === "DD" ? term.nextElementSibling.textContent : null }))
    );
    expect(listed).toEqual(GLOSSARY.map((entry) => ({ id: `term-${entry.id}`, term: entry.term, definition: entry.definition })));
  });

  it("links no term to itself", async () => {
    expect(await visit.page.$$eval("main a.se-term", (links) => links.length)).toBe(0);
  });
});

describe("term links on the MARAC page", () => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/domestic-abuse");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("links the first MARAC of the introduction to its glossary entry, with the definition as the abbreviation's title", async () => {
    const firstMarac = await visit.page.$eval("main > p", (paragraph) => {
      const link = paragraph.querySelector("a.se-term");
      return { text: link?.textContent, href: link?.getAttribute("href"), title: link?.querySelector("abbr")?.getAttribute("title") };
    });
    expect(firstMarac).toEqual({ text: "MARAC", href: "./glossary#term-marac", title: GLOSSARY.find((entry) => entry.id === "marac")!.definition });
  });

  it("links MARAC once only and leaves the heading alone", async () => {
    const maracLinks = await visit.page.$$eval('main a[href$="#term-marac"]', (links) => links.length);
    const headingLinks = await visit.page.$$eval("main :is(h1, h2, h3, h4, h5, h6) a.se-term", (links) => links.length);
    expect({ maracLinks, headingLinks }).toEqual({ maracLinks: 1, headingLinks: 0 });
  });

  it("leads to an anchor that exists on the glossary page, and the glossary scrolls to it", async () => {
    await visit.page.click("main a.se-term[href$='#term-marac']");
    await visit.page.waitForURL(/\/glossary#term-marac$/);
    await visit.page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    await visit.page.waitForFunction(() => {
      const box = document.getElementById("term-marac")?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await visit.page.textContent("#term-marac")).toBe("MARAC");
  });
});
