import { describe, expect, it } from "vitest";
import {
  summarizeAgencyMonths,
  summarizeAnnualCases,
  summarizeMaracMonths,
  summarizePoliceShare,
  summarizeReferralsByAgency,
  titleAgencyMonths
} from "../../src/lib/summaries-domestic-abuse.js";

const month = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("summarizeMaracMonths", () => {
  it("adds the year's repeat cases and children to the monthly cases summary", () => {
    const rows = [
      { month: month("2012-04-01"), sessions: 1, cases: 23, repeat_cases: 7, children: 31 },
      { month: month("2012-08-01"), sessions: 2, cases: 49, repeat_cases: 11, children: 76 }
    ];
    expect(summarizeMaracMonths(rows)).toBe(
      "72 cases were discussed at MARAC meetings in the 2 months from April 2012 to August 2012. The busiest month was August 2012, with 49 cases across 2 meetings. 18 of the cases were repeat cases, and 107 children lived in the households discussed."
    );
  });
});

describe("summarizeReferralsByAgency", () => {
  it("gives the total, the two largest referrers and the smallest", () => {
    const rows = [
      { agency: "Police", referrals: 193, share_pct: 53.2 },
      { agency: "IDVA", referrals: 88, share_pct: 24.2 },
      { agency: "Substance Abuse", referrals: 1, share_pct: 0.3 }
    ];
    expect(summarizeReferralsByAgency(rows)).toBe(
      "3 agencies referred 282 cases to the MARAC. Police (193, 53.2%) referred the most, followed by IDVA (88, 24.2%). The fewest came from Substance Abuse (1, 0.3%)."
    );
  });
});

describe("summarizeAgencyMonths", () => {
  it("gives one agency's total, its busiest month and the months with none", () => {
    const rows = [
      { agency: "Housing", month: month("2012-04-01"), referrals: 0 },
      { agency: "Housing", month: month("2012-05-01"), referrals: 1 },
      { agency: "Housing", month: month("2012-06-01"), referrals: 1 }
    ];
    expect(summarizeAgencyMonths(rows)).toBe(
      "Housing referred 2 cases in the 3 months from April 2012 to June 2012. The most in one month was 1, in May 2012. No referral came from it in 1 of the months."
    );
  });

  it("speaks of all agencies together for the default choice", () => {
    const rows = [{ agency: "All agencies", month: month("2012-04-01"), referrals: 23 }];
    expect(summarizeAgencyMonths(rows)).toBe("All agencies together referred 23 cases in the 1 months from April 2012 to April 2012. The most in one month was 23, in April 2012.");
  });
});

describe("summarizePoliceShare", () => {
  it("compares the table's split with CAADA's and quotes the report's own figure", () => {
    const rows = [
      { referrer: "Police", referrals: 193, share_pct: 53.2, stated_pct: null, stated_referrals: null, caada_pct: 60 },
      { referrer: "Non-police agencies", referrals: 170, share_pct: 46.8, stated_pct: 47, stated_referrals: 170, caada_pct: 40 }
    ];
    expect(summarizePoliceShare(rows)).toBe(
      "In the MARAC table, the police referred 193 cases (53.2%) and other agencies 170 (46.8%). CAADA recommends 60% from the police and 40% from other agencies, so non-police agencies referred a larger share than recommended. The report's text gives 47% (170 cases) for non-police agencies."
    );
  });
});

describe("summarizeAnnualCases", () => {
  it("compares the year with the one before and with CAADA's recommended number", () => {
    const rows = [
      { period: "2011/12", cases: 244, caada_cases: 290 },
      { period: "2012/13", cases: 363, caada_cases: 290 }
    ];
    expect(summarizeAnnualCases(rows)).toBe("The MARAC received 363 referrals in 2012/13, up from 244 in 2011/12. That is 73 more than the 290 a year that CAADA recommends for Luton.");
  });
});

describe("titleAgencyMonths", () => {
  const ALL = "Only the police and the IDVAs referred cases to the MARAC in every month";
  // Table 1 of the report (lines 442 to 454), one month per row; August, December and January combine two meetings.
  const months = (agency: string, referrals: (number | null)[]) =>
    referrals.map((value, index) => ({ agency, month: new Date(Date.UTC(2012, 3 + index, 1)), referrals: value }));

  it("counts the months the chosen agency referred in (Probation: April, June, July, August, October and December)", () => {
    expect(titleAgencyMonths(months("Probation", [5, 0, 1, 1, 1, 0, 2, 0, 1, 0, 0, 0]), ALL)).toBe("Probation referred cases to the MARAC in 6 of the 12 months");
  });

  it("says every month when the agency referred in all of them (Police: 10 to 36 a month)", () => {
    expect(titleAgencyMonths(months("Police", [10, 12, 9, 15, 36, 16, 11, 13, 29, 20, 12, 10]), ALL)).toBe("Police referred cases to the MARAC in every month");
  });

  it("counts only the months with a figure when a cell is blank", () => {
    expect(titleAgencyMonths(months("Housing", [0, 1, null]), ALL)).toBe("Housing referred cases to the MARAC in 1 of the 2 months the report gives");
    expect(titleAgencyMonths(months("Housing", [0, 0]), ALL)).toBe("Housing referred no cases to the MARAC in the 2 months");
  });

  it("keeps the given title for all agencies together, whose monthly totals cannot say who referred", () => {
    expect(titleAgencyMonths(months("All agencies", [23, 20]), ALL)).toBe(ALL);
  });

  it("describes the chart while there are no rows", () => {
    expect(titleAgencyMonths([], ALL)).toBe("MARAC referrals per month, April 2012 to March 2013");
  });
});
