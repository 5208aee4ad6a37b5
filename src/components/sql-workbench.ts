import { startAtOnce } from "../lib/database-warm-up.js";
import { formatCount } from "../lib/format.js";
import { resultToCsv, resultToJson, resultToMarkdown, resultToParquet } from "../lib/result-export.js";
import type { ExplorerResult } from "../lib/sql-runner.js";
import { loadPlot } from "../lib/plot.js";
import { suggestChart } from "../lib/suggest-chart.js";
import { readSqlLink, sqlHash, withSqlHash } from "../lib/sql-link.js";
import { columns } from "./columns.js";
import { databaseProgressBar } from "./database-progress-bar.js";
import { schemaList, type SchemaColumn } from "./schema-list.js";
import { sortableTable } from "./sortable-table.js";

/** What the workbench starts with: the schema to list, and the SQL to show when the link carries none. */
export interface SqlWorkbenchOptions {
  schema: readonly SchemaColumn[];
  defaultSql: string;
  /** Rows shown in the table; the rest can be exported. */
  shownRows?: number;
}

/** The workbench and a promise settling once its first query (if any) has run. */
export interface SqlWorkbench {
  node: HTMLElement;
  settled: Promise<void>;
}

/**
 * Returns the SQL explorer: editor (Ctrl/Cmd+Enter runs), table list, results with time and row count, chart, exports.
 * A query in the page's link (`#sql=`, `#sqlz=`, or the older `?sql=`) is shown and run at once, and again whenever
 * the link's hash changes; each query run is kept in the hash, so the address shared runs the same query.
 */
export function sqlWorkbench({ schema, defaultSql, shownRows = 1000 }: SqlWorkbenchOptions): SqlWorkbench {
  const node = document.createElement("div");
  node.className = "se-workbench";
  const form = document.createElement("form");
  form.className = "se-workbench__editor";
  // Shown under the editor should DuckDB fail to start (src/lib/database-status.ts).
  form.dataset.databaseUnavailable = "DuckDB could not start in this browser, so queries cannot run here. The table list still shows every table and column.";
  const label = document.createElement("label");
  label.htmlFor = "se-sql";
  label.textContent = "SQL query (Ctrl+Enter or ⌘+Enter runs it)";
  const editor = document.createElement("textarea");
  editor.id = "se-sql";
  editor.name = "sql";
  editor.rows = 8;
  editor.spellcheck = false;
  editor.value = defaultSql;
  const run = button("Run query", "submit");
  const cancel = button("Cancel", "button");
  cancel.disabled = true;
  const status = document.createElement("p");
  status.className = "se-workbench__status";
  status.setAttribute("role", "status");
  const error = document.createElement("pre");
  error.className = "se-workbench__error";
  error.setAttribute("role", "alert");
  error.hidden = true;
  const controls = document.createElement("div");
  controls.className = "se-workbench__controls";
  controls.append(run, cancel);
  form.append(label, editor, controls);
  const results = document.createElement("section");
  results.className = "se-workbench__results";
  results.setAttribute("aria-label", "Query results");
  results.dataset.state = "idle";
  const layout = document.createElement("div");
  layout.className = "se-workbench__layout";
  const main = document.createElement("div");
  // The database's progress as it loads, under the editor (database-status.ts adds none of its own here).
  form.dataset.databaseProgress = "";
  main.append(form, databaseProgressBar(), status, error, results);
  layout.append(
    main,
    schemaList(schema, {
      onInsert: (name) => {
        editor.setRangeText(name, editor.selectionStart, editor.selectionEnd, "end");
        editor.focus();
      }
    })
  );
  node.append(layout);

  let running = false;
  const execute = async (): Promise<void> => {
    if (running) return;
    const sql = editor.value.trim();
    if (!sql) return;
    running = true;
    run.disabled = true;
    cancel.disabled = false;
    error.hidden = true;
    results.dataset.state = "loading";
    status.textContent = "Running…";
    try {
      const hash = await sqlHash(sql);
      history.replaceState(history.state, "", withSqlHash(new URL(location.href), hash).href);
      // Loaded on first run, so DuckDB and Arrow are not on the way to drawing the page.
      const { runExplorerQuery } = await import("../lib/sql-runner.js");
      const result = await runExplorerQuery(sql);
      if (suggestChart(result.columns, result.rows.length)) await loadPlot();
      status.textContent = describeResult(result, shownRows);
      results.replaceChildren(...resultViews(result, shownRows));
      results.dataset.state = "ready";
    } catch (failure) {
      showFailure(failure);
    } finally {
      running = false;
      run.disabled = false;
      cancel.disabled = true;
    }
  };
  // A cancelled query is said in the status line; a refused or failed one also shows its reason in the alert below.
  const showFailure = (failure: unknown) => {
    const message = failure instanceof Error ? failure.message : String(failure);
    const cancelled = failure instanceof Error && failure.name === "QueryCancelledError";
    if (cancelled) status.textContent = message;
    else {
      status.textContent = STATUS_AFTER[(failure as Error | undefined)?.name ?? ""] ?? STATUS_AFTER.default!;
      error.textContent = message;
      error.hidden = false;
    }
    results.replaceChildren();
    results.dataset.state = cancelled ? "cancelled" : "error";
  };
  const openLink = async (): Promise<void> => {
    try {
      const linked = await readSqlLink(new URL(location.href));
      if (linked === null) return;
      editor.value = linked;
      await execute();
    } catch (failure) {
      showFailure(failure);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void execute();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });
  cancel.addEventListener("click", () => {
    cancel.disabled = true;
    status.textContent = "Cancelling…";
    // runExplorerQuery's promise settles with the outcome, which execute() shows.
    void import("../lib/sql-runner.js").then(({ cancelExplorerQuery }) => cancelExplorerQuery());
  });
  // Opening another query's link on this page (an example below, the back button) changes only the hash.
  addEventListener("hashchange", () => void openLink());
  // The explorer's job is DuckDB: it starts at once, with every table (Save-Data waits for the first query).
  startAtOnce(() => import("../lib/sql-runner.js").then(({ startExplorerDatabase }) => startExplorerDatabase()));
  return { node, settled: openLink() };
}

