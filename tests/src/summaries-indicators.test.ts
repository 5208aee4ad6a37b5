import { describe, expect, it } from "vitest";
import {
  plainPeriod,
  summarizeBreakdown,
  summarizeComparison,
  summarizePeriodChange,
  summarizeQuarterOfYear,
  summarizeRestatedFigure,
  summarizeShareAgainstPopulation,
  summarizeStatedFigures
} from "../../src/lib/summaries-indicators.js";

describe("plainPeriod", () => {
  it("turns a bracketed note into a comma clause", () => {
    expect(plainPeriod("most recent published (May 2012)")).toBe("most recent published, May 2012");
    expect(plainPeriod("2012/13")).toBe("2012/13");
  });
});

describe("summarizePeriodChange", () => {
  it("says a count fell from the first period to the last, as the report's first-time entrants did", () => {
    const rows = [
      { label: "New entrants to the youth justice system", period: "2009/10", value: 326, unit: "count" },
      { label: "New entrants to the youth justice system", period: "2012/13", value: 151, unit: "count" }
    ];
    expect(summarizePeriodChange(rows)).toBe("New entrants to the youth justice system fell from 326 (2009/10) to 151 (2012/13).");
  });

  it("says a rate rose, writing the rate in its unit", () => {
    const rows = [
      { label: "Under-18 conception rate per 1,000", period: "2009", value: 29.4, unit: "rate_per_1000" },
      { label: "Under-18 conception rate per 1,000", period: "most recent published (May 2012)", value: 33.7, unit: "rate_per_1000" }
    ];
    expect(summarizePeriodChange(rows)).toBe("Under-18 conception rate per 1,000 rose from 29.4 per 1,000 (2009) to 33.7 per 1,000 (most recent published, May 2012).");
  });

  it("says when a value stayed the same, and when there is nothing to say", () => {
    const rows = [
      { label: "X", period: "2011/12", value: 5, unit: "percent" },
      { label: "X", period: "2012/13", value: 5, unit: "percent" }
    ];
    expect(summarizePeriodChange(rows)).toBe("X stayed at 5% from 2011/12 to 2012/13.");
    expect(summarizePeriodChange([])).toBe("The report gives no figures for this measure.");
  });
});

describe("summarizeQuarterOfYear", () => {
  it("gives the year's total and the quarter's part of it, as the report's alcohol support figures", () => {
    const rows = [
      { label: "Young people receiving harm-reduction support for alcohol abuse", period: "2012/13", value: 12944, unit: "count" },
      { label: "Young people receiving harm-reduction support for alcohol abuse", period: "2012/13 Q4", value: 3938, unit: "count" }
    ];
    expect(summarizeQuarterOfYear(rows)).toBe(
      "Young people receiving harm-reduction support for alcohol abuse: 12,944 in 2012/13, of whom 3,938 (30% of the year's total) in 2012/13 Q4."
    );
  });

  it("falls back to a change between periods when there is no quarter", () => {
    expect(summarizeQuarterOfYear([{ label: "X", period: "2012/13", value: 4, unit: "count" }])).toBe("X: 4 (2012/13).");
  });
});

