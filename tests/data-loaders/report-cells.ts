import { REPORT_SOURCE } from "./report-excerpt.js";

/** The committed report's lines; `REPORT_LINES[i]` is report line `i + 1`. */
export const REPORT_LINES: readonly string[] = REPORT_SOURCE.split("\n");

/** Returns the 1-based number of the first line at or after `from` that matches `pattern`, or throws naming the pattern. */
export function findLine(pattern: RegExp, from = 1): number {
  for (let line = from; line <= REPORT_LINES.length; line++) if (pattern.test(REPORT_LINES[line - 1]!)) return line;
  throw new Error(`expected a report line matching ${pattern} at or after line ${from}, found none`);
}

/** Returns the tab-separated cells of a report line. */
export function cellsAt(line: number): string[] {
  return (REPORT_LINES[line - 1] ?? "").split("\t");
}

/** Returns the text of report line `line` with cell `index` (0-based, tab-separated) replaced by `cell`. */
export function lineWithCell(line: number, index: number, cell: string): string {
  const cells = cellsAt(line);
  if (index >= cells.length) throw new Error(`expected line ${line} to have a cell ${index}, found ${cells.length} cells`);
  cells[index] = cell;
  return cells.join("\t");
}

/** Returns the pounds a money cell prints: `£5,188.00` -> 5188, `132,640.49` -> 132640.49. */
export function poundsIn(cell: string): number {
  return Number(cell.replace(/[£,]/g, ""));
}

/** Returns a money cell with `delta` pounds added, printed as the report prints it (£ kept if present, thousands separated, 2 decimals). */
export function addPounds(cell: string, delta: number): string {
  const pence = Math.round(poundsIn(cell) * 100) + Math.round(delta * 100);
  const text = (pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${cell.trim().startsWith("£") ? "£" : ""}${text}`;
}

/** Returns the report source with some 1-based lines replaced. */
export function sourceWithLines(edits: ReadonlyMap<number, string>): string {
  return REPORT_LINES.map((text, index) => edits.get(index + 1) ?? text).join("\n");
}
