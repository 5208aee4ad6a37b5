import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditAccessibility } from "./axe.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage, type PageVisit } from "./page-session.js";
import { builtPagePaths } from "../../scripts/site-pages.js";

const PAGES = builtPagePaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("finds the pages of the build (at least the overview and the MARAC page)", () => {
  expect(PAGES).toEqual(expect.arrayContaining(["/", "/domestic-abuse"]));
});

describe.each(PAGES)("page %s", (path) => {
  let visit: PageVisit;

  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), path);
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("answers HTTP 200", () => {
    expect(visit.status).toBe(200);
  });

  it("reaches the ready marker with every chart drawn", async () => {
    expect(visit.ready).toBe("true");
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => (figure as HTMLElement).dataset.state));
    expect(states.every((state) => state === "ready")).toBe(true);
  });

  it("logs no console error and has no failed request", () => {
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.failedRequests).toEqual([]);
  });

  it("reports no Content-Security-Policy violation, in the page or its workers", () => {
    expect(visit.cspViolations).toEqual([]);
  });

  it("carries a Content-Security-Policy with no unsafe-eval and no unsafe-inline script, in a <meta> and a header", async () => {
    const meta = await visit.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null);
    const header = (await fetch(inject("origin") + path)).headers.get("content-security-policy");
    for (const policy of [meta, header]) {
      const scriptSrc = policy?.split(/;\s*/).find((directive) => directive.startsWith("script-src "));
      expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
      expect(policy).toContain("default-src 'self'");
    }
    expect(header).toContain("frame-ancestors 'none'");
  });

  it("makes zero requests off its own origin", () => {
    expect(visit.requestCount).toBeGreaterThan(0);
    expect(visit.offOriginRequests).toEqual([]);
  });

  it("declares lang en-GB, allows zoom and starts with a skip link", async () => {
    const facts = await visit.page.evaluate(() => ({
      lang: document.documentElement.lang,
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute("content"),
      firstLink: document.body.querySelector("a")?.textContent,
      skipTarget: document.querySelector(document.body.querySelector("a")?.getAttribute("href") ?? "#none") !== null
    }));
    expect(facts.lang).toBe("en-GB");
    expect(facts.viewport).not.toMatch(/maximum-scale|user-scalable\s*=\s*no/);
    expect(facts.firstLink).toBe("Skip to content");
    expect(facts.skipTarget).toBe(true);
  });

  it("has no serious or critical axe violation against WCAG 2.2 AA", async () => {
    const { rulesRun, violations } = await auditAccessibility(visit.page);
    expect(rulesRun).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
