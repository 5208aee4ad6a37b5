import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { findQuery } from "../../src/figures/queries.js";
import { PAGE_URL_PARAMS } from "../../src/figures/pages.js";
import type { UrlParamDeclaration } from "../../src/lib/url-params.js";
import { queryBuiltData } from "./built-data.js";
import { urlParams } from "./figure-waits.js";
import { mainSnapshot } from "./page-figures.js";
import { revisitPage, visitPage, type PageVisit } from "./page-session.js";
import { HOSTILE_VALUES } from "../hostile-values.js";

// A property of every page with a filter: whatever a link puts in a declared parameter, a value the page does not offer
// shows exactly the page's default view, and leaves the address without it.

// Save-Data keeps DuckDB from starting in the background (src/lib/database-warm-up.ts): the default view needs none, so
// <html data-duckdb> stays unset unless some query went to DuckDB, which only a value other than the default makes.
const saveData = (context: BrowserContext) =>
  context.addInitScript(() => Object.defineProperty(Navigator.prototype, "connection", { configurable: true, get: () => ({ saveData: true }) }));

/** Returns a valid value other than the default: from the fixed list, or the first row of the domain query over the built data. */
async function otherChoice({ domain, default: fallback }: UrlParamDeclaration): Promise<string> {
  const values = "query" in domain ? (await queryBuiltData(findQuery(domain.query).positionalSql)).map((row) => String(row[domain.column])) : domain;
  return values.find((value) => value !== fallback)!;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(PAGE_URL_PARAMS))("/%s with a parameter it does not offer", (page, declared) => {
  const params: [string, UrlParamDeclaration][] = Object.entries(declared);
  let visit: PageVisit;
  let defaultView: string[];

  // One tab per page, loaded again for each case: the browser's cache keeps the site's files between them.
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), `/${page}`, { prepare: saveData });
    expect(visit.ready).toBe("true");
    defaultView = await mainSnapshot(visit.page);
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  const cases = [
    ...params.flatMap(([name]) => HOSTILE_VALUES.map(([kind, value]) => ({ label: `${name}: ${kind}`, search: [[name, value]] }))),
    { label: "names the page does not declare", search: [["__proto__", "NOPE"], ["constructor", "x"], [`${params[0]![0]}x`, "NOPE"]] }
  ];

  it.each(cases)("$label: shows the default view, and the address loses the parameter", async ({ search }) => {
    await revisitPage(visit, inject("origin"), `/${page}?${new URLSearchParams(search)}`);
    expect(visit.ready).toBe("true");
    expect(urlParams(visit.page)).toEqual({});
    await expect.poll(() => mainSnapshot(visit.page), { timeout: 10_000 }).toEqual(defaultView);
    expect(await visit.page.evaluate(() => document.documentElement.dataset.duckdb ?? null), "no query went to DuckDB").toBeNull();
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.dialogs).toEqual([]);
  });

  it.each(params)("%s: a value it offers shows another view, and stays in the address", async (name, declaration) => {
    const value = await otherChoice(declaration);
    await revisitPage(visit, inject("origin"), `/${page}?${new URLSearchParams([[name, value]])}`);
    expect(visit.ready).toBe("true");
    expect(urlParams(visit.page)).toEqual({ [name]: value });
    expect(await mainSnapshot(visit.page)).not.toEqual(defaultView);
    expect(visit.consoleErrors).toEqual([]);
  });
});
