// The board page's figures: attendance at LSCB meetings, the business plan and the Ofsted action plan. src/board.md places them.
import { actionPlanList } from "../components/action-plan-list.js";
import { bars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { headlineTiles, type HeadlineTileRow } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatPercent } from "../lib/format.js";
import { RAG_FILLS, STATUS_FILLS } from "../lib/palette.js";
import {
  summarizeAgencyAttendance,
  summarizeBusinessPlan,
  summarizeMemberAttendance,
  summarizeOfstedActions,
  summarizeRatingCounts,
  titleMemberAttendance,
  titleRatingCounts
} from "../lib/summaries-board.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";
import { qualityFindings, sectionParagraphs } from "./shared.js";

const ATTENDANCE_SOURCE = "Partnership Attendance at LSCB Meetings: 2012/2013";
const ACTION_PLAN_SOURCE = "Appendix 4: Safeguarding and Looked After Children Action Plan";

/** The agency filter's value in words: "all" is every agency. */
export const agencyName = (value: string): string => (value === "all" ? "All agencies" : value);
/** The theme filter's value in words: "all" is every theme. */
export const themeName = (value: string): string => (value === "all" ? "All themes" : value);
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;
// The note shown beside a member or agency whose four counts do not add up to the meetings listed.
const countsNote = (total: number, meetings: number) => (total === meetings ? "" : ` (the four counts add up to ${formatCount(total)}, not ${formatCount(meetings)}: see the warning)`);

/** The agencies of the attendance table, alphabetically: the agency filter's choices. */
export const boardAgencies = defineQuery("boardAgencies", {
  tables: ["board_attendance"],
  sql: `SELECT agency, COUNT(*) AS members FROM board_attendance GROUP BY agency ORDER BY lower(agency)`
});

/** The themes of the Ofsted action plan, in report order: the theme filter's choices. */
export const ofstedThemes = defineQuery("ofstedThemes", {
  tables: ["ofsted_actions"],
  sql: `SELECT theme, CAST(COUNT(*) AS INTEGER) AS actions FROM ofsted_actions GROUP BY theme ORDER BY MIN(action_no)`
});

/** The agency chosen on the page: one agency of the attendance table, or "all". */
export const AGENCY = defineParam({
  name: "agency",
  label: "Agency",
  default: "all",
  domain: { call: call(boardAgencies), column: "agency" }
});

/** The Ofsted action plan's theme chosen on the page, or "all". */
export const THEME = defineParam({
  name: "theme",
  label: "Theme",
  default: "all",
  domain: { call: call(ofstedThemes), column: "theme" }
});

/** Attendance tiles for the chosen agency: members, attendance rate, absences without apologies, representatives. */
export const attendanceTotals = defineBlock({
  id: "attendance-totals",
  calls: { totals: call(defineQuery("boardAttendanceTotals", {
      tables: ["board_attendance"],
      sql: `SELECT CAST(COUNT(*) AS INTEGER) AS members,
       CAST(SUM(meetings) AS INTEGER) AS meetings,
       CAST(SUM(attended) AS INTEGER) AS attended,
       ROUND(100 * SUM(attended) / SUM(meetings), 1) AS attendance_rate_pct,
       CAST(SUM(represented) AS INTEGER) AS represented,
       CAST(SUM(apologies) AS INTEGER) AS apologies,
       CAST(SUM(absent_no_apologies) AS INTEGER) AS absent_no_apologies,
       '2012/13' AS period,
       MIN(source_line) AS source_line
FROM board_attendance
WHERE $agency = 'all' OR agency = $agency`,
      params: ["agency"]
    }), AGENCY) },
  render: ({ totals: [row] }, values) => {
    const period = `${row.period}, ${agencyName(values.agency ?? AGENCY.default)}`;
    const tiles = headlineTiles([
      { label: "Members listed", value: row.members, unit: "count", period, source_line: row.source_line },
      { label: "Attendance rate", value: row.attendance_rate_pct, unit: "percent", period: `${formatCount(row.attended)} of ${formatCount(row.meetings)} places, ${period}` },
      { label: "Absences without apologies", value: row.absent_no_apologies, unit: "count", period },
      { label: "Meetings a representative attended instead", value: row.represented, unit: "count", period }
    ] as HeadlineTileRow[], { columns: null, noComparison: null });
    const grid = document.createElement("div");
    grid.className = "se-kpi-grid";
    grid.id = "attendance-totals";
    grid.setAttribute("aria-live", "polite");
    grid.replaceChildren(...tiles.children);
    return grid;
  }
});

