import { describe, expect, it } from "vitest";
import { niceWholeStep, valueAxisTicks, wrapLabel } from "../../src/lib/label-layout.js";

describe("wrapLabel", () => {
  it("breaks at spaces so no line is longer than the limit", () => {
    expect(wrapLabel("Supplies & Services (includes external trainers, venues)", 20)).toEqual(["Supplies & Services", "(includes external", "trainers, venues)"]);
  });

  it("gives a word longer than the limit a line of its own, and an empty label one empty line", () => {
    expect(wrapLabel("a Support-Services(HR/accountancy/payroll) b", 10)).toEqual(["a", "Support-Services(HR/accountancy/payroll)", "b"]);
    expect(wrapLabel("", 10)).toEqual([""]);
  });
});

describe("niceWholeStep", () => {
  it("returns 1, 2, 5, 10, 20, 50… at least the rough step", () => {
    expect([0.5, 1, 1.2, 3, 7, 183.5, 1000].map(niceWholeStep)).toEqual([1, 1, 2, 5, 10, 200, 1000]);
  });

  it("returns 1 for a step that is not a positive number", () => {
    expect([0, -3, Number.NaN].map(niceWholeStep)).toEqual([1, 1, 1]);
  });
});

describe("valueAxisTicks", () => {
  it("gives one tick per 70 px of axis, and never fewer than 2", () => {
    expect([0, 139, 140, 209, 210, 700].map(valueAxisTicks)).toEqual([2, 2, 2, 2, 3, 10]);
  });
});
