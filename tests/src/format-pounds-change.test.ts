import { describe, expect, it } from "vitest";
import { formatPoundsChange } from "../../src/lib/format.js";

describe("formatPoundsChange", () => {
  it("signs money with a true minus sign and keeps pence", () => {
    expect([formatPoundsChange(-207365.53), formatPoundsChange(72542.57), formatPoundsChange(43464), formatPoundsChange(0), formatPoundsChange(null)]).toEqual([
      "−£207,365.53",
      "+£72,542.57",
      "+£43,464",
      "£0",
      "no data"
    ]);
  });
});
