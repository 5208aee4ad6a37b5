// Measures one cold page load in a new browser context: first chart, every chart, DuckDB ready, bytes and requests.
import { PRERENDER_VIEWPORT } from "../prerender/capture.js";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { waitUntil } from "../wait-until.js";
import { DUCKDB_READY, LOAD_OBSERVER, LOAD_TIMINGS, READY_REACHED } from "./in-page.js";
import { NetworkLedger } from "./network-ledger.js";
import { emulateSlowMobile } from "./throttling.js";

/** One cold load: times in milliseconds from navigation start (null when not reached), what it transferred, whether the ready marker timed out. */
export interface PageLoad {
  firstChartMs: number | null;
  allChartsMs: number | null;
  /** When every chart shown at the ready marker had been painted (see LOAD_OBSERVER); null on a page without one. */
  chartsPaintedMs: number | null;
  ready: string | null;
  duckdbReadyMs: number | null;
  bytes: number;
  bytesBeforeFirstChart: number | null;
  requests: number;
  timedOut: boolean;
  /** Whether the page started DuckDB's worker (so a missing duckdb-ready mark means it never became ready in time). */
  duckdbWorker: boolean;
  /** On the notebook (with NOTEBOOK_OBSERVER added): when its first SQL or steps cell showed a result; otherwise null. */
  notebookFirstResultMs: number | null;
}

/**
 * How to load: under slow mobile or not, how long to wait in all, whether to wait for DuckDB after the charts, and for
 * how long when no DuckDB worker has started (the page drawn and idle: what a reader who touches nothing transfers);
 * in a browser context of the caller's (its cache kept between loads) or, by default, a new one.
 */
export interface PageLoadOptions {
  slowMobile?: boolean;
  timeoutMs?: number;
  waitForDuckDB?: boolean;
  duckdbGraceMs?: number;
  context?: BrowserContext;
  /** Another init script to add (the notebook's, NOTEBOOK_OBSERVER). */
  initScript?: string;
  /** An expression that must also be true before the load ends (the notebook: every cell done). */
  settledWhen?: string;
}

/** A page in a new browser context (empty cache and storage) at the prerender window size, with the load observer added. */
export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Whether the page has started DuckDB's worker (so a missing duckdb-ready mark means it is not ready yet). */
  startedDuckDB(): boolean;
}

/** Returns a browser context as every bench load uses: 1280×720 (the prerendered width), empty cache and storage. */
export function newBenchContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PRERENDER_VIEWPORT });
}

/** Opens a page as every bench load does: cold (or in `shared`, its cache kept), LOAD_OBSERVER added, DuckDB's worker watched. */
export async function openBenchPage(browser: Browser, shared?: BrowserContext, initScript?: string): Promise<BenchPage> {
  const context = shared ?? (await newBenchContext(browser));
  const page = await context.newPage();
  await page.addInitScript(LOAD_OBSERVER);
  if (initScript) await page.addInitScript(initScript);
  let duckdbWorker = false;
  page.on("worker", (worker) => (duckdbWorker ||= /duckdb/i.test(worker.url())));
  return { context, page, startedDuckDB: () => duckdbWorker };
}

/** Loads `url` cold (a new browser context: empty cache and storage, unless `context` is given) and returns what it measured. */
export async function measurePageLoad(browser: Browser, url: string, { slowMobile = false, timeoutMs = 60_000, waitForDuckDB = true, duckdbGraceMs = 2_000, context: shared, initScript, settledWhen }: PageLoadOptions = {}): Promise<PageLoad> {
  const { context, page, startedDuckDB } = await openBenchPage(browser, shared, initScript);
  try {
    const session = await context.newCDPSession(page);
    const ledger = await recordNetwork(session);
    if (slowMobile) await emulateSlowMobile(session);

    const deadline = Date.now() + timeoutMs;
    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    const timedOut = !(await waitUntil(() => page.evaluate(READY_REACHED), deadline));
    if (!timedOut && waitForDuckDB) {
      // The page's charts are drawn; DuckDB may still be starting (in the background, or it never starts on this page).
      const graceEnd = Date.now() + duckdbGraceMs;
      await waitUntil(async () => (await page.evaluate(DUCKDB_READY)) || (!startedDuckDB() && Date.now() > graceEnd), deadline);
    }
    if (!timedOut && settledWhen) await waitUntil(async () => Boolean(await page.evaluate(settledWhen)), deadline);
    const timings = (await page.evaluate(LOAD_TIMINGS)) as Pick<PageLoad, "firstChartMs" | "allChartsMs" | "chartsPaintedMs" | "ready" | "duckdbReadyMs" | "notebookFirstResultMs">;
    const traffic = ledger.summarize(timings.firstChartMs, await bodySizes(ledger.unreportedBodies()));
    return { ...timings, bytes: traffic.bytes, bytesBeforeFirstChart: traffic.bytesBefore, requests: traffic.requests, timedOut, duckdbWorker: startedDuckDB() };
  } finally {
    if (shared) await page.close();
    else await context.close();
  }
}

/** Starts recording the Network events of a page's session and of every worker it starts, into a new ledger. */
async function recordNetwork(session: CDPSession): Promise<NetworkLedger> {
  const ledger = new NetworkLedger();
  for (const method of ["Network.requestWillBeSent", "Network.responseReceived", "Network.loadingFinished", "Network.loadingFailed"] as const) {
    session.on(method, (params) => ledger.record("page", method, params as unknown as Record<string, unknown>));
  }
  await session.send("Network.enable");
  // Workers' requests (DuckDB's wasm) are not in the page's Network domain: attach to each worker (non-flattened
  // sessions, so this Playwright CDP session can talk to them) and enable Network there before it runs.
  let id = 0;
  session.on("Target.attachedToTarget", async ({ sessionId, targetInfo, waitingForDebugger }) => {
    if (targetInfo.type !== "worker") return;
    ledger.addWorker(sessionId, targetInfo.url, Date.now());
    const send = (method: string) => session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: ++id, method, params: {} }) }).catch(() => undefined);
    try {
      await send("Network.enable");
    } finally {
      if (waitingForDebugger) await send("Runtime.runIfWaitingForDebugger");
    }
  });
  session.on("Target.receivedMessageFromTarget", ({ sessionId, message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: Record<string, unknown> };
    if (method?.startsWith("Network.") && params) ledger.record(sessionId, method, params);
  });
  await session.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return ledger;
}

/** Returns each URL's body size in bytes as the bench's own server sends it to Chromium (Brotli when it has a copy), from a HEAD request. */
async function bodySizes(urls: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const url of urls) {
    const response = await fetch(url, { method: "HEAD", headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    const length = Number(response.headers.get("content-length"));
    if (!response.ok || !Number.isFinite(length)) throw new Error(`HEAD ${url}: expected 200 with a content-length, found ${response.status} ${response.headers.get("content-length")}`);
    sizes.set(url, length);
  }
  return sizes;
}
