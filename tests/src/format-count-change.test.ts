import { describe, expect, it } from "vitest";
import { formatCountChange } from "../../src/lib/format.js";

describe("formatCountChange", () => {
  it("signs a change in a count with a plus or a true minus, and reads null as no data", () => {
    expect(formatCountChange(57)).toBe("+57");
    expect(formatCountChange(-1)).toBe("−1");
    expect(formatCountChange(0)).toBe("0");
    expect(formatCountChange(1234)).toBe("+1,234");
    expect(formatCountChange(null)).toBe("no data");
  });
});
