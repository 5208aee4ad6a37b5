// A query result's downloads (the explorer, the notebook, every figure's CSV). Each writer imports its library on the
// click that asks for it, so no page loads d3-dsv, Arquero or hyparquet-writer unless a reader exports.
// Arquero is used only for table I/O, which runs no code compiled from strings: `table` (columns of plain arrays),
// `toJSON` and `toMarkdown` scan the columns directly. Its verbs (derive, filter, orderby, join…) compile expressions
// with `Function` (arquero issue 361; `src/expression/compile.js`, `compare.js`, `util/unroll.js`), which this site's
// CSP forbids, so none is called here.
import type { ColumnTable } from "arquero";
import { csvText } from "./csv.js";
import type { QueryRow } from "./database.js";
import type { ResultColumn } from "./sql-runner.js";

/** Returns RFC 4180 CSV of plain rows under the given column names (d3-dsv's quoting, CRLF, ISO dates, blank NULL). */
export async function rowsToCsv(rows: readonly Record<string, unknown>[], columnNames: readonly string[]): Promise<string> {
  const { csvFormatRow } = await import("npm:d3-dsv");
  return csvText(rows, columnNames, csvFormatRow);
}

/** Returns the rows as CSV with the result's column names, written exactly as the published CSV files are. */
export function resultToCsv(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Promise<string> {
  return rowsToCsv(rows, columns.map((column) => column.name));
}

/** Returns the rows as a JSON array of objects (Arquero's `toJSON`), dates as ISO `YYYY-MM-DD`, NULL as null. */
export async function resultToJson(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Promise<string> {
  const aq = await import("npm:arquero");
  // toJSON writes each column name between quotes as it is: one that JSON would escape would make the file unreadable.
  const unsafe = columns.find((column) => JSON.stringify(column.name) !== `"${column.name}"`);
  if (unsafe) throw new Error(`JSON export: expected column names without quotes, backslashes or control characters, found ${JSON.stringify(unsafe.name)}: rename it with AS`);
  return aq.toJSON(await resultTable(rows, columns)) + "\n";
}

/**
 * Returns the rows as a GitHub-flavoured Markdown table (Arquero's `toMarkdown`): numbers right-aligned and written in
 * full, dates ISO, NULL blank, a line break inside text written as a space (a Markdown table row is one line).
 */
export async function resultToMarkdown(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Promise<string> {
  const aq = await import("npm:arquero");
  const format = Object.fromEntries(columns.map((column) => [column.name, markdownCell]));
  const align = Object.fromEntries(columns.map((column) => [column.name, column.kind === "number" ? "r" : "l"] as const));
  // toMarkdown prints 100 rows unless told otherwise; an export has them all.
  return aq.toMarkdown(await resultTable(rows, columns), { limit: Infinity, format, align });
}

/** Returns the rows as a Parquet file (hyparquet-writer): numbers as DOUBLE, dates as DATE, everything else as text. */
export async function resultToParquet(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import("npm:hyparquet-writer");
  const buffer = parquetWriteBuffer({
    columnData: columns.map((column) => ({
      name: column.name,
      data: rows.map((row) => {
        const value = row[column.name] ?? null;
        if (value === null) return null;
        return column.kind === "text" ? String(value) : value;
      }),
      type: column.kind === "number" ? "DOUBLE" : column.kind === "date" ? "DATE" : "STRING"
    })) as never
  });
  return new Uint8Array(buffer);
}

// An Arquero table over the result's columns (plain arrays, in the result's column order).
async function resultTable(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Promise<ColumnTable> {
  const aq = await import("npm:arquero");
  return aq.table(Object.fromEntries(columns.map((column) => [column.name, rows.map((row) => row[column.name] ?? null)])), columns.map((column) => column.name));
}

function markdownCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().endsWith("T00:00:00.000Z") ? value.toISOString().slice(0, 10) : value.toISOString();
  return String(value).replace(/\r\n|\r|\n/g, " ");
}
