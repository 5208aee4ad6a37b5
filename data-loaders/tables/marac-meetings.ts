import { monthPeriodColumns } from "../report/periods.js";
import { defineTable } from "../table-definition.js";
import { parseMaracTable } from "./marac-table.js";

/** A MARAC meeting row: when it met and how many cases, repeat cases and children it discussed. */
export type MaracMeetingRow = {
  meeting_label: string;
  meeting_dates: string;
  first_date: string;
  month: string;
  period_start: string;
  period_end: string;
  period_kind: "month";
  sessions: number;
  cases: number | null;
  repeat_cases: number | null;
  children: number | null;
  source_line: number;
};

/** marac_meetings: one row per printed meeting row of the MARAC performance table (TOTAL excluded). */
export const maracMeetings = defineTable<MaracMeetingRow>({
  name: "marac_meetings",
  title: "MARAC meetings, April 2012 – March 2013",
  description: "Cases, repeat cases and children discussed at each Multi-Agency Risk Assessment Conference; rows covering two meetings keep both dates.",
  sourceSection: "Table1: MARAC Performance Data April 2012- March 2013",
  columns: [
    { name: "meeting_label", type: "VARCHAR", description: "The meeting date as printed, e.g. 07&21/08/12 for two meetings." },
    { name: "meeting_dates", type: "VARCHAR", description: "ISO dates of the meetings the row covers, joined by ';'." },
    { name: "first_date", type: "DATE", description: "The first meeting date of the row." },
    { name: "month", type: "DATE", description: "First day of the month of first_date." },
    { name: "period_start", type: "DATE", description: "First day of the meeting's month (the same as month)." },
    { name: "period_end", type: "DATE", description: "Last day of the meeting's month." },
    { name: "period_kind", type: "VARCHAR", description: "Always month: the period the row is counted in." },
    { name: "sessions", type: "INTEGER", description: "How many meetings the row covers." },
    { name: "cases", type: "INTEGER", description: "Number of cases discussed (MARAC referrals)." },
    { name: "repeat_cases", type: "INTEGER", description: "Number of repeat cases." },
    { name: "children", type: "INTEGER", description: "Number of children in the households discussed." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) =>
    parseMaracTable(report).meetings.map((meeting) => ({
      meeting_label: meeting.label,
      meeting_dates: meeting.dates.dates.join(";"),
      first_date: meeting.dates.firstDate,
      month: meeting.dates.month,
      ...monthPeriodColumns(meeting.dates.month),
      sessions: meeting.dates.dates.length,
      cases: meeting.cases,
      repeat_cases: meeting.repeat_cases,
      children: meeting.children,
      source_line: meeting.line
    }))
});
