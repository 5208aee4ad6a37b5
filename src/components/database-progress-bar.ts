import { describeDatabaseProgress, onDatabaseProgress } from "../lib/database-progress.js";

let count = 0;

/**
 * Returns a labelled `<progress>` ("Loading the database: 1.2 of 4.7 MB") that follows DuckDB-WASM's start in this
 * page: hidden until it starts, then the wasm's bytes so far, "Starting the database…", and hidden again once ready.
 * `data-state` says the phase (for tests); a failed start is said by database-status.ts's notice instead.
 */
export function databaseProgressBar(): HTMLElement {
  const node = document.createElement("p");
  node.className = "se-database-progress";
  node.hidden = true;
  const id = `se-database-progress-${++count}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  const bar = document.createElement("progress");
  bar.id = id;
  node.append(label, " ", bar);
  onDatabaseProgress((progress) => {
    const { value, max, text } = describeDatabaseProgress(progress);
    node.dataset.state = progress.phase;
    node.hidden = progress.phase === "ready" || progress.phase === "failed";
    label.textContent = text;
    bar.max = max;
    if (value === null) bar.removeAttribute("value");
    else bar.value = value;
  });
  return node;
}

/**
 * Adds a progress bar after every form in the main content that has none yet (a filter, the search, the SQL editor);
 * a form that places its own bar says so with `data-database-progress`.
 */
export function showDatabaseProgress(root: ParentNode = document.getElementById("observablehq-main") ?? document.body): void {
  root.querySelectorAll("form").forEach((form) => {
    if (form.dataset.databaseProgress !== undefined) return;
    form.dataset.databaseProgress = "";
    form.after(databaseProgressBar());
  });
}
