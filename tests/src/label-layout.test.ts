import { describe, expect, it } from "vitest";
import { niceWholeStep, textWidth, valueAxisTicks, wholeTicks, wrapLabel, wrapToWidth } from "../../src/lib/label-layout.js";

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

describe("wholeTicks", () => {
  it("steps by 1, 2, 5, 10… from the first whole multiple, never by a half", () => {
    expect(wholeTicks(0, 1, 6)).toEqual([0, 1]);
    expect(wholeTicks(0, 4, 2)).toEqual([0, 2, 4]);
    expect(wholeTicks(0, 363, 4)).toEqual([0, 100, 200, 300]);
  });
});

describe("textWidth and wrapToWidth", () => {
  it("count 0.6 em a character on the longest line, and wrap to fit the pixels given", () => {
    expect(textWidth("abcde\nab", 10)).toBe(30);
    expect(wrapToWidth("3 of 4, 1 without apologies", 120, 13)).toEqual(["3 of 4, 1", "without", "apologies"]);
  });
});
