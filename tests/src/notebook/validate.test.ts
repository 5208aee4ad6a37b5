import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CELL_TYPES, CHART_MARKS, DERIVATIONS, FILTER_OPERATORS, STEP_OPS } from "../../../src/notebook/model.js";
import { validateNotebook } from "../../../src/notebook/validate.js";

const SCHEMA = JSON.parse(readFileSync(new URL("../../../src/notebook/notebook.schema.json", import.meta.url), "utf-8"));

describe("validateNotebook", () => {
  it("accepts every cell type", () => {
    const notebook = {
      version: 1,
      title: "MARAC",
      cells: [
        { id: "a", type: "sql", name: "total", sql: "SELECT 1" },
        { id: "b", type: "steps", name: "s", from: "total", steps: [{ op: "filter", column: "x", operator: "is null" }, { op: "limit", count: 3 }] },
        { id: "c", type: "chart", from: "total", mark: "bar", x: "a", y: "b", color: "c", fx: "d", brush: "brush" },
        { id: "d", type: "text", markdown: "# Hi" }
      ]
    };
    expect(validateNotebook(notebook)).toBe(notebook);
  });

  it.each([
    [[], "the notebook: expected an object, found an array."],
    [{ cells: [] }, "version: expected 1, found nothing."],
    [{ version: 1, cells: [{ id: "a", type: "python", code: "x" }] }, 'cells[0].type: expected one of sql, steps, chart, text, found "python".'],
    [{ version: 1, cells: [{ id: "a", type: "sql", name: "1x", sql: "" }] }, 'cells[0].name: expected a name of letters, digits and _ that does not start with a digit (at most 63), found "1x".'],
    [{ version: 1, cells: [{ id: "a", type: "chart", from: "t", mark: "pie", x: "a", y: "b" }] }, 'cells[0].mark: expected one of bar, line, dot, area, rule, text, cell, found "pie".'],
    [{ version: 1, cells: [{ id: "a", type: "text", markdown: "x", html: "<b>" }] }, "cells[0].html: expected no such field (cells[0] may have id, type, markdown), found one."],
    [{ version: 1, cells: [{ id: "a", type: "steps", name: "s", from: "t", steps: [{ op: "derive", kind: "rolling_mean", column: "c", as: "m", order: "o" }] }] }, "cells[0].steps[0].window: expected how many rows the rolling mean covers, found nothing."],
    [{ version: 1, cells: [{ id: "a", type: "steps", name: "s", from: "t", steps: [{ op: "limit", count: -1 }] }] }, "cells[0].steps[0].count: expected a whole number from 0 to 1,000,000, found -1."],
    [{ version: 1, data_version: { report_sha256: "x", parquet_sha256: {} }, cells: [] }, 'data_version.report_sha256: expected a SHA-256 in 64 lowercase hex digits, found "x".']
  ])("names the field that does not match: %j", (value, message) => {
    expect(() => validateNotebook(value)).toThrow(message);
  });

  it("checks the same lists as the published JSON Schema", () => {
    expect(SCHEMA.$defs.cell.properties.type.enum).toEqual([...CELL_TYPES]);
    expect(SCHEMA.$defs.chartCell.properties.mark.enum).toEqual([...CHART_MARKS]);
    expect(SCHEMA.$defs.step.properties.op.enum).toEqual([...STEP_OPS]);
    expect(SCHEMA.$defs.step.oneOf[0].properties.operator.enum).toEqual([...FILTER_OPERATORS]);
    expect(SCHEMA.$defs.step.oneOf[1].properties.kind.enum).toEqual([...DERIVATIONS]);
    expect(SCHEMA.required).toEqual(["version", "cells"]);
    expect(Object.keys(SCHEMA.properties)).toEqual(["version", "title", "data_version", "cells"]);
    for (const type of CELL_TYPES) expect(Object.keys(SCHEMA.$defs[`${type}Cell`].properties)).toEqual(expect.arrayContaining(["id", "type"]));
  });
});
