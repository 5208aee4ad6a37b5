// The notebook's bench lines (issue 12): a five-cell chain over the published tables (sql → steps → sql → chart → text)
// opened from a `#notebook=` link, its first result after DuckDB is ready, and the chain re-run after edits to its
// first cell, timed in the page from the Ctrl+Enter keydown until the last cell downstream is done.
import { deflateRawSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { waitUntil } from "../wait-until.js";
import { openBenchPage } from "./page-load.js";

/** The chain's cells, in order: the first is the one edited, and every other reads it (directly or not). */
export const CHAIN_CELLS = ["monthly", "trend", "latest", "chart", "words"] as const;

/** The chain's chart cell, which is done only once its figure has been drawn (a chart is drawn after its cell's state says ok). */
export const CHAIN_CHART = "chart";

/** How many months the first cell's parameter can leave out of the report's twelve (0–9): each value gives other results. */
export const EDIT_VALUES = 10;

/**
 * Returns the first cell's SQL: the MARAC cases of each month of 2012/13, leaving out the last `monthsLeftOut` months,
 * so each value changes every result downstream (how many months, the running total, the latest month).
 */
export function firstCellSql(monthsLeftOut: number): string {
  if (!Number.isInteger(monthsLeftOut) || monthsLeftOut < 0 || monthsLeftOut >= EDIT_VALUES) throw new Error(`firstCellSql: expected a whole number of months from 0 to ${EDIT_VALUES - 1}, found ${monthsLeftOut}`);
  return `SELECT month, SUM(cases) AS cases FROM marac_meetings WHERE month < DATE '2013-04-01' - INTERVAL ${monthsLeftOut} MONTH GROUP BY month ORDER BY month`;
}

/** Returns the value edit `index` (0-based) writes into the first cell: 1, 2, … 9, 0, 1, … (the link opens with 0), never the value before it. */
export function editValue(index: number): number {
  if (!Number.isInteger(index) || index < 0) throw new Error(`editValue: expected an edit number from 0, found ${index}`);
  return (index + 1) % EDIT_VALUES;
}

/** Returns the bench's notebook (schema version 1): the five-cell chain, its first cell leaving out `monthsLeftOut` months. */
export function benchNotebook(monthsLeftOut = 0): { version: 1; title: string; cells: Record<string, unknown>[] } {
  const [monthly, trend, latest, chart, words] = CHAIN_CELLS;
  return {
    version: 1,
    title: "Bench: a five-cell chain",
    cells: [
      { id: monthly, type: "sql", name: "monthly", sql: firstCellSql(monthsLeftOut) },
      {
        id: trend,
        type: "steps",
        name: "trend",
        from: "monthly",
        steps: [
          { op: "derive", kind: "running_total", column: "cases", as: "cases_to_date", order: "month" },
          { op: "derive", kind: "change_on_previous", column: "cases", as: "change", order: "month" }
        ]
      },
      { id: latest, type: "sql", name: "latest", sql: "SELECT month, cases, cases_to_date, change FROM trend ORDER BY month DESC" },
      { id: chart, type: "chart", from: "latest", mark: "line", x: "month", y: "cases_to_date" },
      { id: words, type: "text", markdown: "Up to {{latest.month}}: **{{latest.cases_to_date}}** cases, {{latest.change}} on the month before." }
    ]
  };
}

/** Returns the `#notebook=` hash of a notebook as the page reads it: base64url without padding of the deflate-raw UTF-8 JSON. */
export function notebookLinkHash(notebook: object): string {
  return `#notebook=${deflateRawSync(Buffer.from(JSON.stringify(notebook), "utf-8")).toString("base64url")}`;
}

/** Returns the path of the notebook page with the bench's chain in its link. */
export function benchNotebookPath(path = "/notebook"): string {
  return `${path}${notebookLinkHash(benchNotebook())}`;
}

/** An init script: records, from navigation start, when the first SQL or steps cell shows its result (`window.__benchNotebook.firstResultMs`). */
export const NOTEBOOK_OBSERVER = `(() => {
  const bench = (window.__benchNotebook = { firstResultMs: null });
  const observer = new MutationObserver(() => {
    if (document.querySelector("[data-cell-type=sql][data-state=ok], [data-cell-type=steps][data-state=ok]")) {
      bench.firstResultMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
})();`;

/** An expression true once every cell of the chain is done (its state ok, the chart drawn) and the notebook is idle. */
export const CHAIN_SETTLED = `(() => {
  const root = document.querySelector(".se-notebook");
  if (!root || root.dataset.state !== "ready") return false;
  return ${JSON.stringify(CHAIN_CELLS)}.every((id) => {
    const cell = document.querySelector('[data-cell-id="' + id + '"]');
    return cell !== null && cell.dataset.state === "ok" && (id !== ${JSON.stringify(CHAIN_CHART)} || cell.querySelector(".se-nb-output svg") !== null);
  });
})()`;

/** An expression: the text cell's output, which says the latest month and its running total (so an edit that changed the results changes it). */
const CHAIN_WORDS = `(document.querySelector('[data-cell-id="${CHAIN_CELLS[4]}"] .se-nb-output') || {}).textContent || ""`;

/**
 * Returns an expression that arms the timing of one re-run and returns at once: from the next Ctrl/Cmd+Enter keydown
 * (its event time) until every cell of the chain has run once more and is done (the chart: its new figure in place),
 * `window.__benchRerun` resolves with `{ ms }`, or with `{ ms: null, failed }` when a cell failed or waits, or after
 * `timeoutMs`.
 */
export function armRerun({ timeoutMs = 30_000 } = {}): string {
  return `(() => {
  const ids = ${JSON.stringify(CHAIN_CELLS)};
  const chart = ${JSON.stringify(CHAIN_CHART)};
  const cellOf = (id) => document.querySelector('[data-cell-id="' + id + '"]');
  const before = new Map(ids.map((id) => [id, Number(cellOf(id).dataset.runs)]));
  const doneAt = new Map();
  let start = null;
  let drawnAt = null;
  window.__benchRerun = new Promise((resolve) => {
    const onKey = (event) => {
      if (start === null && event.key === "Enter" && (event.ctrlKey || event.metaKey)) start = event.timeStamp;
    };
    const finish = (result) => {
      observer.disconnect();
      clearTimeout(deadline);
      removeEventListener("keydown", onKey, true);
      resolve(result);
    };
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      const chartOutput = cellOf(chart).querySelector(".se-nb-output");
      // The chart cell's state says ok before its figure is drawn: it is done when a new figure with an SVG is put in.
      if (drawnAt === null && records.some((record) => record.type === "childList" && record.target === chartOutput && Array.from(record.addedNodes).some((node) => node.querySelector && node.querySelector("svg")))) drawnAt = now;
      for (const id of ids) {
        if (doneAt.has(id)) continue;
        const cell = cellOf(id);
        const runs = Number(cell.dataset.runs);
        if (runs < before.get(id) + 1) continue;
        if (runs > before.get(id) + 1) return finish({ ms: null, failed: "cell " + id + " ran more than once" });
        const state = cell.dataset.state;
        if (state === "error" || state === "waiting") return finish({ ms: null, failed: "cell " + id + " says " + state });
        if (state !== "ok" || (id === chart && drawnAt === null)) continue;
        doneAt.set(id, id === chart ? drawnAt : now);
      }
      if (doneAt.size === ids.length) {
        if (start === null) return finish({ ms: null, failed: "the cells re-ran before any Ctrl+Enter keydown" });
        finish({ ms: Math.max(...doneAt.values()) - start });
      }
    });
    addEventListener("keydown", onKey, true);
    observer.observe(document.querySelector(".se-nb-cells"), { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state", "data-runs"] });
    const deadline = setTimeout(() => finish({ ms: null, failed: "not done within ${timeoutMs} ms" }), ${timeoutMs});
  });
  return true;
})()`;
}

/** The chain re-run after each edit of its first cell: the times of the re-runs that finished, and what went wrong with the others. */
export interface ChainReruns {
  edits: number;
  timesMs: number[];
  /** Edits whose re-run failed or did not finish, with why. */
  failures: string[];
  /** Edits after which the text cell said the same as before (so the edit did not change the results). */
  unchanged: number;
}

/**
 * Opens the notebook page (`url`: its chain in the link) in a new browser context, waits for the chain to be done,
 * then `edits` times replaces the first cell's SQL by keyboard (each time another number of months, see editValue)
 * and presses Ctrl+Enter, timing each re-run in the page (armRerun).
 */
export async function measureChainReruns(browser: Browser, url: string, { edits = 20, timeoutMs = 60_000, onEdit }: { edits?: number; timeoutMs?: number; onEdit?: (edit: number, ms: number | null, failure?: string) => void } = {}): Promise<ChainReruns> {
  const { context, page } = await openBenchPage(browser);
  try {
    await page.goto(url, { waitUntil: "commit" });
    await settle(page, Date.now() + timeoutMs, "opening the chain");
    const result: ChainReruns = { edits, timesMs: [], failures: [], unchanged: 0 };
    await page.click(`[data-cell-id="${CHAIN_CELLS[0]}"] .cm-content`);
    for (let edit = 0; edit < edits; edit++) {
      const [hash, words] = (await page.evaluate(`[location.hash, ${CHAIN_WORDS}]`)) as [string, string];
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(firstCellSql(editValue(edit)));
      // The editor's change is in the notebook (and its link) before the run is asked for.
      if (!(await waitUntil(async () => (await page.evaluate("location.hash")) !== hash, Date.now() + 5_000))) throw new Error(`bench notebook: expected edit ${edit + 1} to change the link, found the same link after 5 s`);
      await page.evaluate(armRerun());
      await page.keyboard.press("Control+Enter");
      const rerun = (await page.evaluate("window.__benchRerun")) as { ms: number | null; failed?: string };
      if (rerun.ms === null) result.failures.push(`edit ${edit + 1}: ${rerun.failed}`);
      else result.timesMs.push(rerun.ms);
      await settle(page, Date.now() + timeoutMs, `edit ${edit + 1}`).catch(() => undefined);
      if ((await page.evaluate(CHAIN_WORDS)) === words) result.unchanged++;
      onEdit?.(edit + 1, rerun.ms, rerun.failed);
    }
    return result;
  } finally {
    await context.close();
  }
}

async function settle(page: Page, deadline: number, what: string): Promise<void> {
  if (!(await waitUntil(async () => Boolean(await page.evaluate(CHAIN_SETTLED)), deadline))) throw new Error(`bench notebook: expected every cell of the chain done after ${what}, found it was not in time`);
}
