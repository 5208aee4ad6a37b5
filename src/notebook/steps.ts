// A steps cell's form compiled to one DuckDB query: each step reads the one before it as a common table expression
// (`step_1`, `step_2`…), so the SQL shown reads top to bottom like the form. Names are always double-quoted and values
// written as literals of their type, so nothing typed in the form can change the query's shape.
import type { DeriveStep, Step } from "./model.js";

/** Returns a name double-quoted for SQL: `"cases"`, `"odd""name"`. */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Returns the SQL a steps cell runs: `SELECT * FROM from` when it has no steps. */
export function compileSteps(from: string, steps: readonly Step[]): string {
  if (steps.length === 0) return `SELECT * FROM ${quoteName(from)}`;
  const parts = steps.map((step, index) => `step_${index + 1} AS (\n  ${compileStep(step, index === 0 ? quoteName(from) : `step_${index}`)}\n)`);
  return `WITH ${parts.join(",\n")}\nSELECT * FROM step_${steps.length}`;
}

function compileStep(step: Step, source: string): string {
  switch (step.op) {
    case "filter":
      return `SELECT * FROM ${source} WHERE ${condition(step.column, step.operator, step.value)}`;
    case "derive":
      return `SELECT *, ${derivation(step)} AS ${quoteName(step.as)} FROM ${source}`;
    case "group": {
      const keys = step.by.map(quoteName);
      const aggregates = step.aggregates.map(({ fn, column, as }) => `${fn === "count" ? (column ? `COUNT(${quoteName(column)})` : "COUNT(*)") : `${fn.toUpperCase()}(${quoteName(column!)})`} AS ${quoteName(as)}`);
      return `SELECT ${[...keys, ...aggregates].join(", ")} FROM ${source}${keys.length ? ` GROUP BY ${keys.join(", ")}` : ""}`;
    }
    case "sort":
      return `SELECT * FROM ${source} ORDER BY ${step.by.map(({ column, descending }) => `${quoteName(column)}${descending ? " DESC" : ""}`).join(", ")}`;
    case "limit":
      return `SELECT * FROM ${source} LIMIT ${integer(step.count, "limit")}`;
  }
}

function condition(column: string, operator: string, value: string | number | undefined): string {
  const name = quoteName(column);
  if (operator === "is null") return `${name} IS NULL`;
  if (operator === "is not null") return `${name} IS NOT NULL`;
  if (value === undefined) throw new Error(`filter on ${column}: expected a value to compare with ${operator}, found none.`);
  if (operator === "contains") return `contains(CAST(${name} AS VARCHAR), ${literal(String(value))})`;
  return `${name} ${operator} ${literal(value)}`;
}

function derivation(step: DeriveStep): string {
  const column = quoteName(step.column);
  // A share is of the whole group's total, so its window has no order.
  const over = (frame = "", ordered = true) => {
    const partition = step.by?.length ? `PARTITION BY ${step.by.map(quoteName).join(", ")}` : "";
    const order = step.order && ordered ? `ORDER BY ${quoteName(step.order)}` : "";
    return `OVER (${[partition, order, frame].filter(Boolean).join(" ")})`;
  };
  switch (step.kind) {
    case "rate_per_10000": {
      if (step.population === undefined) throw new Error(`derive ${step.as}: a rate per 10,000 needs a population (a number or a column).`);
      const population = typeof step.population === "number" ? literal(step.population) : quoteName(step.population);
      return `${column} * 10000.0 / ${population}`;
    }
    case "change_on_previous":
      return `${column} - LAG(${column}) ${over()}`;
    case "share_of_total":
      return `${column} * 100.0 / SUM(${column}) ${over("", false)}`;
    case "running_total":
      return `SUM(${column}) ${over("ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW")}`;
    case "rolling_mean":
      return `AVG(${column}) ${over(`ROWS BETWEEN ${integer((step.window ?? 1) - 1, "window")} PRECEDING AND CURRENT ROW`)}`;
  }
}

function literal(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`expected a finite number, found ${value}`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

function integer(value: number, what: string): string {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${what}: expected a whole number, found ${value}`);
  return String(value);
}
