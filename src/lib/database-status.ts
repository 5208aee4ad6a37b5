import { showDatabaseProgress } from "../components/database-progress-bar.js";

/** Where DuckDB-WASM stands in this page: `<html data-duckdb>` says it for tests and benchmarks. */
export type DatabaseStatus = "starting" | "ready" | "failed";

/** What a form says when DuckDB could not start, unless it sets its own words in `data-database-unavailable`. */
export const FILTERING_UNAVAILABLE = "Filtering is unavailable: DuckDB, the database that runs in this page, could not start. The figures show the report's default view.";

/**
 * Sets `<html data-duckdb>`; on "starting", adds a progress bar under every form in the page's main content (the wasm's
 * bytes so far); on "failed", a notice.
 */
export function setDatabaseStatus(status: DatabaseStatus): void {
  document.documentElement.dataset.duckdb = status;
  if (status === "starting") showDatabaseProgress();
  if (status === "failed") showDatabaseUnavailable();
}

/** Adds a notice under every form in the main content (once each), described by it for screen readers. */
export function showDatabaseUnavailable(root: ParentNode = document.getElementById("observablehq-main") ?? document.body): void {
  root.querySelectorAll("form").forEach((form, index) => {
    if (form.nextElementSibling?.classList.contains("se-database-notice")) return;
    const notice = document.createElement("p");
    notice.className = "se-database-notice";
    notice.id = `se-database-notice-${index + 1}`;
    notice.setAttribute("role", "status");
    notice.textContent = form.dataset.databaseUnavailable ?? FILTERING_UNAVAILABLE;
    form.after(notice);
    form.querySelectorAll("input, select, textarea").forEach((control) => {
      const described = control.getAttribute("aria-describedby");
      control.setAttribute("aria-describedby", described ? `${described} ${notice.id}` : notice.id);
    });
  });
}
