import { describe, expect, it } from "vitest";
import { median, medianOfRuns, quantile, ratio } from "../../scripts/bench/stats.js";

describe("quantile", () => {
  it("takes the middle value of an odd count and the mean of the two middle values of an even count", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("interpolates the 95th percentile between the two nearest ranks", () => {
    const twenty = Array.from({ length: 20 }, (_, index) => (index + 1) * 10);
    // rank 0.95 × 19 = 18.05: 190 + 0.05 × (200 − 190)
    expect(quantile(twenty, 0.95)).toBeCloseTo(190.5, 10);
    expect(quantile(twenty, 0.5)).toBe(105);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("does not reorder the values it is given", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("takes the median of unsorted run times", () => {
    expect(median([2098, 2946, 2112, 2701, 2235])).toBe(2235);
  });

  it("says what it expected when there is nothing to take a quantile or median of, or q is out of range", () => {
    expect(() => quantile([], 0.5)).toThrow("quantile: expected at least one value, found none");
    expect(() => median([])).toThrow("median: expected at least one value, found none");
    expect(() => quantile([1], 1.5)).toThrow("quantile: expected q between 0 and 1, found 1.5");
  });
});

describe("medianOfRuns", () => {
  it("is the median when every run produced the measure", () => {
    expect(medianOfRuns([300, 100, 200])).toBe(200);
  });

  it("is null when any run did not produce it, or there was no run", () => {
    expect(medianOfRuns([300, null, 200])).toBeNull();
    expect(medianOfRuns([])).toBeNull();
  });
});

describe("ratio", () => {
  it("divides a measure by the floor's", () => {
    expect(ratio(300, 200)).toBe(1.5);
  });

  it("is null when either is missing or the floor is zero", () => {
    expect(ratio(null, 200)).toBeNull();
    expect(ratio(300, null)).toBeNull();
    expect(ratio(300, 0)).toBeNull();
  });
});
