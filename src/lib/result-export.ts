import { parquetWriteBuffer } from "npm:hyparquet-writer";
import type { QueryRow } from "./database.js";
import { toCsv } from "./csv.js";
import type { ResultColumn } from "./sql-runner.js";

/** Returns the rows as CSV with the result's column names. */
export function resultToCsv(rows: readonly QueryRow[], columns: readonly ResultColumn[]): string {
  return toCsv(rows, columns.map((column) => ({ key: column.name, label: column.name })));
}

/** Returns the rows as a JSON array of objects, dates as ISO `YYYY-MM-DD` strings, NULL as null. */
export function resultToJson(rows: readonly QueryRow[], columns: readonly ResultColumn[]): string {
  const plain = rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, exportValue(row[column.name] ?? null)])));
  return JSON.stringify(plain, null, 2) + "\n";
}

/** Returns the rows as a Parquet file: numbers as DOUBLE, dates as DATE, everything else as text. */
export function resultToParquet(rows: readonly QueryRow[], columns: readonly ResultColumn[]): Uint8Array {
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

function exportValue(value: QueryRow[string]): string | number | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
