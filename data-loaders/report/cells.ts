/** Returns the tab-separated cells of a report table line, each trimmed of spaces. */
export function splitCells(line: string): string[] {
  return line.split("\t").map((cell) => cell.trim());
}

/** True when a line holds no text at all (a page break or paragraph gap inside a table). */
export function isBlankLine(line: string): boolean {
  return line.trim() === "";
}

/** Returns the cells with trailing empty cells removed (the report pads some rows with tabs). */
export function trimTrailingEmptyCells(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}
