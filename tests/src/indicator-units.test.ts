import { describe, expect, it } from "vitest";
import { formatUnitName } from "../../src/lib/format.js";
import { textOrBlank, unitName } from "../../src/lib/indicator-units.js";

describe("unitName", () => {
  it("is formatUnitName: one mapping of unit names, not two", () => {
    expect(unitName).toBe(formatUnitName);
  });
});

describe("textOrBlank", () => {
  it("shows text as is and null as an empty cell", () => {
    expect([textOrBlank("at least"), textOrBlank(null), textOrBlank(undefined), textOrBlank(434)]).toEqual(["at least", "", "", "434"]);
  });
});
