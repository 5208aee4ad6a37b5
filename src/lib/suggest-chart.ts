import type { ResultColumn } from "./sql-runner.js";

/** A chart the explorer can draw for a result: a label (or date) column on x and one number column on y. */
export interface ChartSuggestion {
  x: string;
  y: string;
}

/** The most bars a suggested chart draws; larger results are shown as a table only. */
export const MAX_SUGGESTED_BARS = 60;

/** Returns a bar chart suggestion when the result has a label or date column, a number column, and few enough rows; else null. */
export function suggestChart(columns: readonly ResultColumn[], rowCount: number): ChartSuggestion | null {
  if (rowCount === 0 || rowCount > MAX_SUGGESTED_BARS) return null;
  const y = columns.find((column) => column.kind === "number" && !/(^|_)(line|source_line|position|quarter)$/.test(column.name));
  const x = columns.find((column) => column.kind !== "number") ?? columns.find((column) => column.kind === "number" && column !== y);
  return x && y ? { x: x.name, y: y.name } : null;
}
