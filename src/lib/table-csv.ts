// The published tables' CSV files, written in Node by the data loaders (the page imports d3-dsv as `npm:d3-dsv`).
import { csvFormatRow } from "d3-dsv";
import { csvText } from "./csv.js";

/** Returns a published table as CSV: its column names, then raw values (ISO dates, blank for NULL), CRLF line ends. */
export function tableCsv({ rows, columns }: { rows: readonly Record<string, unknown>[]; columns: readonly { name: string }[] }): string {
  return csvText(rows, columns.map((column) => column.name), csvFormatRow);
}
