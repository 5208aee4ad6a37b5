import { describe, expect, it } from "vitest";
import {
  summarizeAssessmentTimeliness,
  summarizeHealthChecks,
  summarizeMeasureTrend,
  titleMeasureTrend,
  summarizeReferralReasons
} from "../../src/lib/summaries-childrens-social-care.js";

describe("summarizeReferralReasons", () => {
  // Report line 684.
  const rows = [
    { reason: "General childcare", year: "2011", share_pct: 33.6 },
    { reason: "General childcare", year: "2012", share_pct: 52.1 },
    { reason: "Domestic violence", year: "2011", share_pct: 32 },
    { reason: "Domestic violence", year: "2012", share_pct: 20.3 },
    { reason: "Child protection", year: "2011", share_pct: null },
    { reason: "Child protection", year: "2012", share_pct: 16.8 },
    { reason: "Homeless young people", year: "2011", share_pct: null },
    { reason: "Homeless young people", year: "2012", share_pct: 2.68 }
  ];

  it("names the largest reason and how each moved, saying where the earlier year is not given", () => {
    expect(summarizeReferralReasons(rows)).toBe(
      "General childcare was the largest area of concern in 2012, at 52.1% of referrals. From 2011 to 2012: general childcare rose from 33.6% to 52.1%; domestic violence fell from 32% to 20.3%; child protection 16.8% (no 2011 figure given); homeless young people 2.68% (no 2011 figure given)."
    );
  });

  it("orders reasons by their latest share whatever the row order", () => {
    expect(summarizeReferralReasons([...rows].reverse())).toMatch(/^General childcare was the largest/);
  });

  it("says when there is no breakdown", () => {
    expect(summarizeReferralReasons([])).toBe("The report gives no breakdown of referrals by reason.");
  });
});

describe("summarizeAssessmentTimeliness", () => {
  // Report lines 678-680.
  const rows = [
    { assessment: "Initial assessments completed to timescale", period: "2012/13", in_time_pct: 73.4, target_pct: 78, gap_points: -4.6 },
    { assessment: "Core assessments completed to timescale", period: "2012/13", in_time_pct: 74.9, target_pct: 80, gap_points: -5.1 }
  ];

  it("gives each assessment against its target and says both fell short", () => {
    expect(summarizeAssessmentTimeliness(rows)).toBe(
      "Initial assessments completed to timescale: 73.4% in 2012/13 against a target of 78%, 4.6 percentage points below it. Core assessments completed to timescale: 74.9% in 2012/13 against a target of 80%, 5.1 percentage points below it. Both were below target."
    );
  });

  it("says when every target was met, or how many fell short", () => {
    expect(summarizeAssessmentTimeliness([{ ...rows[0]!, in_time_pct: 80, gap_points: 2 }])).toContain("2 percentage points above it. Every target was met.");
    expect(summarizeAssessmentTimeliness([rows[0]!, { ...rows[1]!, gap_points: 1 }])).toContain(" 1 of 2 fell short.");
    expect(summarizeAssessmentTimeliness([])).toBe("The report gives no assessment timeliness figures.");
  });
});

describe("summarizeMeasureTrend", () => {
  it("compares the latest year with each earlier one, better/worse by polarity (repeat plans, line 670)", () => {
    const measure = "Children becoming subject to a plan for a second or subsequent time";
    expect(
      summarizeMeasureTrend([
        { measure, period: "2011", share_pct: 10.5, polarity: "down_is_good" },
        { measure, period: "2011/12", share_pct: 11.8, polarity: "down_is_good" },
        { measure, period: "2012/13", share_pct: 17.6, polarity: "down_is_good" }
      ])
    ).toBe(`${measure}: 17.6% in 2012/13, worse than 11.8% in 2011/12, and worse than 10.5% in 2011.`);
  });

  it("says up or down where the measure has no polarity (s47 conversion, line 668)", () => {
    const measure = "Section 47 enquiries converting to an initial child protection conference";
    expect(
      summarizeMeasureTrend([
        { measure, period: "2010/11", share_pct: 52, polarity: null },
        { measure, period: "2012/13", share_pct: 55, polarity: null }
      ])
    ).toBe(`${measure}: 55% in 2012/13, up from 52% in 2010/11.`);
  });

  it("says when there are no figures", () => {
    expect(summarizeMeasureTrend([])).toBe("The report gives no figures for this measure.");
  });
});

describe("summarizeHealthChecks", () => {
  it("gives each check this year with its count, against last year (lines 706-712)", () => {
    const rows = [
      { check_name: "Yearly health assessment", year: "2011/12", share_pct: 55, children: null, cohort: null },
      { check_name: "Yearly health assessment", year: "2012/13", share_pct: 91.8, children: 256, cohort: 279 },
      { check_name: "Yearly dental check", year: "2011/12", share_pct: 87.6, children: null, cohort: null },
      { check_name: "Yearly dental check", year: "2012/13", share_pct: 71.3, children: 199, cohort: 279 }
    ];
    expect(summarizeHealthChecks(rows)).toBe(
      "Yearly health assessment: 91.8% in 2012/13 (256 of 279 children), up from 55% in 2011/12. Yearly dental check: 71.3% in 2012/13 (199 of 279 children), down from 87.6% in 2011/12."
    );
  });

  it("says when there are no checks", () => {
    expect(summarizeHealthChecks([])).toBe("The report gives no health check figures for children in care.");
  });
});

describe("titleMeasureTrend", () => {
  it("says how the measure moved from the year before the latest (repeat plans, report line 670: 10.5%, 11.8%, 17.6%)", () => {
    const measure = "Children becoming subject to a plan for a second or subsequent time";
    const rows = [
      { measure, period: "2011", share_pct: 10.5, polarity: "down_is_good" },
      { measure, period: "2011/12", share_pct: 11.8, polarity: "down_is_good" },
      { measure, period: "2012/13", share_pct: 17.6, polarity: "down_is_good" }
    ];
    expect(titleMeasureTrend(rows)).toBe(`${measure} rose from 11.8% in 2011/12 to 17.6% in 2012/13`);
  });

  it("skips a year with no figure, and names one figure alone or none", () => {
    const measure = "Section 47 enquiries converting to an initial child protection conference";
    expect(titleMeasureTrend([{ measure, period: "2010/11", share_pct: 52, polarity: null }, { measure, period: "2011/12", share_pct: null, polarity: null }, { measure, period: "2012/13", share_pct: 55, polarity: null }])).toBe(
      `${measure} rose from 52% in 2010/11 to 55% in 2012/13`
    );
    expect(titleMeasureTrend([{ measure, period: "2012/13", share_pct: 55, polarity: null }])).toBe(`${measure}: 55% in 2012/13`);
    expect(titleMeasureTrend([])).toBe("The report gives no figures for this measure");
  });
});
