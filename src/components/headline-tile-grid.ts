import { kpiTile } from "./kpi-tile.js";

/** A headline figure as the …Headlines queries return it. */
export interface HeadlineRow {
  label: string;
  value: number | null;
  unit: string;
  period: string;
  polarity: string | null;
  source_line: number;
  comparison_label: string | null;
  comparison_value: number | null;
}

/** Returns a grid of headline tiles, one per row, each with its comparison (when the row has one) and report line. */
export function headlineTileGrid(rows: readonly HeadlineRow[], { columns = 3, lineHref }: { columns?: 2 | 3 | 4; lineHref?: (line: number) => string } = {}): HTMLElement {
  const grid = document.createElement("div");
  grid.className = `grid grid-cols-${columns} se-headlines`;
  for (const row of rows) {
    grid.append(
      kpiTile({
        label: row.label,
        value: row.value,
        unit: row.unit,
        period: row.period,
        polarity: row.polarity,
        sourceLine: row.source_line,
        ...(lineHref ? { lineHref } : {}),
        ...(row.comparison_label !== null ? { comparison: { label: row.comparison_label, value: row.comparison_value } } : {})
      })
    );
  }
  return grid;
}
