import { describe, expect, it } from "vitest";
import { formatQuarter, parseQuarterLabel, quarterLabelPattern } from "../../../data-loaders/report/quarter-label.js";

const at = { table: "caf_by_area", line: 281, column: "header 3" };

describe("parseQuarterLabel", () => {
  it("reads `2012/13 Q4` as financial year 2012/13, quarter 4", () => {
    expect(parseQuarterLabel("2012/13 Q4", at)).toEqual({ financialYear: "2012/13", quarter: 4 });
  });

  it("reads the report's quirky `2011/12/Q2` as 2011/12 quarter 2", () => {
    expect(parseQuarterLabel("2011/12/Q2", at)).toEqual({ financialYear: "2011/12", quarter: 2 });
  });

  it("rejects a quarter 5 and a year whose halves do not follow on", () => {
    expect(() => parseQuarterLabel("2011/12 Q5", at)).toThrow('caf_by_area column "header 3": expected a financial-year quarter such as 2012/13 Q1, found "2011/12 Q5" (report line 281)');
    expect(() => parseQuarterLabel("2011/13 Q1", at)).toThrow('found "2011/13 Q1"');
  });
});

describe("quarterLabelPattern and formatQuarter", () => {
  it("match both spellings of a quarter and print it in the usual one", () => {
    const pattern = quarterLabelPattern({ financialYear: "2011/12", quarter: 2 });
    expect(["2011/12 Q2", "2011/12/Q2", "2011/12 Q3", "2012/12 Q2"].map((label) => pattern.test(label))).toEqual([true, true, false, false]);
    expect(formatQuarter({ financialYear: "2011/12", quarter: 2 })).toBe("2011/12 Q2");
  });
});
