import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { cafByAgency } from "../../../data-loaders/tables/caf-by-agency.js";
import { cafByArea } from "../../../data-loaders/tables/caf-by-area.js";
import { parseCafByAgencyTable, parseCafByAreaTable } from "../../../data-loaders/tables/caf-table.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();

describe("caf_by_area", () => {
  const rows = cafByArea.parse(report);
  const cell = (area: string, financialYear: string, quarter: number) =>
    rows.find((row) => row.area === area && row.financial_year === financialYear && row.quarter === quarter);

  it("has one row per area and quarter, 2011/12 Q1 to 2012/13 Q4, Total excluded", () => {
    expect(rows.length).toBe(40);
    expect([...new Set(rows.map((row) => row.area))]).toEqual(["Central", "East", "North", "South", "West"]);
  });

  it("reads the first cell of Table 1 exactly as printed on line 282", () => {
    expect(rows[0]).toEqual({ financial_year: "2011/12", quarter: 1, period_start: "2011-04-01", period_end: "2011-06-30", period_kind: "quarter", area: "Central", cafs: 15, source_line: 282 });
  });

  it("reads the quirky 2011/12/Q2 header as 2011/12 quarter 2 starting in July 2011", () => {
    expect(cell("Central", "2011/12", 2)).toEqual({ financial_year: "2011/12", quarter: 2, period_start: "2011-07-01", period_end: "2011-09-30", period_kind: "quarter", area: "Central", cafs: 8, source_line: 282 });
  });

  it("treats the blank Central 2012/13 Q4 cell as NULL, not 0", () => {
    expect(cell("Central", "2012/13", 4)).toEqual({ financial_year: "2012/13", quarter: 4, period_start: "2013-01-01", period_end: "2013-03-31", period_kind: "quarter", area: "Central", cafs: null, source_line: 282 });
  });

  it("reads West 2012/13 Q2 as 34 and South 2012/13 Q1 as 30", () => {
    expect(cell("West", "2012/13", 2)).toMatchObject({ cafs: 34, source_line: 286, period_start: "2012-07-01", period_end: "2012-09-30" });
    expect(cell("South", "2012/13", 1)).toMatchObject({ cafs: 30, source_line: 285 });
  });

  it("keeps the printed Total row (line 287) for the reconciliation check, not as a row", () => {
    expect(parseCafByAreaTable(report).total).toEqual({ label: "Total", cafs: [53, 50, 63, 41, 110, 89, 57, 56], line: 287 });
    expect(rows.some((row) => row.area === "Total")).toBe(false);
  });

  it("reproduces the printed Totals 53, 50, 63, 41, 110, 89, 57 and 56 (the 56 only with Central blank)", () => {
    const sums = ["2011/12", "2012/13"].flatMap((year) =>
      [1, 2, 3, 4].map((quarter) => rows.filter((row) => row.financial_year === year && row.quarter === quarter).reduce((total, row) => total + (row.cafs ?? 0), 0))
    );
    expect(sums).toEqual([53, 50, 63, 41, 110, 89, 57, 56]);
  });
});

describe("caf_by_agency", () => {
  const rows = cafByAgency.parse(report);
  const cell = (agency: string, financialYear: string, quarter: number) =>
    rows.find((row) => row.agency === agency && row.financial_year === financialYear && row.quarter === quarter);

  it("has one row per referring agency and quarter, including the detached GCP row", () => {
    expect(rows.length).toBe(56);
    expect([...new Set(rows.map((row) => row.agency))]).toEqual(["Schools", "Health", "RAT", "LBC", "YOS", "Other", "GCP"]);
  });

  it("reads the first cell of Table 2 exactly as printed on line 290", () => {
    expect(rows[0]).toEqual({ financial_year: "2011/12", quarter: 1, period_start: "2011-04-01", period_end: "2011-06-30", period_kind: "quarter", agency: "Schools", cafs: 35, source_line: 290 });
  });

  it("treats blank cells as NULL, not 0 (RAT before 2012/13, YOS before 2012/13 Q3)", () => {
    expect([1, 2, 3, 4].map((quarter) => cell("RAT", "2011/12", quarter)?.cafs)).toEqual([null, null, null, null]);
    expect([1, 2, 3, 4].map((quarter) => cell("RAT", "2012/13", quarter)?.cafs)).toEqual([58, 52, 10, 6]);
    expect([1, 2, 3, 4].map((quarter) => cell("YOS", "2012/13", quarter)?.cafs)).toEqual([null, null, 13, 7]);
  });

  it("keeps a printed 0 as 0 (Other 2012/13 Q1)", () => {
    expect(cell("Other", "2012/13", 1)).toMatchObject({ cafs: 0, source_line: 295 });
    expect(cell("Other", "2011/12", 3)).toMatchObject({ cafs: 2, source_line: 295 });
  });

  it("reads the GCP row across the blank line on 296: blank, then 10 and 0, then blank", () => {
    const gcp = rows.filter((row) => row.agency === "GCP");
    expect(gcp.map((row) => row.cafs)).toEqual([null, null, null, null, null, 10, 0, null]);
    expect(gcp.every((row) => row.source_line === 297)).toBe(true);
  });

  it("stops at the dashed rule on line 298", () => {
    expect(parseCafByAgencyTable(report)).toMatchObject({ headerLine: 289, ruleLine: 298 });
  });

  it("still ends at the prose after a blank line when the dashed rule is missing", () => {
    const broken = reportWithLine(lineStarting("-----\t--"), () => "");
    const table = parseCafByAgencyTable(broken);
    expect(table.ruleLine).toBe(null);
    expect(table.rows.map((row) => row.label)).toEqual(["Schools", "Health", "RAT", "LBC", "YOS", "Other", "GCP"]);
  });
});

