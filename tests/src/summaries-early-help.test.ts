import { describe, expect, it } from "vitest";
import {
  describeBlankAreas,
  describePeriodWithBlanks,
  summarizeCafByAgency,
  summarizeCafByQuarter,
  summarizeCafTablesCompared,
  summarizeRatShare,
  titleCafByQuarter,
  type CafQuarterRow
} from "../../src/lib/summaries-early-help.js";

// Table 1 of the report, all areas and Central alone (Central's 2012/13 Q4 cell is blank).
const ALL_AREAS: CafQuarterRow[] = [
  { area: "All areas", quarter_label: "Q1", cafs_2011_12: 53, cafs_2012_13: 110, change_cafs: 57, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "All areas", quarter_label: "Q2", cafs_2011_12: 50, cafs_2012_13: 89, change_cafs: 39, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "All areas", quarter_label: "Q3", cafs_2011_12: 63, cafs_2012_13: 57, change_cafs: -6, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "All areas", quarter_label: "Q4", cafs_2011_12: 41, cafs_2012_13: 56, change_cafs: null, blank_areas_2011_12: null, blank_areas_2012_13: "Central" }
];
const CENTRAL: CafQuarterRow[] = [
  { area: "Central", quarter_label: "Q1", cafs_2011_12: 15, cafs_2012_13: 11, change_cafs: -4, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "Central", quarter_label: "Q2", cafs_2011_12: 8, cafs_2012_13: 22, change_cafs: 14, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "Central", quarter_label: "Q3", cafs_2011_12: 14, cafs_2012_13: 18, change_cafs: 4, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "Central", quarter_label: "Q4", cafs_2011_12: 6, cafs_2012_13: null, change_cafs: null, blank_areas_2011_12: null, blank_areas_2012_13: "Central" }
];

describe("summarizeCafByQuarter", () => {
  it("gives both years' totals, names the area left out of a sum, and the biggest change", () => {
    expect(summarizeCafByQuarter(ALL_AREAS)).toBe(
      "Across all areas, 207 CAFs were completed in 2011/12 and 312 in 2012/13 (Q4 has no figure for Central). The biggest change on the year was in Q1: from 53 to 110 (+57)."
    );
  });

  it("says a blank quarter is blank rather than counting it as 0", () => {
    expect(summarizeCafByQuarter(CENTRAL)).toBe(
      "In Central, 43 CAFs were completed in 2011/12 and 51 in 2012/13 (Q4 is blank in the report). The biggest change on the year was in Q2: from 8 to 22 (+14)."
    );
  });

  it("says so when there are no rows", () => {
    expect(summarizeCafByQuarter([])).toBe("No CAF figures are recorded for this choice.");
  });
});

// Table 1 of the report, West alone (report line 286): 15, 11, 22, 5 in 2011/12; 25, 34, 16, 14 in 2012/13.
const WEST: CafQuarterRow[] = [
  { area: "West", quarter_label: "Q1", cafs_2011_12: 15, cafs_2012_13: 25, change_cafs: 10, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "West", quarter_label: "Q2", cafs_2011_12: 11, cafs_2012_13: 34, change_cafs: 23, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "West", quarter_label: "Q3", cafs_2011_12: 22, cafs_2012_13: 16, change_cafs: -6, blank_areas_2011_12: null, blank_areas_2012_13: null },
  { area: "West", quarter_label: "Q4", cafs_2011_12: 5, cafs_2012_13: 14, change_cafs: 9, blank_areas_2011_12: null, blank_areas_2012_13: null }
];