describe("summarizeComparison", () => {
  const reoffending = [
    { bar_label: "Luton", value: 32, unit: "percent", label: "Proven re-offending rate", period: "2011/12", highlight: 1 },
    { bar_label: "England", value: 35, unit: "percent", label: "Proven re-offending rate", period: "2011/12", highlight: 0 },
    { bar_label: "Statistical neighbours", value: 36, unit: "percent", label: "Proven re-offending rate", period: "2011/12", highlight: 0 }
  ];

  it("lists every area and says where the emphasised one ranks", () => {
    expect(summarizeComparison(reoffending)).toBe(
      "Proven re-offending rate, 2011/12: Luton 32%, England 35%, Statistical neighbours 36%. Luton's figure is the lowest."
    );
  });

  it("says highest and between too", () => {
    expect(summarizeComparison(reoffending.map((row) => ({ ...row, highlight: row.bar_label === "Statistical neighbours" ? 1 : 0 })))).toMatch(/Statistical neighbours' figure is the highest\.$/);
    expect(summarizeComparison(reoffending.map((row) => ({ ...row, highlight: row.bar_label === "England" ? 1 : 0 })))).toMatch(/England's figure is between the others\.$/);
  });
});

describe("summarizeBreakdown", () => {
  it("lists the parts and names the largest, with the period when every part shares it", () => {
    const rows = [
      { bar_label: "Chromosomal, genetic or congenital anomalies", value: 40, unit: "percent", label: "Child deaths reviewed and closed, by category of death", period: "2012/13" },
      { bar_label: "Perinatal or neonatal event", value: 23, unit: "percent", label: "Child deaths reviewed and closed, by category of death", period: "2012/13" }
    ];
    expect(summarizeBreakdown(rows)).toBe(
      "Child deaths reviewed and closed, by category of death, 2012/13: Chromosomal, genetic or congenital anomalies, 40%; Perinatal or neonatal event, 23%. The largest is Chromosomal, genetic or congenital anomalies (40%)."
    );
  });

  it("leaves the period out of the heading when the parts cover different periods", () => {
    const rows = [
      { bar_label: "All terminations, 2010/11", value: 48, unit: "count", label: "Terminations for under-18s", period: "2010/11" },
      { bar_label: "All terminations, nine months", value: 36, unit: "count", label: "Terminations for under-18s", period: "nine months" }
    ];
    expect(summarizeBreakdown(rows)).toMatch(/^Terminations for under-18s: All terminations, 2010\/11, 48;/);
  });

  it("says when every part is the same, as the SARC age bands are", () => {
    const rows = ["4-5 years", "8-9 years", "12-13 years"].map((bar_label) => ({ bar_label, value: 1, unit: "count" }));
    expect(summarizeBreakdown(rows, "Children examined, by age")).toBe("Children examined, by age: 4-5 years, 1; 8-9 years, 1; 12-13 years, 1. All 3 are the same.");
  });

  it("names every largest part when two tie", () => {
    const rows = [
      { bar_label: "A", value: 2, unit: "count" },
      { bar_label: "B", value: 5, unit: "count" },
      { bar_label: "C", value: 5, unit: "count" }
    ];
    expect(summarizeBreakdown(rows, "S")).toBe("S: A, 2; B, 5; C, 5. The largest are B and C (5 each).");
  });
});

describe("summarizeStatedFigures", () => {
  it("counts figures and measures and gives the report lines", () => {
    const rows = [
      { label: "Current and former unaccompanied asylum seeking children in the 16+ team", period: "2012/13", value: 29, unit: "count", source_line: 475 },
      { label: "Current and former unaccompanied asylum seeking children in the 16+ team", period: "2012/13", value: 11, unit: "count", source_line: 477 }
    ];
    expect(summarizeStatedFigures(rows)).toBe("The report states 2 figures here, about 1 measure, read from report lines 475 to 477.");
  });

  it("says so when a section gives no figures", () => {
    expect(summarizeStatedFigures([])).toBe("The report states no figures here: its text on this subject gives no numbers about Luton.");
  });
});

describe("summarizeRestatedFigure", () => {
  it("says the report's statements of private fostering arrangements disagree, with each line", () => {
    const rows = [
      { label: "Private fostering arrangements known to the local authority", period: "31 Mar 2013", value: 5, unit: "count", source_line: 560 },
      { label: "Private fostering arrangements known to the local authority", period: "2013 (date not stated)", value: 3, unit: "count", source_line: 566 },
      { label: "Private fostering arrangements known to the local authority", period: "2012/13", value: 5, unit: "count", source_line: 672 }
    ];
    expect(summarizeRestatedFigure(rows)).toBe(
      "The report states the number of private fostering arrangements known to the local authority 3 times, with 2 different values: 5 (31 Mar 2013, line 560), 3 (2013, date not stated, line 566) and 5 (2012/13, line 672)."
    );
  });

  it("says when the statements agree", () => {
    const rows = [
      { label: "Things", period: "2012/13", value: 4, unit: "count", source_line: 1 },
      { label: "Things", period: "2012/13", value: 4, unit: "count", source_line: 2 }
    ];
    expect(summarizeRestatedFigure(rows)).toBe("The report states the number of things 2 times, and they agree: 4 (2012/13, line 1) and 4 (2012/13, line 2).");
  });
});

describe("summarizeShareAgainstPopulation", () => {
  it("puts each group's share of deaths beside its share of the 2011 Census population", () => {
    const rows = [
      { ethnic_group: "Pakistani", series: "Luton", period: "2012/13", value: 52, unit: "percent" },
      { ethnic_group: "Pakistani", series: "Luton population (2011 Census)", period: "2011", value: 14, unit: "percent" }
    ];
    expect(summarizeShareAgainstPopulation(rows)).toBe("Pakistani children were 52% of child deaths in 2012/13, against 14% of the Luton population, 2011 Census.");
  });
});