describe("CAF table errors", () => {
  it("names the table, row and line when an area row has a missing cell", () => {
    const line = lineStarting("East\t");
    const broken = reportWithLine(line, (text) => text.replace(/\t10$/, ""));
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area row "East": expected 9 cells, found 8 (report line ${line})`);
  });

  it("names the quarter column when a count is not a number", () => {
    const line = lineStarting("North\t");
    const broken = reportWithLine(line, (text) => text.replace("\t28\t", "\t2B\t"));
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area row "North" column "2012/13 Q1": expected a whole number, found "2B" (report line ${line})`);
  });

  it("stops when Table 1's caption is missing", () => {
    const broken = reportWithLine(lineStarting("Table 1 – Number of CAFs"), () => "Number of CAFs completed");
    expect(() => cafByArea.parse(broken)).toThrow(ReportFormatError);
    expect(() => cafByArea.parse(broken)).toThrow(/^caf_by_area: expected one caption line matching .*, found none/);
  });

  it("stops when a quarter header label changes", () => {
    const line = lineStarting("Table 1 – Number of CAFs") + 2;
    const broken = reportWithLine(line, (text) => text.replace("2011/12 Q3", "2011/12 Q5"));
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area column "header 4": expected header label`);
    expect(() => cafByArea.parse(broken)).toThrow(`found "2011/12 Q5" (report line ${line})`);
  });

  it("stops when the header gains a ninth quarter", () => {
    const line = lineStarting("Table 1 – Number of CAFs") + 2;
    const broken = reportWithLine(line, (text) => `${text}\t2013/14 Q1`);
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area column "header 10": expected 8 quarter columns, found 9 ("2013/14 Q1") (report line ${line})`);
  });

  it("stops when the Total row is missing, at Table 2's caption", () => {
    const broken = reportWithLine(lineStarting("Total\t53"), () => "");
    const caption = lineStarting("Table 2 CAFs");
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area row "Total": expected a Total row closing the table, found "Table 2 CAFs completed by referring agency" (report line ${caption})`);
  });

  it("rejects an area row with no count at all", () => {
    const line = lineStarting("South\t");
    const broken = reportWithLine(line, () => "South\t\t\t\t\t\t\t\t");
    expect(() => cafByArea.parse(broken)).toThrow(`caf_by_area row "South": expected a count in at least one quarter, found only blank cells (report line ${line})`);
  });

  it("names Table 2 and the GCP row when the detached row loses a cell", () => {
    const line = lineStarting("GCP\t");
    const broken = reportWithLine(line, (text) => text.replace(/\t$/, ""));
    expect(() => cafByAgency.parse(broken)).toThrow(`caf_by_agency row "GCP": expected 9 cells, found 8 (report line ${line})`);
  });

  it("names Table 2's column when a count is written in words", () => {
    const line = lineStarting("Health\t");
    const broken = reportWithLine(line, (text) => text.replace("\t16\t", "\tsixteen\t"));
    expect(() => cafByAgency.parse(broken)).toThrow(`caf_by_agency row "Health" column "2011/12 Q3": expected a whole number, found "sixteen" (report line ${line})`);
  });

  it("stops when Table 2's caption is missing", () => {
    const broken = reportWithLine(lineStarting("Table 2 CAFs"), () => "CAFs by agency");
    expect(() => cafByAgency.parse(broken)).toThrow(/^caf_by_agency: expected one caption line matching .*, found none/);
  });

  it("stops when Table 2's last quarter header changes", () => {
    const line = lineStarting("Table 2 CAFs") + 1;
    const broken = reportWithLine(line, (text) => text.replace("2012/13 Q4", "2012/13 Q 4"));
    expect(() => cafByAgency.parse(broken)).toThrow(`caf_by_agency column "header 9": expected header label`);
    expect(() => cafByAgency.parse(broken)).toThrow(`found "2012/13 Q 4" (report line ${line})`);
  });

  it("stops at a row that is not part of the table after the GCP row", () => {
    const line = lineStarting("-----\t--");
    const broken = reportWithLine(line, () => "Unknown\t1\t2");
    expect(() => cafByAgency.parse(broken)).toThrow(`caf_by_agency row "Unknown": expected 9 cells, found 3 (report line ${line})`);
  });
});
