import type { Browser, BrowserContext, Page } from "playwright-core";

/** What a page did while loading: its status, errors, failed and off-origin requests, and final ready state. */
export interface PageVisit {
  page: Page;
  status: number | null;
  consoleErrors: string[];
  failedRequests: string[];
  offOriginRequests: string[];
  requestCount: number;
  ready: string | null;
}

/** How to visit a page: how long to wait for the ready marker, and what to set up (routes, init scripts) before loading it. */
export interface VisitOptions {
  timeoutMs?: number;
  prepare?: (context: BrowserContext, page: Page) => Promise<void>;
}

/** Opens `path` in a fresh browser context, records everything it requests, and waits for the ready marker. */
export async function visitPage(browser: Browser, origin: string, path: string, { timeoutMs = 60_000, prepare }: VisitOptions = {}): Promise<PageVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await prepare?.(context, page);
  const visit: PageVisit = { page, status: null, consoleErrors: [], failedRequests: [], offOriginRequests: [], requestCount: 0, ready: null };
  page.on("console", (message) => {
    if (message.type() === "error") visit.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => visit.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    visit.requestCount++;
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) visit.offOriginRequests.push(request.url());
  });
  page.on("requestfailed", (request) => visit.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  const response = await page.goto(origin + path, { waitUntil: "load" });
  visit.status = response?.status() ?? null;
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: timeoutMs });
  visit.ready = await page.evaluate(() => document.documentElement.dataset.ready ?? null);
  return visit;
}
