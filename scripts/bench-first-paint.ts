/**
 * Times cold loads of built pages in headless Chromium (a new browser context each run, so nothing is cached): time to
 * the first figure drawn, to the ready marker, to DuckDB-WASM's wasm fetched, and the bytes transferred before the
 * first figure. With `--interaction`, also times the first filter change made at once when the ready marker is set
 * (DuckDB then starts on that interaction) against one made after the background start has finished.
 * Usage: `npm run bench:first-paint -- [--dist dist] [--runs 5] [--interaction] [/ /domestic-abuse …]`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser, Request } from "playwright-core";
import { median } from "./bench/stats.js";
import { launchChromium } from "./chromium.js";
import { serveDist } from "./serve-dist.js";

/** One cold load of one page: milliseconds from navigation start, and bytes (response bodies and headers). */
export interface FirstPaintRun {
  first_chart_ms: number;
  all_charts_ms: number;
  ready: string;
  wasm_fetched_ms: number | null;
  bytes_before_first_chart: number;
  requests_before_first_chart: number;
  bytes: number;
  requests: number;
}

/** A page's runs and their medians. */
export interface FirstPaintSummary {
  path: string;
  runs: FirstPaintRun[];
  median: Omit<FirstPaintRun, "ready">;
}

// Records, in epoch milliseconds, when the first figure turns ready and when the page sets its ready marker.
const MARKERS = `(() => {
  const marks = (window.__firstPaint = {start: performance.timeOrigin, firstChart: null, ready: null});
  const now = () => performance.timeOrigin + performance.now();
  new MutationObserver(() => {
    if (marks.firstChart === null && document.querySelector('[data-figure][data-state="ready"]')) marks.firstChart = now();
    if (marks.ready === null && document.documentElement.dataset.ready) {
      marks.ready = now();
      if (marks.firstChart === null) marks.firstChart = marks.ready;
    }
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-state", "data-ready"]});
})();`;

interface FinishedRequest {
  url: string;
  endMs: number;
  bytes: number;
}

/** Loads `origin + path` once in a fresh context and measures it; waits `settleMs` after the ready marker for background fetches. */
export async function measureColdLoad(browser: Browser, origin: string, path: string, settleMs = 8000): Promise<FirstPaintRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(MARKERS);
    const finished: Promise<FinishedRequest | null>[] = [];
    const record = (request: Request) =>
      finished.push(
        (async () => {
          const response = await request.response();
          if (!response) return null;
          const sizes = await request.sizes().catch(() => null);
          const timing = request.timing();
          return { url: request.url(), endMs: timing.startTime + timing.responseEnd, bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 };
        })().catch(() => null)
      );
    page.on("requestfinished", record);
    await page.goto(origin + path, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 120_000 });
    await page.waitForTimeout(settleMs);
    const marks = (await page.evaluate("window.__firstPaint")) as { start: number; firstChart: number; ready: number };
    const ready = (await page.evaluate(() => document.documentElement.dataset.ready)) ?? "";
    const requests = (await Promise.all(finished)).filter((request): request is FinishedRequest => request !== null);
    const before = requests.filter((request) => request.endMs <= marks.firstChart);
    const wasm = requests.find((request) => request.url.endsWith(".wasm"));
    return {
      first_chart_ms: marks.firstChart - marks.start,
      all_charts_ms: marks.ready - marks.start,
      ready,
      wasm_fetched_ms: wasm ? wasm.endMs - marks.start : null,
      bytes_before_first_chart: sum(before.map((request) => request.bytes)),
      requests_before_first_chart: before.length,
      bytes: sum(requests.map((request) => request.bytes)),
      requests: requests.length
    };
  } finally {
    await context.close();
  }
}

/** The first filter change on a page: made at the ready marker, or once DuckDB's background start has finished. */
export interface InteractionRun {
  at_ready_ms: number;
  after_warm_up_ms: number;
  duckdb_ready_after_ready_ms: number;
}

// Changes the first <select> in the main content to its second option; resolves with the milliseconds until every
// figure that started loading has been drawn again.
const CHANGE_FIRST_FILTER = `(async () => {
  const select = document.querySelector("#observablehq-main form select");
  const started = performance.now();
  const loading = new Set();
  const done = new Promise((resolve) => {
    new MutationObserver((records) => {
      for (const {target} of records) {
        if (target.dataset.state === "loading") loading.add(target);
        else loading.delete(target);
      }
      if (loading.size === 0 && document.querySelector("[data-figure][data-state=loading]") === null) resolve(performance.now() - started);
    }).observe(document.getElementById("observablehq-main"), {subtree: true, attributes: true, attributeFilter: ["data-state"]});
  });
  select.selectedIndex = 1;
  select.dispatchEvent(new Event("input", {bubbles: true}));
  return done;
})()`;

