import { monthPeriodColumns } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { parseMaracTable } from "./marac-table.js";

/** Referrals one agency made to one MARAC meeting row. */
export type MaracReferralRow = {
  meeting_label: string;
  month: string;
  period_start: string;
  period_end: string;
  period_kind: "month";
  agency: string;
  referrals: number | null;
  source_line: number;
};

/** marac_referrals: the referring-agency columns of the MARAC table in long format. */
export const maracReferrals = defineTable<MaracReferralRow>({
  name: "marac_referrals",
  title: "MARAC referrals by referring agency, April 2012 – March 2013",
  description: "How many cases each agency referred to each MARAC meeting row, one row per meeting row and agency.",
  sourceSection: "Table1: MARAC Performance Data April 2012- March 2013",
  columns: [
    { name: "meeting_label", type: "VARCHAR", description: "The meeting date as printed." },
    { name: "month", type: "DATE", description: "First day of the month of the meeting." },
    { name: "period_start", type: "DATE", description: "First day of the meeting's month (the same as month)." },
    { name: "period_end", type: "DATE", description: "Last day of the meeting's month." },
    { name: "period_kind", type: "VARCHAR", description: "Always month: the period the row is counted in." },
    { name: "agency", type: "VARCHAR", description: "Referring agency, as labelled in the report." },
    { name: "referrals", type: "INTEGER", description: "Cases this agency referred." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => {
    const { agencies, meetings } = parseMaracTable(report);
    return meetings.flatMap((meeting) =>
      agencies.map((agency, index) => ({
        meeting_label: meeting.label,
        month: meeting.dates.month,
        ...monthPeriodColumns(meeting.dates.month),
        agency,
        referrals: meeting.referrals[index] ?? null,
        source_line: meeting.line
      }))
    );
  }
});
