// The overview's trends: the rows its queries return from the report, with their dates, and the words written from them.
import { describe, expect, it } from "vitest";
import { runSqlCalls } from "../../data-loaders/query-results.js";
import { callValues, type FigureSpec } from "../../src/figures/define.js";
import { childProtectionTrends, referralTrends } from "../../src/figures/overview.js";
import { shippedRows } from "../../src/lib/shipped-results.js";
import { summarizePeriodTrends, titlePeriodTrends, type PeriodValueRow } from "../../src/lib/summaries-trends.js";

async function rowsOf(figure: FigureSpec): Promise<PeriodValueRow[]> {
  const [result] = await runSqlCalls([{ name: figure.rows.query.name, sql: figure.rows.query.positionalSql, params: callValues(figure.rows), tables: figure.rows.query.tables }]);
  return shippedRows({ ...result!, sql: figure.rows.query.sql, tables: figure.rows.query.tables }) as unknown as PeriodValueRow[];
}

const day = (row: PeriodValueRow, key: "period_start" | "period_end") => row[key]?.toISOString().slice(0, 10) ?? null;
const brief = (rows: PeriodValueRow[]) => rows.map((row) => [row.measure, row.period, day(row, "period_start"), day(row, "period_end"), row.period_kind, row.share_pct, row.source_line]);

describe("the overview's referral trends", () => {
  it("are the re-referral and initial-assessment rates of 2011/12 and 2012/13 (report line 686), each across its financial year", async () => {
    // Line 686: "… stands at 28.2% for the year … the previous year's rate of 28.5%. … Initial Assessment stands at 69.3%, … last year's figure of 86.2%."
    expect(brief(await rowsOf(referralTrends))).toEqual([
      ["Re-referrals within 12 months", "2011/12", "2011-04-01", "2012-03-31", "financial_year", 28.5, 686],
      ["Re-referrals within 12 months", "2012/13", "2012-04-01", "2013-03-31", "financial_year", 28.2, 686],
      ["Referrals that went on to an initial assessment", "2011/12", "2011-04-01", "2012-03-31", "financial_year", 86.2, 686],
      ["Referrals that went on to an initial assessment", "2012/13", "2012-04-01", "2013-03-31", "financial_year", 69.3, 686]
    ]);
  });

  it("are titled by the measure that moved most and summarised oldest first", async () => {
    const rows = await rowsOf(referralTrends);
    expect(titlePeriodTrends(rows, "none")).toBe("Referrals that went on to an initial assessment fell from 86.2% in 2011/12 to 69.3% in 2012/13");
    expect(summarizePeriodTrends(rows)).toBe("Re-referrals within 12 months: 28.5% in 2011/12, 28.2% in 2012/13. Referrals that went on to an initial assessment: 86.2% in 2011/12, 69.3% in 2012/13.");
  });
});

describe("the overview's child protection trends", () => {
  it("mix calendar years and financial years as the report gives them (lines 668 and 670), each with its own dates", async () => {
    // Line 670: "increased to 9.2% in the year … (6.8% in 2012)"; "rose to 17.6% - from 11.8% last year and 10.5% in 2011".
    // Line 668: "remains constant at around 55% (52% in 10-11)".
    expect(brief(await rowsOf(childProtectionTrends))).toEqual([
      ["Plans for a second or subsequent time", "2011", "2011-01-01", "2011-12-31", "calendar_year", 10.5, 670],
      ["Plans for a second or subsequent time", "2011/12", "2011-04-01", "2012-03-31", "financial_year", 11.8, 670],
      ["Plans for a second or subsequent time", "2012/13", "2012-04-01", "2013-03-31", "financial_year", 17.6, 670],
      ["Plans that ended after two years or more", "2012", "2012-01-01", "2012-12-31", "calendar_year", 6.8, 670],
      ["Plans that ended after two years or more", "2012/13", "2012-04-01", "2013-03-31", "financial_year", 9.2, 670],
      ["Section 47 enquiries that led to a conference", "2010/11", "2010-04-01", "2011-03-31", "financial_year", 52, 668],
      ["Section 47 enquiries that led to a conference", "2012/13", "2012-04-01", "2013-03-31", "financial_year", 55, 668]
    ]);
  });

  it("are titled by the biggest move, second plans from 11.8% to 17.6%, and say the kinds of period are mixed", async () => {
    const rows = await rowsOf(childProtectionTrends);
    expect(titlePeriodTrends(rows, "none")).toBe("Plans for a second or subsequent time rose from 11.8% in 2011/12 to 17.6% in 2012/13");
    expect(summarizePeriodTrends(rows)).toBe(
      "Plans for a second or subsequent time: 10.5% in 2011, 11.8% in 2011/12, 17.6% in 2012/13. Plans that ended after two years or more: 6.8% in 2012, 9.2% in 2012/13. " +
        "Section 47 enquiries that led to a conference: 52% in 2010/11, 55% in 2012/13. The report mixes calendar years and financial years (April to March): each value is drawn across its own dates."
    );
  });
});

describe("summarizePeriodTrends", () => {
  const row = (overrides: Partial<PeriodValueRow>): PeriodValueRow => ({
    measure: "A measure", period: "2012/13", period_start: new Date("2012-04-01"), period_end: new Date("2013-03-31"), period_kind: "financial_year", share_pct: 10, polarity: null, source_line: 1, ...overrides
  });

  it("lists a value without dates as not placed on the axis, never guessing where it falls", () => {
    const rows = [row({}), row({ period: "nine months (dates not stated)", period_start: null, period_end: null, period_kind: "unstated", share_pct: 12 })];
    expect(summarizePeriodTrends(rows)).toBe("A measure: 10% in 2012/13. Not placed on the time axis, as the report gives no dates: A measure, nine months (dates not stated) (12%).");
    expect(titlePeriodTrends(rows, "A measure over time")).toBe("A measure over time");
  });

  it("says so when there is nothing to show", () => {
    expect(summarizePeriodTrends([])).toBe("The report gives no figures for these measures.");
  });
});
