import * as arrow from "npm:apache-arrow";
import { parquetMetadata, parquetReadObjects } from "npm:hyparquet";

type SchemaElement = ReturnType<typeof parquetMetadata>["schema"][number];

/** Returns the Arrow type matching a Parquet column as the extraction writes it (INT32, INT64, DOUBLE, DATE, UTF8). */
export function arrowTypeOf(element: SchemaElement): arrow.DataType {
  if (element.converted_type === "DATE") return new arrow.DateDay();
  switch (element.type) {
    case "INT32":
      return new arrow.Int32();
    case "INT64":
      return new arrow.Int64();
    case "DOUBLE":
      return new arrow.Float64();
    case "BYTE_ARRAY":
      return new arrow.Utf8();
    default:
      throw new Error(`parquet column ${element.name}: expected INT32, INT64, DOUBLE, DATE or UTF8, found ${element.type}`);
  }
}

/** Decodes a Parquet file (pure JS, hyparquet) into an Arrow table with the file's own column types. */
export async function readParquetTable(buffer: ArrayBuffer): Promise<arrow.Table> {
  const metadata = parquetMetadata(buffer);
  const rows = (await parquetReadObjects({ file: buffer, metadata })) as Record<string, unknown>[];
  const columns = metadata.schema.slice(1);
  const vectors = Object.fromEntries(
    columns.map((element) => {
      const type = arrowTypeOf(element);
      const values = rows.map((row) => {
        const value = row[element.name] ?? null;
        return arrow.DataType.isDate(type) && value instanceof Date ? value.getTime() : value;
      });
      return [element.name, vectorOf(type, values)];
    })
  );
  return new arrow.Table(vectors);
}

/** Returns an Arrow vector of `type` holding `values` (null marks a missing value), built without Arrow's `vectorFromArray`, whose `new Function` the site's Content-Security-Policy forbids. */
export function vectorOf<T extends arrow.DataType>(type: T, values: readonly unknown[]): arrow.Vector<T> {
  const builder = arrow.makeBuilder({ type });
  for (const value of values) {
    if (value === null || value === undefined) builder.setValid(builder.length, false);
    else builder.append(value as T["TValue"]);
  }
  return builder.finish().toVector();
}
