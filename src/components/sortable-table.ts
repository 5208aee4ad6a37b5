import type { QueryRow } from "../lib/database.js";
import { formatNumber, NO_DATA } from "../lib/format.js";
import type { ResultColumn } from "../lib/sql-runner.js";

/** Options of a sortable result table. */
export interface SortableTableOptions {
  caption: string;
  /** How many rows to show; the caller says elsewhere that more exist. */
  maxRows?: number;
}

/** Returns a table whose column headers are buttons that sort it (aria-sort says how); NULL shows as "no data". */
export function sortableTable(rows: readonly QueryRow[], columns: readonly ResultColumn[], { caption, maxRows = 1000 }: SortableTableOptions): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "se-sortable";
  wrapper.tabIndex = 0;
  wrapper.setAttribute("role", "region");
  wrapper.setAttribute("aria-label", caption);
  const table = document.createElement("table");
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  let order = rows.slice();
  let sorted: { column: string; direction: 1 | -1 } | null = null;

  const renderBody = () => {
    body.replaceChildren();
    for (const row of order.slice(0, maxRows)) {
      const tr = body.insertRow();
      for (const column of columns) {
        const cell = tr.insertCell();
        cell.textContent = display(row[column.name] ?? null, column);
        if (column.kind === "number") cell.className = "se-numeric";
      }
    }
  };

  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.setAttribute("aria-sort", "none");
    if (column.kind === "number") th.className = "se-numeric";
    const sortButton = document.createElement("button");
    sortButton.type = "button";
    sortButton.textContent = column.name;
    sortButton.title = `${column.type}: sort by ${column.name}`;
    sortButton.addEventListener("click", () => {
      const direction: 1 | -1 = sorted?.column === column.name && sorted.direction === 1 ? -1 : 1;
      sorted = { column: column.name, direction };
      order = rows.slice().sort((a, b) => direction * compareValues(a[column.name] ?? null, b[column.name] ?? null));
      for (const other of head.querySelectorAll("th")) other.setAttribute("aria-sort", "none");
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      renderBody();
    });
    th.append(sortButton);
    head.append(th);
  }
  renderBody();
  wrapper.append(table);
  return wrapper;
}

/** Orders two values for sorting: NULLs last, numbers and dates by value, text by en-GB collation. */
export function compareValues(a: QueryRow[string], b: QueryRow[string]): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en-GB", { numeric: true });
}

function display(value: QueryRow[string], column: ResultColumn): string {
  if (value === null) return NO_DATA;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (column.kind === "number" && typeof value === "number") return formatNumber(value);
  return String(value);
}