describe("titleCafByQuarter", () => {
  it("gives the all-areas takeaway for all of Luton (207 CAFs, then at least 312; the biggest rise +57 in Q1)", () => {
    expect(titleCafByQuarter(ALL_AREAS)).toBe("Across Luton, more CAFs were completed in 2012/13 than in 2011/12, with the biggest rise in the first quarter");
  });

  it("names the chosen area and its own biggest rise (West: 53 then 89, +23 in Q2)", () => {
    expect(titleCafByQuarter(WEST)).toBe("In West, more CAFs were completed in 2012/13 than in 2011/12, with the biggest rise in the second quarter");
  });

  it("counts a blank cell as unknown, not 0: Central's 51 over three quarters is still more than 43", () => {
    expect(titleCafByQuarter(CENTRAL)).toBe("In Central, more CAFs were completed in 2012/13 than in 2011/12, with the biggest rise in the second quarter");
  });

  it("does not claim fewer when the smaller year has a blank cell", () => {
    const rows = CENTRAL.map((row) => ({ ...row, cafs_2011_12: (row.cafs_2011_12 ?? 0) + 10 }));
    expect(titleCafByQuarter(rows)).toBe("In Central, CAFs completed per quarter, 2011/12 beside 2012/13");
  });

  it("names the biggest fall when fewer were completed, and every quarter tied for it", () => {
    const rows = WEST.map((row) => ({ ...row, cafs_2011_12: row.cafs_2012_13, cafs_2012_13: row.cafs_2011_12, change_cafs: -row.change_cafs! }));
    expect(titleCafByQuarter(rows)).toBe("In West, fewer CAFs were completed in 2012/13 than in 2011/12, with the biggest fall in the second quarter");
    const tied = rows.map((row) => (row.quarter_label === "Q1" ? { ...row, cafs_2011_12: 38, change_cafs: -23 } : row));
    expect(titleCafByQuarter(tied)).toBe("In West, fewer CAFs were completed in 2012/13 than in 2011/12, with the biggest fall in the first and second quarters");
  });

  it("describes the chart while there are no rows", () => {
    expect(titleCafByQuarter([])).toBe("CAFs completed per quarter, 2011/12 beside 2012/13");
  });
});

describe("summarizeCafByAgency", () => {
  it("names the agency with the most CAFs and the agencies with blank cells", () => {
    const rows = [
      { period: "2011/12 Q1", agency: "Schools", cafs: 35 },
      { period: "2011/12 Q1", agency: "RAT", cafs: null },
      { period: "2012/13 Q1", agency: "Schools", cafs: 32 },
      { period: "2012/13 Q1", agency: "RAT", cafs: 58 }
    ];
    expect(summarizeCafByAgency(rows)).toBe(
      "Over the 2 quarters, Schools completed the most CAFs (67). The report leaves cells blank for RAT (1 quarter); blank cells are shown as no data, not 0."
    );
  });
});

describe("summarizeRatShare", () => {
  it("gives the highest and lowest share with their counts, and the quarters with no figure", () => {
    const rows = [
      { period: "2011/12 Q4", rat_cafs: null, agency_cafs: 41, rat_share_pct: null },
      { period: "2012/13 Q1", rat_cafs: 58, agency_cafs: 109, rat_share_pct: 53.2 },
      { period: "2012/13 Q4", rat_cafs: 6, agency_cafs: 58, rat_share_pct: 10.3 }
    ];
    expect(summarizeRatShare(rows)).toBe(
      "The RAT's share of CAFs was highest in 2012/13 Q1 (53.2%, 58 of 109) and lowest in 2012/13 Q4 (10.3%, 6 of 58). The report gives no RAT figure for 2011/12 Q4."
    );
  });
});

describe("summarizeCafTablesCompared", () => {
  it("counts the quarters that agree and lists those that do not, with the largest gap", () => {
    const rows = [
      { period: "2011/12 Q1", area_cafs: 53, agency_cafs: 53, difference_cafs: 0 },
      { period: "2012/13 Q1", area_cafs: 110, agency_cafs: 109, difference_cafs: -1 },
      { period: "2012/13 Q3", area_cafs: 57, agency_cafs: 70, difference_cafs: 13 }
    ];
    expect(summarizeCafTablesCompared(rows)).toBe(
      "The two tables give the same CAF total in 1 of 3 quarters. They differ in 2012/13 Q1 (110 by area, 109 by agency) and 2012/13 Q3 (57 by area, 70 by agency). The largest gap is 13, in 2012/13 Q3."
    );
  });

  it("says when every quarter agrees", () => {
    expect(summarizeCafTablesCompared([{ period: "2011/12 Q1", area_cafs: 53, agency_cafs: 53, difference_cafs: 0 }])).toBe("The two tables give the same CAF total in all 1 quarters.");
  });
});

describe("describeBlankAreas and describePeriodWithBlanks", () => {
  it("name the blank cells, or say nothing when there are none", () => {
    expect(describeBlankAreas("Central")).toBe("the report gives no figure for Central; the bar adds up the other areas");
    expect(describeBlankAreas(null)).toBeNull();
    expect(describePeriodWithBlanks("2012/13", "Central Q4")).toBe("2012/13 (no figure for Central Q4)");
    expect(describePeriodWithBlanks("2012/13", null)).toBe("2012/13");
  });
});
