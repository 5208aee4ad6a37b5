import { describe, expect, it } from "vitest";
import { textOrBlank, unitName } from "../../src/lib/indicator-units.js";

describe("unitName", () => {
  it("names each indicators unit for a column beside a bare number", () => {
    expect(["count", "percent", "percent_change", "rate_per_1000", "rate_per_10000", "years", "gbp"].map(unitName)).toEqual(["number", "%", "% change", "per 1,000", "per 10,000", "years", "£"]);
  });

  it("gives an empty name for a missing unit", () => {
    expect(unitName(null)).toBe("");
  });

  it("names the unit it did not expect", () => {
    expect(() => unitName("furlongs")).toThrow('unitName: expected a unit such as count or percent, found "furlongs"');
  });
});

describe("textOrBlank", () => {
  it("shows text as is and null as an empty cell", () => {
    expect([textOrBlank("at least"), textOrBlank(null), textOrBlank(undefined), textOrBlank(434)]).toEqual(["at least", "", "", "434"]);
  });
});
