/** A column of an exported table: the row field and its header. */
export interface CsvColumn {
  key: string;
  label: string;
}

/** Returns one CSV field, quoted when it holds a comma, quote or line break; null is an empty field, never 0. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Returns RFC 4180 CSV of the rows: a header of column names, then raw values (ISO dates, unformatted numbers). */
export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly CsvColumn[]): string {
  const lines = [columns.map((column) => csvField(column.key)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key])).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** Returns a published table as CSV: its column names, then raw values (ISO dates, blank for NULL). */
export function tableCsv({ rows, columns }: { rows: readonly Record<string, unknown>[]; columns: readonly { name: string }[] }): string {
  return toCsv(rows, columns.map((column) => ({ key: column.name, label: column.name })));
}
