import { parquetWriteBuffer } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import type { CellValue, ColumnSpec, ColumnType, TableRow } from "./table-definition.js";

const DAY_MS = 86_400_000;

const PARQUET_TYPES: Record<ColumnType, Omit<SchemaElement, "name">> = {
  INTEGER: { type: "INT32", repetition_type: "OPTIONAL" },
  BIGINT: { type: "INT64", repetition_type: "OPTIONAL" },
  DOUBLE: { type: "DOUBLE", repetition_type: "OPTIONAL" },
  DATE: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" }, repetition_type: "OPTIONAL" },
  VARCHAR: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type: "OPTIONAL" }
};

/** Returns the rows as a Snappy-compressed Parquet file with one typed, nullable column per spec. */
export function writeParquet(rows: readonly TableRow[], columns: readonly ColumnSpec[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((column) => ({
      name: column.name,
      data: rows.map((row) => toParquetValue(row[column.name] ?? null, column))
    })),
    schema: [
      { name: "root", num_children: columns.length },
      ...columns.map((column) => ({ name: column.name, ...PARQUET_TYPES[column.type] }) as SchemaElement)
    ],
    createdBy: "safeguarding-explorer"
  });
  return new Uint8Array(buffer);
}

/** Returns the value in the physical form Parquet stores for the column's type, checking it fits. */
function toParquetValue(value: CellValue, column: ColumnSpec): number | bigint | string | null {
  if (value === null) return null;
  switch (column.type) {
    case "INTEGER":
    case "BIGINT":
      if (typeof value !== "number" || !Number.isInteger(value)) throw typeError(column, "a whole number", value);
      return column.type === "BIGINT" ? BigInt(value) : value;
    case "DOUBLE":
      if (typeof value !== "number" || !Number.isFinite(value)) throw typeError(column, "a finite number", value);
      return value;
    case "DATE":
      if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw typeError(column, "an ISO date", value);
      return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
    case "VARCHAR":
      if (typeof value !== "string") throw typeError(column, "text", value);
      return value;
  }
}

function typeError(column: ColumnSpec, expected: string, found: CellValue): Error {
  // String() keeps NaN and Infinity readable (JSON.stringify would print them as null).
  return new TypeError(`column ${column.name} (${column.type}): expected ${expected}, found ${typeof found === "number" ? String(found) : JSON.stringify(found)}`);
}
