/** Returns a SQL literal for a parameter value: quoted text, plain numbers, DATE '…' for dates, NULL. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`sqlLiteral: expected a finite number, found ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `DATE '${value.toISOString().slice(0, 10)}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** Returns the SQL with `$1`, `$2`… replaced by literals of `params`, so it runs on its own (in the explorer). */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)\b/g, (placeholder, index: string) => {
    const position = Number(index) - 1;
    if (position >= params.length) throw new Error(`inlineParams: expected a value for ${placeholder}, found only ${params.length} parameters`);
    return sqlLiteral(params[position]);
  });
}
