import { describe, expect, it } from "vitest";
import { interleavedLoadOrder, interquartileRange, median, medianOfRuns, quantile, ratio, spreadOfRuns } from "../../scripts/bench/stats.js";

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

describe("interquartileRange and spreadOfRuns", () => {
  it("takes the 75th percentile less the 25th, interpolating between ranks", () => {
    // Seven runs: q1 at rank 1.5 (150), q3 at rank 4.5 (270).
    expect(interquartileRange([100, 140, 160, 200, 240, 300, 900])).toBe(120);
    expect(interquartileRange([5])).toBe(0);
    expect(() => interquartileRange([])).toThrow("interquartileRange: expected at least one value, found none");
  });

  it("gives the count, least, quartiles, median, most and IQR, or null when a run did not produce the measure", () => {
    expect(spreadOfRuns([300, 100, 200, 400, 500])).toEqual({ runs: 5, min: 100, q1: 200, median: 300, q3: 400, max: 500, iqr: 200 });
    expect(spreadOfRuns([300, null])).toBeNull();
    expect(spreadOfRuns([])).toBeNull();
  });
});

describe("interleavedLoadOrder", () => {
  it("loads the floor before each page load and rotates the pages by one place each round", () => {
    const order = interleavedLoadOrder(["/a", "/b", "/c"], 2, "floor").map(({ path, run }) => `${path} ${run}`);
    expect(order).toEqual(["floor 1", "/a 1", "floor 2", "/b 1", "floor 3", "/c 1", "floor 4", "/b 2", "floor 5", "/c 2", "floor 6", "/a 2"]);
  });

  it("loads every page `runs` times and the floor as often as all pages together", () => {
    const order = interleavedLoadOrder(["/a", "/b"], 7, "floor");
    const count = (path: string) => order.filter((load) => load.path === path).length;
    expect([count("/a"), count("/b"), count("floor")]).toEqual([7, 7, 14]);
    // Never two pages in a row, never two floors in a row.
    expect(order.every((load, index) => index === 0 || (load.path === "floor") !== (order[index - 1]!.path === "floor"))).toBe(true);
  });

  it("is empty with no pages", () => {
    expect(interleavedLoadOrder([], 7, "floor")).toEqual([]);
  });
});
