import { describe, expect, it } from "vitest";
import { describeComparison, tileComparisons, type HeadlineRow } from "../../src/components/headline-tiles.js";

function tileRow(overrides: Partial<HeadlineRow>): HeadlineRow {
  return {
    tile_id: "marac_cases", route: "domestic-abuse", label: "Domestic abuse cases referred to the MARAC", value: 363, unit: "count", period: "2012/13",
    polarity: null, source_line: 434, qualifier: null, blank_cells: null,
    comparison_kind: null, comparison_label: null, comparison_value: null, comparison_unit: null,
    second_kind: null, second_label: null, second_value: null, second_unit: null,
    ...overrides
  };
}

describe("describeComparison", () => {
  it("says up or down on an earlier year when the figure has no polarity (MARAC 363 against 244)", () => {
    expect(describeComparison(363, { kind: "previous", label: "2011/12", value: 244, unit: "count" }, null)).toBe("Up on 2011/12 (244)");
    expect(describeComparison(69.3, { kind: "previous", label: "2011/12", value: 86.2, unit: "percent" }, null)).toBe("Down on 2011/12 (86.2%)");
  });

  it("says better or worse only when polarity says which way is good", () => {
    expect(describeComparison(151, { kind: "previous", label: "2009/10", value: 326, unit: "count" }, "down_is_good")).toBe("Better than 2009/10 (326)");
    expect(describeComparison(91.8, { kind: "previous", label: "2011/12", value: 55, unit: "percent" }, "up_is_good")).toBe("Better than 2011/12 (55%)");
    expect(describeComparison(73.4, { kind: "target", label: "the target", value: 78, unit: "percent" }, "up_is_good")).toBe("Worse than the target (78%)");
  });

  it("says higher or lower than a benchmark or target with no polarity, not up or down", () => {
    expect(describeComparison(79.1, { kind: "benchmark", label: "statistical neighbours", value: 74.8, unit: "rate_per_10000" }, null)).toBe("Higher than statistical neighbours (74.8 per 10,000)");
    expect(describeComparison(363, { kind: "benchmark", label: "the level CAADA recommends", value: 290, unit: "count" }, null)).toBe("Higher than the level CAADA recommends (290)");
    expect(describeComparison(10, { kind: "target", label: "the target", value: 12, unit: "count" }, null)).toBe("Lower than the target (12)");
  });

  it("reads a percent change by its sign, whatever the figure itself (referrals 3,003, −48%)", () => {
    expect(describeComparison(3003, { kind: "change", label: "the previous year", value: -48, unit: "percent_change" }, null)).toBe("Down on the previous year (−48%)");
    expect(describeComparison(172, { kind: "change", label: "the previous year", value: 16, unit: "percent_change" }, null)).toBe("Up on the previous year (+16%)");
    expect(describeComparison(5, { kind: "change", label: "the previous year", value: -10, unit: "percent_change" }, "down_is_good")).toBe("Better than the previous year (−10%)");
  });

  it("writes a detail as value and words, with no direction", () => {
    expect(describeComparison(194, { kind: "detail", label: "on a plan for the first time", value: 78.9, unit: "percent" }, null)).toBe("78.9% on a plan for the first time");
  });

  it("says so when the comparison figure is missing, rather than inventing a direction", () => {
    expect(describeComparison(363, { kind: "previous", label: "2011/12", value: null, unit: "count" }, null)).toBe("No figure for 2011/12 in the report");
  });

  it("says 'the same as' when the two figures are equal", () => {
    expect(describeComparison(5, { kind: "previous", label: "2011/12", value: 5, unit: "count" }, "up_is_good")).toBe("The same as 2011/12 (5)");
  });
});

describe("tileComparisons", () => {
  it("returns both comparisons of a tile in order", () => {
    const row = tileRow({
      comparison_kind: "previous", comparison_label: "2011/12", comparison_value: 244, comparison_unit: "count",
      second_kind: "benchmark", second_label: "the level CAADA recommends", second_value: 290, second_unit: "count"
    });
    expect(tileComparisons(row)).toEqual(["Up on 2011/12 (244)", "Higher than the level CAADA recommends (290)"]);
  });

  it("returns nothing for a tile with no comparison", () => {
    expect(tileComparisons(tileRow({}))).toEqual([]);
  });

  it("reads a comparison without a kind, as the …Headlines queries return it, as a change on that figure", () => {
    const row = { label: "New entrants to the youth justice system", value: 151, unit: "count", period: "2012/13", polarity: "down_is_good", source_line: 692, comparison_label: "2009/10", comparison_value: 326 };
    expect(tileComparisons(row)).toEqual(["Better than 2009/10 (326)"]);
    expect(tileComparisons({ ...row, comparison_label: null, comparison_value: null })).toEqual([]);
  });

  it("uses the tile's own unit when the comparison has none", () => {
    expect(tileComparisons(tileRow({ unit: "percent", value: 28.2, comparison_kind: "previous", comparison_label: "2011/12", comparison_value: 28.5, polarity: "down_is_good" }))).toEqual([
      "Better than 2011/12 (28.5%)"
    ]);
  });
});