/** Each member's attendance for the chosen agency, best attended first. */
export const attendanceByMember = defineFigure({
  id: "attendance-by-member",
  title: titleMemberAttendance,
  subtitle: "Board meetings each member attended in 2012/13, out of the meetings listed for them, with absences for which no apologies were sent.",
  source: { label: ATTENDANCE_SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("boardAttendanceByMember", {
    tables: ["board_attendance"],
    sql: `SELECT member_no, name, agency, title, meetings, attended,
       ROUND(100 * attended / meetings, 1) AS attendance_rate_pct,
       represented, apologies, absent_no_apologies,
       CAST(attended + represented + apologies + absent_no_apologies AS INTEGER) AS counts_total,
       comments, source_line
FROM board_attendance
WHERE $agency = 'all' OR agency = $agency
ORDER BY attended DESC, absent_no_apologies, member_no`,
    params: ["agency"]
  }), AGENCY),
  findings: call(qualityFindings, "board_attendance"),
  headingLevel: 3,
  // Printed, the table alone: its rows are the chart's 28 bars in the same order with the same numbers (attended of
  // meetings, absences without apologies); the chart alone is 1,336 px tall at A4 width.
  print: "table",
  columns: [
    { key: "name", label: "Member" },
    { key: "agency", label: "Agency" },
    { key: "title", label: "Post" },
    { key: "meetings", label: "Meetings", format: formatCount, numeric: true },
    { key: "attended", label: "Attended", format: formatCount, numeric: true },
    { key: "attendance_rate_pct", label: "Attendance rate", format: formatPercent, numeric: true },
    { key: "represented", label: "Represented", format: formatCount, numeric: true },
    { key: "apologies", label: "Apologies", format: formatCount, numeric: true },
    { key: "absent_no_apologies", label: "Absent without apologies", format: formatCount, numeric: true },
    { key: "comments", label: "Comments", format: (value) => value ?? "" }
  ],
  summarize: summarizeMemberAttendance,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.name}, ${row.agency}${countsNote(row.counts_total, row.meetings)}`,
      value: "attended",
      valueText: (row) => `${formatCount(row.attended)} of ${formatCount(row.meetings)}${row.absent_no_apologies ? `, ${formatCount(row.absent_no_apologies)} without apologies` : ""}`,
      xDomain: [0, Math.max(1, ...rows.map((row: { meetings: number }) => row.meetings))],
      xTickFormat: formatCount,
      integerTicks: true,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** Attendance per agency as the report names it, best attended first. */
export const attendanceByAgency = defineFigure({
  id: "attendance-by-agency",
  title: "Attendance varied from every meeting to none, agency by agency",
  subtitle: "Share of meeting places each agency's members attended in 2012/13 (attended ÷ meetings), in percent, with absences without apologies. All agencies, as the report names them.",
  source: { label: ATTENDANCE_SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("boardAttendanceByAgency", {
    tables: ["board_attendance"],
    sql: `SELECT agency,
       CAST(COUNT(*) AS INTEGER) AS members,
       CAST(SUM(meetings) AS INTEGER) AS meetings,
       CAST(SUM(attended) AS INTEGER) AS attended,
       ROUND(100 * SUM(attended) / SUM(meetings), 1) AS attendance_rate_pct,
       CAST(SUM(represented) AS INTEGER) AS represented,
       CAST(SUM(apologies) AS INTEGER) AS apologies,
       CAST(SUM(absent_no_apologies) AS INTEGER) AS absent_no_apologies,
       CAST(COUNT(*) FILTER (WHERE attended + represented + apologies + absent_no_apologies <> meetings) AS INTEGER) AS members_not_adding_up,
       MIN(source_line) AS source_line
FROM board_attendance
GROUP BY agency
ORDER BY SUM(attended) / SUM(meetings) DESC, SUM(absent_no_apologies), lower(agency)`
  })),
  findings: call(qualityFindings, "board_attendance"),
  headingLevel: 3,
  // Printed, the table alone: its rows are the chart's 21 bars in the same order with the same numbers.
  print: "table",
  columns: [
    { key: "agency", label: "Agency" },
    { key: "members", label: "Members", format: formatCount, numeric: true },
    { key: "meetings", label: "Meeting places", format: formatCount, numeric: true },
    { key: "attended", label: "Attended", format: formatCount, numeric: true },
    { key: "attendance_rate_pct", label: "Attendance rate", format: formatPercent, numeric: true },
    { key: "represented", label: "Represented", format: formatCount, numeric: true },
    { key: "apologies", label: "Apologies", format: formatCount, numeric: true },
    { key: "absent_no_apologies", label: "Absent without apologies", format: formatCount, numeric: true }
  ],
  summarize: summarizeAgencyAttendance,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.agency} (${plural(row.members, "member", "members")})${row.members_not_adding_up ? " (counts do not add up: see the warning)" : ""}`,
      value: "attendance_rate_pct",
      valueText: (row) => `${formatPercent(row.attendance_rate_pct)} (${formatCount(row.attended)} of ${formatCount(row.meetings)})${row.absent_no_apologies ? `, ${formatCount(row.absent_no_apologies)} without apologies` : ""}`,
      xDomain: [0, 100],
      xTickFormat: formatPercent,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** What the report says about board meetings. */
export const meetingsText = defineBlock({
  id: "board-meetings-text",
  calls: { words: call(sectionParagraphs, "LSCB Meetings") },
  render: ({ words }) => reportWords(words, { title: "What the report says about board meetings", headingLevel: 3, className: "se-excerpt" })
});

const STATUS_SEGMENTS = [
  { key: "completed", label: "Completed", fill: STATUS_FILLS.completed },
  { key: "carried_forward", label: "Carried forward to 2013/14", fill: STATUS_FILLS.carried_forward },
  { key: "in_progress", label: "In progress", fill: STATUS_FILLS.in_progress },
  { key: "not_stated", label: "No status stated", fill: STATUS_FILLS.not_stated }
];
const statusWords = (row: Record<string, any>) =>
  STATUS_SEGMENTS.filter((segment) => row[segment.key] > 0).map((segment) => `${formatCount(row[segment.key])} ${segment.label.toLowerCase()}`).join(", ");

/** Objectives of each business-plan priority by status. */
export const businessPlanStatus = defineFigure({
  id: "business-plan-status",
  title: "Most of the plan's objectives were completed; a few were carried into 2013/14",
  subtitle: "Objectives of each business-plan priority by their status at the end of 2012/13, derived from the plan's completion column.",
  source: { label: "Appendix 1: LSCB annual business plan 2012/13", href: firstSourceLineHref },
  rows: call(defineQuery("businessPlanStatusByPriority", {
    tables: ["business_plan"],
    sql: `SELECT priority_no,
       -- priority 7 lists its three areas on lines of their own
       replace(replace(priority, ':' || chr(10), ': '), chr(10), '; ') AS priority,
       CAST(COUNT(*) AS INTEGER) AS objectives,
       CAST(COUNT(*) FILTER (WHERE status = 'completed') AS INTEGER) AS completed,
       CAST(COUNT(*) FILTER (WHERE status = 'carried_forward') AS INTEGER) AS carried_forward,
       CAST(COUNT(*) FILTER (WHERE status = 'in_progress') AS INTEGER) AS in_progress,
       CAST(COUNT(*) FILTER (WHERE status = 'not_stated') AS INTEGER) AS not_stated,
       string_agg(objective || ' (' || replace(status, '_', ' ') || ')', '; ' ORDER BY source_line) AS objective_list,
       MIN(source_line) AS source_line
FROM business_plan
GROUP BY priority_no, priority
ORDER BY priority_no`
  })),
  findings: call(qualityFindings, "business_plan"),
  headingLevel: 3,
  // Printed, the table alone as records: its rows carry the chart's bars (each status's count) and each objective.
  print: "records",
  columns: [
    { key: "priority_no", label: "Priority", format: (value) => String(value) },
    { key: "priority", label: "Aim" },
    { key: "objectives", label: "Objectives", format: formatCount, numeric: true },
    { key: "completed", label: "Completed", format: formatCount, numeric: true },
    { key: "carried_forward", label: "Carried forward", format: formatCount, numeric: true },
    { key: "in_progress", label: "In progress", format: formatCount, numeric: true },
    { key: "not_stated", label: "No status stated", format: formatCount, numeric: true },
    { key: "objective_list", label: "Objectives and their status" }
  ],
  summarize: summarizeBusinessPlan,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.priority_no}. ${row.priority} — ${statusWords(row)}`,
      segments: STATUS_SEGMENTS,
      valueText: (row) => plural(row.objectives, "objective", "objectives"),
      xTickFormat: formatCount,
      integerTicks: true,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The business plan's aims, in the report's words. */
export const planText = defineBlock({
  id: "business-plan-text",
  calls: { words: call(sectionParagraphs, "The LSCB Annual Business Plan 2012-2013") },
  render: ({ words }) => reportWords(words, { title: "The plan's aims, in the report's words", headingLevel: 3, className: "se-excerpt" })
});

/** How many of the chosen theme's actions have each RAG rating. */
export const ofstedRatings = defineFigure({
  id: "ofsted-ratings",
  title: titleRatingCounts,
  subtitle: "Recommendations of the Safeguarding and Looked After Children action plan by the RAG rating given to their progress.",
  source: { label: ACTION_PLAN_SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("ofstedRatingCounts", {
    tables: ["ofsted_actions"],
    sql: `SELECT rag_rating, CAST(COUNT(*) AS INTEGER) AS actions, MIN(source_line) AS source_line
FROM ofsted_actions
WHERE $theme = 'all' OR theme = $theme
GROUP BY rag_rating
ORDER BY CASE rag_rating WHEN 'Completed' THEN 1 WHEN 'Actions complete' THEN 2 WHEN 'Good progress' THEN 3 WHEN 'Some progress' THEN 4 ELSE 5 END, rag_rating`,
    params: ["theme"]
  }), THEME),
  headingLevel: 3,
  // Printed, the table alone: four rows, the chart's bars with the same counts.
  print: "table",
  columns: [
    { key: "rag_rating", label: "Rating" },
    { key: "actions", label: "Actions", format: formatCount, numeric: true }
  ],
  summarize: summarizeRatingCounts,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => row.rag_rating,
      value: "actions",
      valueText: (row) => plural(row.actions, "action", "actions"),
      fill: (row) => RAG_FILLS[row.rag_rating] ?? "var(--theme-foreground-muted)",
      xTickFormat: formatCount,
      integerTicks: true,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The chosen theme's recommendations with their progress, in report order. */
export const ofstedActions = defineFigure({
  id: "ofsted-actions",
  title: "What each recommendation asked for, and the progress reported",
  subtitle: "Each recommendation with its timescale, its RAG rating in words, the commentary on it and the progress reported in February 2013 (some with a November 2013 update).",
  source: { label: ACTION_PLAN_SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("ofstedActions", {
    tables: ["ofsted_actions"],
    sql: `SELECT action_no, theme, timescale, recommendation, rag_rating, rag_commentary, progress, source_line
FROM ofsted_actions
WHERE $theme = 'all' OR theme = $theme
ORDER BY action_no`,
    params: ["theme"]
  }), THEME),
  findings: call(qualityFindings, "ofsted_actions"),
  headingLevel: 3,
  // Printed, the table alone as records: the list above it says the same in the same words.
  print: "records",
  columns: [
    { key: "action_no", label: "Action", format: (value) => String(value) },
    { key: "theme", label: "Theme" },
    { key: "timescale", label: "Timescale" },
    { key: "recommendation", label: "Recommendation" },
    { key: "rag_rating", label: "Rating" },
    { key: "rag_commentary", label: "Commentary", format: (value) => value ?? "" },
    { key: "progress", label: "Progress reported" }
  ],
  summarize: summarizeOfstedActions,
  chart: (rows) => actionPlanList(rows, { headingLevel: 4 }),
  drawnWith: "html"
});