/** Times the first filter change of a page with a <select>, at the ready marker and again in a fresh load once DuckDB is ready. */
export async function measureFirstInteraction(browser: Browser, origin: string, path: string): Promise<InteractionRun> {
  const change = async (waitForDuckDB: boolean) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 120_000 });
      const readyAt = (await page.evaluate("performance.now()")) as number;
      let duckdbAfterReady = 0;
      if (waitForDuckDB) {
        await page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready", undefined, { timeout: 120_000 });
        duckdbAfterReady = ((await page.evaluate("performance.now()")) as number) - readyAt;
        await page.waitForTimeout(1000); // the page's tables load into DuckDB just after it is ready
      }
      return { ms: (await page.evaluate(CHANGE_FIRST_FILTER)) as number, duckdbAfterReady };
    } finally {
      await context.close();
    }
  };
  const atReady = await change(false);
  const afterWarmUp = await change(true);
  return { at_ready_ms: atReady.ms, after_warm_up_ms: afterWarmUp.ms, duckdb_ready_after_ready_ms: afterWarmUp.duckdbAfterReady };
}

async function hasFilter(browser: Browser, origin: string, path: string): Promise<boolean> {
  const page = await browser.newPage();
  try {
    await page.goto(origin + path, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 120_000 });
    return (await page.$("#observablehq-main form select")) !== null;
  } finally {
    await page.close();
  }
}

export { median } from "./bench/stats.js";

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function summarize(path: string, runs: FirstPaintRun[]): FirstPaintSummary {
  const pick = (key: Exclude<keyof FirstPaintRun, "ready">) => {
    const values = runs.map((run) => run[key]).filter((value): value is number => value !== null);
    return values.length ? median(values) : null;
  };
  return {
    path,
    runs,
    median: {
      first_chart_ms: pick("first_chart_ms")!,
      all_charts_ms: pick("all_charts_ms")!,
      wasm_fetched_ms: pick("wasm_fetched_ms"),
      bytes_before_first_chart: pick("bytes_before_first_chart")!,
      requests_before_first_chart: pick("requests_before_first_chart")!,
      bytes: pick("bytes")!,
      requests: pick("requests")!
    }
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: "string", default: "dist" }, runs: { type: "string", default: "5" }, interaction: { type: "boolean", default: false } }
  });
  const paths = positionals.length ? positionals : ["/", "/domestic-abuse"];
  const runs = Number(values.runs);
  const server = await serveDist(resolve(values.dist));
  const browser = await launchChromium();
  try {
    for (const path of paths) {
      const results: FirstPaintRun[] = [];
      for (let run = 0; run < runs; run++) results.push(await measureColdLoad(browser, server.origin, path));
      const { median: m } = summarize(path, results);
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
      console.log(
        `${path}: first chart ${m.first_chart_ms.toFixed(0)} ms, every chart (ready) ${m.all_charts_ms.toFixed(0)} ms, wasm fetched ${m.wasm_fetched_ms === null ? "never" : `${m.wasm_fetched_ms.toFixed(0)} ms`}; ` +
          `before the first chart ${kib(m.bytes_before_first_chart)} in ${m.requests_before_first_chart} requests; in all ${kib(m.bytes)} in ${m.requests} requests ` +
          `(median of ${runs}; ready markers: ${results.map((r) => r.ready).join(",")}; first chart per run: ${results.map((r) => r.first_chart_ms.toFixed(0)).join(", ")} ms)`
      );
      if (!values.interaction || !(await hasFilter(browser, server.origin, path))) continue;
      const changes: InteractionRun[] = [];
      for (let run = 0; run < runs; run++) changes.push(await measureFirstInteraction(browser, server.origin, path));
      const m2 = (key: keyof InteractionRun) => median(changes.map((change) => change[key])).toFixed(0);
      console.log(
        `${path}: first filter change at the ready marker ${m2("at_ready_ms")} ms; after DuckDB's background start ${m2("after_warm_up_ms")} ms ` +
          `(DuckDB ready ${m2("duckdb_ready_after_ready_ms")} ms after the ready marker; median of ${runs})`
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
