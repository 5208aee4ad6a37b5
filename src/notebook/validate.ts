// Checks a document read from a link or a file against notebook.schema.json, by hand: a schema compiler such as ajv
// generates code with `Function`, which the site's Content-Security-Policy forbids. A unit test keeps the two in step.
import {
  AGGREGATES, CELL_TYPES, CHART_MARKS, DERIVATIONS, FILTER_OPERATORS, NOTEBOOK_VERSION, RESULT_NAME, STEP_OPS,
  type Cell, type Notebook, type Step
} from "./model.js";

/** A notebook that does not match the schema; the message names the field, what was expected and what was found. */
export class NotebookFormatError extends Error {
  override name = "NotebookFormatError";
}

const CELL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** Returns `value` as a Notebook, or throws NotebookFormatError naming the first field that does not match the schema. */
export function validateNotebook(value: unknown): Notebook {
  const doc = object(value, "the notebook");
  allowOnly(doc, ["version", "title", "data_version", "cells"], "the notebook");
  if (doc.version !== NOTEBOOK_VERSION) fail("version", `${NOTEBOOK_VERSION}`, doc.version);
  if (doc.title !== undefined) text(doc.title, "title", 200);
  if (doc.data_version !== undefined) {
    const version = object(doc.data_version, "data_version");
    allowOnly(version, ["report_sha256", "parquet_sha256"], "data_version");
    matching(version.report_sha256, "data_version.report_sha256", SHA256, "a SHA-256 in 64 lowercase hex digits");
    const parquet = object(version.parquet_sha256, "data_version.parquet_sha256");
    for (const [table, hash] of Object.entries(parquet)) matching(hash, `data_version.parquet_sha256.${table}`, SHA256, "a SHA-256 in 64 lowercase hex digits");
  }
  if (!Array.isArray(doc.cells)) fail("cells", "an array of cells", doc.cells);
  if (doc.cells.length > 200) fail("cells", "at most 200 cells", `${doc.cells.length}`);
  doc.cells.forEach((cell, index) => validateCell(cell, `cells[${index}]`));
  return doc as unknown as Notebook;
}

function validateCell(value: unknown, at: string): asserts value is Cell {
  const cell = object(value, at);
  matching(cell.id, `${at}.id`, CELL_ID, "an id of 1 to 64 letters, digits, - or _");
  oneOf(cell.type, `${at}.type`, CELL_TYPES);
  switch (cell.type) {
    case "sql":
      allowOnly(cell, ["id", "type", "name", "sql"], at);
      name(cell.name, `${at}.name`);
      text(cell.sql, `${at}.sql`, 100_000);
      return;
    case "steps":
      allowOnly(cell, ["id", "type", "name", "from", "steps"], at);
      name(cell.name, `${at}.name`);
      name(cell.from, `${at}.from`);
      if (!Array.isArray(cell.steps)) fail(`${at}.steps`, "an array of steps", cell.steps);
      if (cell.steps.length > 50) fail(`${at}.steps`, "at most 50 steps", `${cell.steps.length}`);
      cell.steps.forEach((step, index) => validateStep(step, `${at}.steps[${index}]`));
      return;
    case "chart":
      allowOnly(cell, ["id", "type", "from", "mark", "x", "y", "color", "fx", "brush"], at);
      name(cell.from, `${at}.from`);
      oneOf(cell.mark, `${at}.mark`, CHART_MARKS);
      column(cell.x, `${at}.x`);
      column(cell.y, `${at}.y`);
      if (cell.color !== undefined) column(cell.color, `${at}.color`);
      if (cell.fx !== undefined) column(cell.fx, `${at}.fx`);
      if (cell.brush !== undefined) name(cell.brush, `${at}.brush`);
      return;
    case "text":
      allowOnly(cell, ["id", "type", "markdown"], at);
      text(cell.markdown, `${at}.markdown`, 100_000);
      return;
  }
}

