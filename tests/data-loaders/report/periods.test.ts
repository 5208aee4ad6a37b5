import { describe, expect, it } from "vitest";
import { lastDay, parsePeriodLabel, periodColumns, type Period } from "../../../data-loaders/report/periods.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { indicators } from "../../../data-loaders/tables/indicators.js";

const placed = (start: string, end: string, kind: Period["kind"]): Period => ({ start, end, kind, note: null });
const UNSTATED: Period = { start: null, end: null, kind: "unstated", note: null };

// Every distinct period label the indicators table prints, with its dates worked out by hand from the report's words.
const INDICATOR_LABELS: Record<string, Period> = {
  "2009": placed("2009-01-01", "2009-12-31", "calendar_year"),
  "2009/10": placed("2009-04-01", "2010-03-31", "financial_year"),
  "2009/10 – 2011/12": placed("2009-04-01", "2012-03-31", "range"),
  "2010/11": placed("2010-04-01", "2011-03-31", "financial_year"),
  "2011": placed("2011-01-01", "2011-12-31", "calendar_year"),
  "2011/12": placed("2011-04-01", "2012-03-31", "financial_year"),
  "2012": placed("2012-01-01", "2012-12-31", "calendar_year"),
  "2012/13": placed("2012-04-01", "2013-03-31", "financial_year"),
  // "over 20 predicted in 2012/13" (line 1221): the prediction is the figure's, the period is the year.
  "2012/13 (predicted)": placed("2012-04-01", "2013-03-31", "financial_year"),
  "2012/13 Q4": placed("2013-01-01", "2013-03-31", "quarter"),
  // "stands at 3, a reduction of 2 since March 2012" (line 566): no date for "stands at".
  "2013 (date not stated)": UNSTATED,
  "31 Mar 2013": placed("2013-03-31", "2013-03-31", "point"),
  "Apr – Dec 2011": placed("2011-04-01", "2011-12-31", "range"),
  "Apr – Sep 2012": placed("2012-04-01", "2012-09-30", "range"),
  // "52 PEP meetings in Autumn term" (line 1231): term dates are not printed.
  "Autumn term 2012": UNSTATED,
  "Dec 2011": placed("2011-12-01", "2011-12-31", "month"),
  "Feb 2012": placed("2012-02-01", "2012-02-29", "month"),
  "Feb 2013": placed("2013-02-01", "2013-02-28", "month"),
  "Jan 2013": placed("2013-01-01", "2013-01-31", "month"),
  "May 2012": placed("2012-05-01", "2012-05-31", "month"),
  "Nov 2012": placed("2012-11-01", "2012-11-30", "month"),
  "Nov 2013 update": placed("2013-11-01", "2013-11-30", "month"),
  "Oct 2011 – 2012/13": placed("2011-10-01", "2013-03-31", "range"),
  "Oct 2011 – Mar 2012": placed("2011-10-01", "2012-03-31", "range"),
  "Oct 2012": placed("2012-10-01", "2012-10-31", "month"),
  // "(Oct, Nov, Dec and March only)" (line 722): January and February are not part of it, and the note says so.
  "Oct – Dec 2012 and Mar 2013": {
    start: "2012-10-01",
    end: "2013-03-31",
    kind: "range",
    note: '"Oct – Dec 2012 and Mar 2013" has a gap: the dates run from the start of "Oct – Dec 2012" to the end of "Mar 2013", but the months between are not part of it.'
  },
  // "previous records showed that 80% of PCT were trained" (line 887): an open bound, no date.
  "before Apr 2013": UNSTATED,
  "before the increase": UNSTATED,
  // "Most recent published data" (line 85): May 2012 is when it was published, not what it measures.
  "most recent published (May 2012)": UNSTATED,
  "nine months (dates not stated)": UNSTATED,
  // "130 staff still requiring training into 2012/13" (line 899): the financial year starts on 1 April.
  "start of 2012/13": placed("2012-04-01", "2012-04-01", "point")
};

describe("parsePeriodLabel", () => {
  const printed = [...new Set(indicators.parse(readCommittedReport()).map((row) => row.period))].sort();

  it("knows every distinct period label the indicators table prints, and no other (31 labels)", () => {
    expect(printed).toEqual(Object.keys(INDICATOR_LABELS).sort());
    expect(printed.length).toBe(31);
  });

  for (const [label, expected] of Object.entries(INDICATOR_LABELS)) {
    it(`places "${label}" at ${expected.start ?? "no date"} – ${expected.end ?? "no date"} (${expected.kind})`, () => {
      expect(parsePeriodLabel(label)).toEqual(expected);
    });
  }

  it("places the CAF tables' quarters, both spellings, from 1 April", () => {
    expect(parsePeriodLabel("2011/12 Q1")).toEqual(placed("2011-04-01", "2011-06-30", "quarter"));
    expect(parsePeriodLabel("2011/12/Q2")).toEqual(placed("2011-07-01", "2011-09-30", "quarter"));
    expect(parsePeriodLabel("2011/12 Q3")).toEqual(placed("2011-10-01", "2011-12-31", "quarter"));
    expect(parsePeriodLabel("2011/12 Q4")).toEqual(placed("2012-01-01", "2012-03-31", "quarter"));
  });

  it("places a date with an ordinal, as the prose writes it (31st March 2013)", () => {
    expect(parsePeriodLabel("31st March 2013")).toEqual(placed("2013-03-31", "2013-03-31", "point"));
  });

  it("cannot place a label it does not understand, a year whose halves do not follow on, a backwards range or a day that does not exist", () => {
    for (const label of ["last year", "2011/13", "2012/13 Q5", "Mar – Jan 2013", "2012/13 – 2011/12", "30 Feb 2013", "Oct 2012 and Sep 2012", "the summer"]) {
      expect(parsePeriodLabel(label), label).toBeNull();
    }
  });
});

describe("periodColumns and lastDay", () => {
  it("give the three published columns, NULL for a label that cannot be placed", () => {
    expect(periodColumns("2012/13")).toEqual({ period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year" });
    expect(periodColumns("nine months (dates not stated)")).toEqual({ period_start: null, period_end: null, period_kind: "unstated" });
    expect(periodColumns("last year")).toEqual({ period_start: null, period_end: null, period_kind: null });
  });

  it("knows the last day of February in leap and common years", () => {
    expect([lastDay("2012-02-01"), lastDay("2013-02-01"), lastDay("2012-12-01")]).toEqual(["2012-02-29", "2013-02-28", "2012-12-31"]);
  });
});
