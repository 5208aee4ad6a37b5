import type { Browser, BrowserContext, Page, Worker } from "playwright-core";

/** What a page did while loading: its status, errors, failed and off-origin requests, CSP violations and final ready state. */
export interface PageVisit {
  page: Page;
  status: number | null;
  consoleErrors: string[];
  failedRequests: string[];
  offOriginRequests: string[];
  requestCount: number;
  /** Content-Security-Policy violations reported while the page loaded, in the page or in its workers. */
  cspViolations: string[];
  /** The messages of any alert, confirm or prompt the page opened (each dismissed). */
  dialogs: string[];
  ready: string | null;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Runs in the page (and each worker) before any of its scripts: keeps every `securitypolicyviolation` as one line. */
function recordCspViolations(): void {
  const scope = globalThis as typeof globalThis & { __cspViolations?: string[] };
  if (scope.__cspViolations) return;
  const violations: string[] = (scope.__cspViolations = []);
  scope.addEventListener(
    "securitypolicyviolation",
    (event) => {
      const { effectiveDirective, blockedURI, sourceFile, lineNumber, sample } = event as SecurityPolicyViolationEvent;
      violations.push(`${effectiveDirective} blocked ${blockedURI || "(no URI)"} at ${sourceFile || "(no file)"}:${lineNumber}${sample ? ` "${sample}"` : ""}`);
    },
    true
  );
}

const workerViolations = new WeakMap<Page, Worker[]>();

/** Returns every CSP violation the page and its workers have reported so far. */
export async function readCspViolations(page: Page): Promise<string[]> {
  const fromPage = await page.evaluate(() => window.__cspViolations ?? ["the CSP recorder did not run in this page"]);
  const fromWorkers = await Promise.all(
    (workerViolations.get(page) ?? []).map((worker) =>
      worker.evaluate(() => (globalThis as typeof globalThis & { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [] as string[])
    )
  );
  return [...fromPage, ...fromWorkers.flat()];
}

/** How to visit a page: how long to wait for the ready marker, and what to set up (routes, init scripts) before loading it. */
export interface VisitOptions {
  timeoutMs?: number;
  prepare?: (context: BrowserContext, page: Page) => Promise<void>;
}

/** Opens `path` in a fresh browser context, records everything it requests, and waits for the ready marker. */
export async function visitPage(browser: Browser, origin: string, path: string, { timeoutMs = 60_000, prepare }: VisitOptions = {}): Promise<PageVisit> {
  const context = await browser.newContext();
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  await prepare?.(context, page);
  const visit: PageVisit = { page, status: null, consoleErrors: [], failedRequests: [], offOriginRequests: [], requestCount: 0, cspViolations: [], dialogs: [], ready: null };
  page.on("console", (message) => {
    if (message.type() === "error") visit.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => visit.consoleErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    visit.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    visit.requestCount++;
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) visit.offOriginRequests.push(request.url());
  });
  page.on("requestfailed", (request) => visit.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  // Init scripts do not run in workers: start the recorder in each one as soon as it appears (DuckDB's worker fetches
  // and compiles its wasm only after the page's first message, well after this).
  page.on("worker", (worker) => {
    workerViolations.get(page)!.push(worker);
    void worker.evaluate(recordCspViolations).catch(() => undefined);
  });
  return revisitPage(visit, origin, path, { timeoutMs });
}

/** Loads `path` in a visit's tab, forgetting what the visit recorded before, and waits for the ready marker: quicker than a new context, which starts with an empty cache. */
export async function revisitPage(visit: PageVisit, origin: string, path: string, { timeoutMs = 60_000 }: Pick<VisitOptions, "timeoutMs"> = {}): Promise<PageVisit> {
  const { page } = visit;
  for (const list of [visit.consoleErrors, visit.failedRequests, visit.offOriginRequests, visit.cspViolations, visit.dialogs]) list.length = 0;
  Object.assign(visit, { status: null, requestCount: 0, ready: null });
  workerViolations.set(page, []);
  const response = await page.goto(origin + path, { waitUntil: "load" });
  visit.status = response?.status() ?? null;
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: timeoutMs });
  visit.ready = await page.evaluate(() => document.documentElement.dataset.ready ?? null);
  visit.cspViolations = await readCspViolations(page);
  return visit;
}

/** Returns the built address of a local module the page preloads (`lib/queries/index` -> `/_import/lib/queries/index.<hash>.js`). */
export async function preloadedModule(page: Page, name: string): Promise<string> {
  const hrefs = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((link) => (link as HTMLLinkElement).href));
  const href = hrefs.find((candidate) => new RegExp(`/_import/${name}\\.[0-9a-f]+\\.js$`).test(candidate));
  if (!href) throw new Error(`expected the page to preload ${name}.<hash>.js, found ${hrefs.join(", ")}`);
  return href;
}