// What the status line says after a query that did not give a result, by the error's name.
const STATUS_AFTER: Record<string, string> = {
  RefusedQueryError: "The query was not run; the reason is below.",
  DamagedSqlLinkError: "The link's query could not be opened; the reason is below.",
  default: "The query failed; DuckDB's message is below. Edit the query and run it again."
};

/** Returns the status line for a result: rows, time, and whether the row cap cut it. */
export function describeResult(result: ExplorerResult, shownRows: number): string {
  const count = result.rows.length;
  const time = `${formatCount(Math.round(result.elapsedMs))} ms`;
  const rows = `${formatCount(count)} ${count === 1 ? "row" : "rows"}${result.truncated ? " (the result has more: only these were read)" : ""}`;
  const shown = count > shownRows ? `; the table shows the first ${formatCount(shownRows)}, the exports have all ${formatCount(count)}` : "";
  return `${rows} in ${time}${shown}.`;
}

function resultViews(result: ExplorerResult, shownRows: number): HTMLElement[] {
  const views: HTMLElement[] = [exportBar(result), sortableTable(result.rows, result.columns, { caption: "Query result", maxRows: shownRows })];
  const suggestion = suggestChart(result.columns, result.rows.length);
  if (suggestion) {
    const figure = document.createElement("figure");
    figure.className = "se-workbench__chart";
    const caption = document.createElement("figcaption");
    const title = `${suggestion.y} by ${suggestion.x}`;
    caption.textContent = `Suggested chart: ${title}. The table above has the same numbers.`;
    figure.append(
      caption,
      columns(result.rows, {
        x: suggestion.x,
        y: suggestion.y,
        width: Math.min(960, Math.max(280, document.body.clientWidth - 64)),
        yLabel: suggestion.y,
        ariaLabel: `Suggested chart: ${title}`,
        ariaDescription: `A bar for each of the ${result.rows.length} rows of the result, showing ${suggestion.y}.`
      })
    );
    views.push(figure);
  }
  return views;
}

function exportBar(result: ExplorerResult): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "se-figure__actions";
  const exports: [string, () => Promise<BlobPart>, string, string][] = [
    ["Export CSV", () => resultToCsv(result.rows, result.columns), "text/csv;charset=utf-8", "query-result.csv"],
    ["Export JSON", () => resultToJson(result.rows, result.columns), "application/json", "query-result.json"],
    ["Export Markdown", () => resultToMarkdown(result.rows, result.columns), "text/markdown;charset=utf-8", "query-result.md"],
    ["Export Parquet", () => resultToParquet(result.rows, result.columns) as Promise<BlobPart>, "application/vnd.apache.parquet", "query-result.parquet"]
  ];
  // The writers load their libraries on the first click; a failure is said here rather than lost.
  const problem = document.createElement("span");
  problem.setAttribute("role", "status");
  for (const [label, content, type, filename] of exports) {
    const action = button(label, "button");
    action.addEventListener("click", async () => {
      problem.textContent = "";
      try {
        const url = URL.createObjectURL(new Blob([await content()], { type }));
        const anchor = document.createElement("a");
        anchor.href = url;
        anchor.download = filename;
        anchor.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      } catch (error) {
        problem.textContent = `${label} failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    bar.append(action);
  }
  bar.append(problem);
  return bar;
}

function button(text: string, type: "submit" | "button"): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = type;
  node.textContent = text;
  return node;
}
