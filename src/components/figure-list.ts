import { formatIndicatorValue } from "../lib/format.js";
import { reportLineHref } from "./figure-frame.js";

/** A figure the report states, as the statedFiguresBy… queries return it. */
export interface StatedFigureRow {
  label: string;
  category: string | null;
  series: string;
  period: string;
  value: number | null;
  unit: string;
  source_line: number;
}

/** Draws stated figures of mixed units as a list: the value in its unit, what it counts, for whom and when, and its report line. */
export function figureList(rows: readonly StatedFigureRow[], { lineHref = reportLineHref }: { width?: number; lineHref?: (line: number) => string } = {}): HTMLElement {
  if (rows.length === 0) {
    const empty = document.createElement("p");
    empty.className = "se-figure-list__empty";
    empty.textContent = "The report states no figures here.";
    return empty;
  }
  const list = document.createElement("ul");
  list.className = "se-figure-list";
  for (const row of rows) {
    const item = document.createElement("li");
    const value = document.createElement("span");
    value.className = "se-figure-list__value";
    value.textContent = formatIndicatorValue(row.value, row.unit);
    const what = document.createElement("span");
    what.className = "se-figure-list__label";
    what.textContent = row.category ? `${row.label}: ${row.category}` : row.label;
    const when = document.createElement("span");
    when.className = "se-figure-list__meta";
    when.textContent = `${row.series === "Luton" ? "" : `${row.series}, `}${row.period} · `;
    const source = document.createElement("a");
    source.href = lineHref(row.source_line);
    source.textContent = `report line ${row.source_line}`;
    when.append(source);
    item.append(value, what, when);
    list.append(item);
  }
  return list;
}
