// Prerenders every built page: loads it in headless Chromium at PRERENDER_VIEWPORT, waits for the ready marker, and
// writes what each Framework cell displayed into the page's HTML (scripts/prerender/inject.ts). The first view of a
// page then needs no JavaScript, and a figure drawn again at the same width reuses the drawn chart (src/lib/prerendered-charts.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { launchChromium } from "./chromium.js";
import { builtPagePaths } from "./site-pages.js";
import { CAPTURE_CELLS_WHEN_READY, PRERENDER_VIEWPORT } from "./prerender/capture.js";
import { injectPrerenderedCells } from "./prerender/inject.js";
import { resolveDistPath, serveDist } from "./serve-dist.js";
import { waitUntil } from "./wait-until.js";

/** How long a page may take to set its ready marker at build time. */
const PAGE_TIMEOUT_MS = 60_000;

/** A page the prerender has written: its path, its place among the pages, and how long it took. */
export interface PrerenderedPage {
  path: string;
  index: number;
  total: number;
  ms: number;
}

/**
 * Prerenders every page under `dist` in place, telling `onPage` as each is written; throws naming the page when one
 * fails, is not ready in time, or logs an error.
 */
export async function prerenderSite(dist: string, { onPage = (_page: PrerenderedPage): void => {} } = {}): Promise<{ pages: number; cells: number }> {
  const site = await serveDist(dist);
  const browser = await launchChromium();
  let cells = 0;
  const paths = builtPagePaths(dist);
  try {
    for (const [index, path] of paths.entries()) {
      const started = performance.now();
      const context = await browser.newContext({ viewport: PRERENDER_VIEWPORT });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("console", (message) => void (message.type() === "error" && errors.push(`${message.text()} (${message.location().url})`)));
        // DuckDB is started only after the ready marker, when the cells are already captured: never fetch its 35 MB.
        await context.route(/duckdb-eh\.wasm$/, (route) => route.abort());
        await page.addInitScript(CAPTURE_CELLS_WHEN_READY);
        await page.goto(site.origin + path, { waitUntil: "commit" });
        let captured: { ready: string; cells: Record<string, string> } | undefined;
        const readyInTime = await waitUntil(async () => Boolean((captured = (await page.evaluate("window.__prerender")) as typeof captured)), Date.now() + PAGE_TIMEOUT_MS);
        if (!readyInTime || !captured) throw new Error(`prerender ${path}: expected the ready marker within ${PAGE_TIMEOUT_MS / 1000} s, found none`);
        if (captured.ready !== "true") throw new Error(`prerender ${path}: expected data-ready="true", found "${captured.ready}"${errors.length ? ` (${errors.join("; ")})` : ""}`);
        const errorsBeforeReady = errors.filter((message) => !/duckdb/i.test(message));
        if (errorsBeforeReady.length) throw new Error(`prerender ${path}: expected no errors while drawing, found: ${errorsBeforeReady.join("; ")}`);
        const file = resolveDistPath(dist, path);
        if (!file) throw new Error(`prerender ${path}: expected a built page for it under ${dist}, found none`);
        writeFileSync(file, injectPrerenderedCells(readFileSync(file, "utf-8"), captured.cells, path));
        cells += Object.keys(captured.cells).length;
      } finally {
        await context.close();
      }
      onPage({ path, index, total: paths.length, ms: performance.now() - started });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { pages: paths.length, cells };
}
