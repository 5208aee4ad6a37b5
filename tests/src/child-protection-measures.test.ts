import { describe, expect, it } from "vitest";
import { CHILD_PROTECTION_MEASURE_IDS, DEFAULT_CHILD_PROTECTION_MEASURE, childProtectionMeasureLabel } from "../../src/lib/child-protection-measures.js";

describe("child protection measures", () => {
  it("offers the three measures the report gives for more than one year, repeat plans first and by default", () => {
    expect(CHILD_PROTECTION_MEASURE_IDS).toEqual(["cp_plans_repeat_pct", "cp_plans_ended_after_2_years_pct", "s47_to_icpc_pct"]);
    expect(DEFAULT_CHILD_PROTECTION_MEASURE).toBe(CHILD_PROTECTION_MEASURE_IDS[0]);
  });

  it("names a measure in plain words", () => {
    expect(childProtectionMeasureLabel("s47_to_icpc_pct")).toBe("Section 47 enquiries that led to a conference");
  });

  it("names the measures it knows when given another", () => {
    expect(() => childProtectionMeasureLabel("cp_plans")).toThrow(
      'childProtectionMeasureLabel: expected one of cp_plans_repeat_pct, cp_plans_ended_after_2_years_pct, s47_to_icpc_pct, found "cp_plans"'
    );
  });
});
