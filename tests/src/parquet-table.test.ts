import * as arrow from "apache-arrow";
import { describe, expect, it, vi } from "vitest";

// The page imports Arrow through Framework's `npm:` specifier; in Node it is the same package.
vi.mock("npm:apache-arrow", () => import("apache-arrow"));
vi.mock("npm:hyparquet", () => import("hyparquet"));
const { vectorOf } = await import("../../src/lib/parquet-table.js");

describe("vectorOf", () => {
  it("keeps values and nulls of integers, doubles, dates and strings without compiling code", () => {
    const compile = vi.spyOn(globalThis, "Function");
    const ints = vectorOf(new arrow.Int32(), [3, null, 17]);
    const doubles = vectorOf(new arrow.Float64(), [0.5, undefined, 2]);
    const days = vectorOf(new arrow.DateDay(), [Date.UTC(2012, 7, 7), null]);
    const words = vectorOf(new arrow.Utf8(), ["Police", null, "", "IDVA"]);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
    expect([...ints]).toEqual([3, null, 17]);
    expect([...doubles]).toEqual([0.5, null, 2]);
    expect([...days]).toEqual([Date.UTC(2012, 7, 7), null]);
    expect([...words]).toEqual(["Police", null, "", "IDVA"]);
    expect([ints.nullCount, doubles.nullCount, days.nullCount, words.nullCount]).toEqual([1, 1, 1, 1]);
  });

  it("gives the same vector as Arrow's vectorFromArray", () => {
    const values = [1n, null, 5n];
    expect([...vectorOf(new arrow.Int64(), values)]).toEqual([...arrow.vectorFromArray(values, new arrow.Int64())]);
  });
});
