import { describe, expect, it } from "vitest";
import { median } from "../../scripts/bench-first-paint.js";

describe("median", () => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(median([2098, 2946, 2112, 2701, 2235])).toBe(2235);
  });

  it("takes the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("says it needs a value", () => {
    expect(() => median([])).toThrow("median: expected at least one value, found none");
  });
});
