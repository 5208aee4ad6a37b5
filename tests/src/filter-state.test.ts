import { describe, expect, it } from "vitest";
import { whenChanged } from "../../src/lib/filter-state.js";

describe("whenChanged", () => {
  it("applies only values other than the last one, starting from the initial value", () => {
    const applied: string[] = [];
    const show = whenChanged("all", (value) => applied.push(value));
    ["all", "LBC", "LBC", "all", "SEPT"].forEach(show);
    expect(applied).toEqual(["LBC", "all", "SEPT"]);
  });
});
