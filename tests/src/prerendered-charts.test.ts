import { describe, expect, it } from "vitest";
import { chartSignature } from "../../src/lib/prerendered-charts.js";

const ROWS = [{ month: new Date("2012-04-01T00:00:00Z"), cases: 23 }];

describe("chartSignature", () => {
  it("names the figure and width, then a 32-bit FNV-1a of the words and rows (worked out apart from the code)", () => {
    // FNV-1a of '["Cases by month","Summary.",[{"month":"2012-04-01T00:00:00.000Z","cases":23}]]', computed in Python.
    expect(chartSignature("marac-cases", 928, "Cases by month", "Summary.", ROWS)).toBe("marac-cases:928:061da0cf");
  });

  it("changes with the width, the words or any value of the rows, so a chart is reused only where it would be drawn the same", () => {
    const base = chartSignature("marac-cases", 928, "Cases by month", "Summary.", ROWS);
    expect(chartSignature("marac-cases", 390, "Cases by month", "Summary.", ROWS)).not.toBe(base);
    expect(chartSignature("marac-cases", 928, "Cases by month", "Another summary.", ROWS)).not.toBe(base);
    expect(chartSignature("marac-cases", 928, "Cases by month", "Summary.", [{ ...ROWS[0], cases: 24 }])).not.toBe(base);
    expect(chartSignature("other-figure", 928, "Cases by month", "Summary.", ROWS)).not.toBe(base);
  });
});