function validateStep(value: unknown, at: string): asserts value is Step {
  const step = object(value, at);
  oneOf(step.op, `${at}.op`, STEP_OPS);
  switch (step.op) {
    case "filter":
      allowOnly(step, ["op", "column", "operator", "value"], at);
      column(step.column, `${at}.column`);
      oneOf(step.operator, `${at}.operator`, FILTER_OPERATORS);
      if (step.value !== undefined && typeof step.value !== "string" && !isFiniteNumber(step.value)) fail(`${at}.value`, "text or a number", step.value);
      if (step.value === undefined && step.operator !== "is null" && step.operator !== "is not null") fail(`${at}.value`, `a value to compare with ${String(step.operator)}`, undefined);
      return;
    case "derive":
      allowOnly(step, ["op", "kind", "column", "as", "population", "order", "window", "by"], at);
      oneOf(step.kind, `${at}.kind`, DERIVATIONS);
      column(step.column, `${at}.column`);
      column(step.as, `${at}.as`);
      if (step.population !== undefined && typeof step.population !== "string" && !(isFiniteNumber(step.population) && step.population > 0))
        fail(`${at}.population`, "a positive number or a column's name", step.population);
      if (step.kind === "rate_per_10000" && step.population === undefined) fail(`${at}.population`, "a population (a number or a column) for a rate per 10,000", undefined);
      if (step.order !== undefined) column(step.order, `${at}.order`);
      if (["change_on_previous", "running_total", "rolling_mean"].includes(step.kind as string) && step.order === undefined) fail(`${at}.order`, `the column that orders the rows for ${String(step.kind)}`, undefined);
      if (step.window !== undefined && !(Number.isInteger(step.window) && (step.window as number) >= 1 && (step.window as number) <= 1000)) fail(`${at}.window`, "a whole number from 1 to 1000", step.window);
      if (step.kind === "rolling_mean" && step.window === undefined) fail(`${at}.window`, "how many rows the rolling mean covers", undefined);
      if (step.by !== undefined) columns(step.by, `${at}.by`);
      return;
    case "group": {
      allowOnly(step, ["op", "by", "aggregates"], at);
      columns(step.by, `${at}.by`);
      if (!Array.isArray(step.aggregates) || step.aggregates.length === 0) fail(`${at}.aggregates`, "an array of at least one aggregate", step.aggregates);
      step.aggregates.forEach((value, index) => {
        const where = `${at}.aggregates[${index}]`;
        const aggregate = object(value, where);
        allowOnly(aggregate, ["fn", "column", "as"], where);
        oneOf(aggregate.fn, `${where}.fn`, AGGREGATES);
        if (aggregate.column !== undefined) column(aggregate.column, `${where}.column`);
        else if (aggregate.fn !== "count") fail(`${where}.column`, `the column to ${String(aggregate.fn)}`, undefined);
        column(aggregate.as, `${where}.as`);
      });
      return;
    }
    case "sort":
      allowOnly(step, ["op", "by"], at);
      if (!Array.isArray(step.by) || step.by.length === 0) fail(`${at}.by`, "an array of at least one sort key", step.by);
      step.by.forEach((value, index) => {
        const where = `${at}.by[${index}]`;
        const key = object(value, where);
        allowOnly(key, ["column", "descending"], where);
        column(key.column, `${where}.column`);
        if (key.descending !== undefined && typeof key.descending !== "boolean") fail(`${where}.descending`, "true or false", key.descending);
      });
      return;
    case "limit":
      allowOnly(step, ["op", "count"], at);
      if (!(Number.isInteger(step.count) && (step.count as number) >= 0 && (step.count as number) <= 1_000_000)) fail(`${at}.count`, "a whole number from 0 to 1,000,000", step.count);
      return;
  }
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(at, "an object", value);
  return value as Record<string, unknown>;
}

function allowOnly(value: Record<string, unknown>, keys: readonly string[], at: string): void {
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new NotebookFormatError(`${at === "the notebook" ? "" : `${at}.`}${key}: expected no such field (${at} may have ${keys.join(", ")}), found one.`);
}

function text(value: unknown, at: string, max: number): void {
  if (typeof value !== "string") fail(at, "text", value);
  if (value.length > max) fail(at, `text of at most ${max.toLocaleString("en-GB")} characters`, `${value.length.toLocaleString("en-GB")} characters`);
}

function matching(value: unknown, at: string, pattern: RegExp, expected: string): void {
  if (typeof value !== "string" || !pattern.test(value)) fail(at, expected, value);
}

function name(value: unknown, at: string): void {
  matching(value, at, RESULT_NAME, "a name of letters, digits and _ that does not start with a digit (at most 63)");
}

function column(value: unknown, at: string): void {
  if (typeof value !== "string" || value.length === 0 || value.length > 200) fail(at, "a column's name", value);
}

function columns(value: unknown, at: string): void {
  if (!Array.isArray(value)) fail(at, "an array of column names", value);
  value.forEach((item, index) => column(item, `${at}[${index}]`));
}

function oneOf(value: unknown, at: string, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) fail(at, `one of ${allowed.join(", ")}`, value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function fail(at: string, expected: string, found: unknown): never {
  throw new NotebookFormatError(`${at}: expected ${expected}, found ${describe(found)}.`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}
