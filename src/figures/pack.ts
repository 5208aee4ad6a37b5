// The board pack (/pack): the overview's headline figures and trends, each theme's key charts with the board's own
// assessment, the report's contradictions and the questions the data raises. Figures declared on other pages are
// shown here as they are (the same spec, the same query), not declared again. src/pack.md places them.
import { bars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { boardQuestionList } from "../components/board-question-list.js";
import { contradictionList } from "../components/contradiction-list.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { boardQuestions, type PartnerAttendanceRow, type UnmetObjectiveRow, type WorseComparisonRow } from "../lib/board-questions.js";
import { formatCount, formatNumber, formatPercent } from "../lib/format.js";
import { describeHeadlines } from "../lib/summaries-overview.js";
import { summarizePartnerAttendance, summarizePlanStatus, type PlanStatusRow } from "../lib/summaries-pack.js";
import { STATUS_FILLS } from "../lib/palette.js";
import { call, defineBlock, defineFigure, defineQuery } from "./define.js";
import { indicatorTileColumns } from "./indicator-columns.js";
import { boardAssessment, qualityFindings } from "./shared.js";

export { headlineFigures, referralTrends, childProtectionTrends, maracCasesByMonth } from "./overview.js";
export { ratShare } from "./early-help.js";
export { annualCases } from "./domestic-abuse.js";
export { assessmentTimeliness } from "./childrens-social-care.js";
export { alcohol } from "./young-people.js";
export { byEthnicity } from "./child-deaths.js";
export { ladoReferrals } from "./allegations-and-prevention.js";
export { budgetPosition } from "./workforce-and-budget.js";

/** The ids of the pack's figures each kind of question cites. */
export const QUESTION_FIGURES = { comparisons: "pack-worse-than-comparison", attendance: "pack-partner-attendance", businessPlan: "pack-plan-status" } as const;

/**
 * Every Luton figure (series Luton, no breakdown, a polarity) worse than its target, a benchmark (another series for the
 * same period) or its own latest earlier period (by dates: a period without dates is never compared), as tile rows.
 */
const worseThanComparison = defineQuery("packWorseThanComparison", {
  tables: ["indicators"],
  sql: `WITH luton AS (
  SELECT indicator_id, label, period, period_start, period_end, value, unit, polarity, source_line
  FROM indicators
  WHERE series = 'Luton' AND category IS NULL AND polarity IS NOT NULL AND value IS NOT NULL
),
against_series AS (
  SELECT l.label, l.value, l.unit, l.period, l.polarity, l.source_line,
         CASE WHEN c.series = 'Target' THEN 'target' ELSE 'benchmark' END AS comparison_kind,
         CASE c.series WHEN 'Target' THEN 'the target' WHEN 'Statistical neighbours' THEN 'statistical neighbours' ELSE c.series END AS comparison_label,
         c.value AS comparison_value, c.source_line AS comparison_line
  FROM luton l
  JOIN indicators c ON c.indicator_id = l.indicator_id AND c.series <> 'Luton' AND c.period = l.period AND c.category IS NULL
),
placed AS (
  SELECT *, row_number() OVER (PARTITION BY indicator_id ORDER BY period_end DESC, period_start DESC) AS recency
  FROM luton
  WHERE period_start IS NOT NULL AND period_end IS NOT NULL
),
against_previous AS (
  SELECT cur.label, cur.value, cur.unit, cur.period, cur.polarity, cur.source_line,
         'previous' AS comparison_kind, prev.period AS comparison_label, prev.value AS comparison_value, prev.source_line AS comparison_line
  FROM placed cur
  JOIN placed prev ON prev.indicator_id = cur.indicator_id AND cur.recency = 1 AND prev.recency = 2
),
compared AS (
  SELECT * FROM against_series
  UNION ALL
  SELECT * FROM against_previous
)
SELECT label, value, unit, period, polarity, source_line, comparison_kind, comparison_label, comparison_value, unit AS comparison_unit, comparison_line
FROM compared
WHERE CASE polarity WHEN 'up_is_good' THEN value < comparison_value WHEN 'down_is_good' THEN value > comparison_value ELSE false END
ORDER BY CASE comparison_kind WHEN 'target' THEN 0 WHEN 'benchmark' THEN 1 ELSE 2 END, source_line, label, comparison_label`
});

/**
 * Each partner's members' attendance at the board's meetings against every other member's: board members joined to
 * their partner through agency_names (a member whose printed agency maps to no partner is counted under that name).
 */
const partnerAttendance = defineQuery("packPartnerAttendance", {
  tables: ["board_attendance", "agency_names", "partners", "data_quality"],
  sql: `WITH member AS (
  SELECT COALESCE(p.name, b.agency) AS partner, b.meetings, b.attended, b.source_line,
         (SELECT MIN(d.source_line) FROM data_quality d WHERE d.table_name = 'board_attendance' AND d.source_line = b.source_line) AS finding_line
  FROM board_attendance b
  LEFT JOIN agency_names a ON a.table_name = 'board_attendance' AND a.column_name = 'agency' AND a.printed_name = b.agency
  LEFT JOIN partners p ON p.partner_id = a.partner_id
),
board AS (SELECT SUM(meetings) AS meetings, SUM(attended) AS attended FROM member),
by_partner AS (
  SELECT partner, COUNT(*) AS members, SUM(meetings) AS meetings, SUM(attended) AS attended, MIN(source_line) AS source_line,
         MIN(finding_line) AS finding_line
  FROM member
  GROUP BY partner
)
SELECT p.partner, CAST(p.members AS INTEGER) AS members, CAST(p.meetings AS INTEGER) AS meetings, CAST(p.attended AS INTEGER) AS attended,
       ROUND(100 * p.attended / p.meetings, 1) AS attendance_pct,
       ROUND(100 * (b.attended - p.attended) / (b.meetings - p.meetings), 1) AS rest_attendance_pct,
       p.source_line, CAST(p.finding_line AS INTEGER) AS finding_line
FROM by_partner p CROSS JOIN board b
ORDER BY attendance_pct, p.partner`
});

/** The business plan's objectives not completed by the end of 2012/13, in plan order. */
const unmetObjectives = defineQuery("packUnmetObjectives", {
  tables: ["business_plan"],
  sql: `SELECT priority_no, objective, responsibility, status, source_line
FROM business_plan
WHERE status <> 'completed'
ORDER BY priority_no, source_line`
});

/** The Luton figures worse than their target, a benchmark or the period before, as tiles with the comparison in words. */
export const worseThanComparisonTiles = defineFigure({
  id: QUESTION_FIGURES.comparisons,
  title: (rows) => `${formatCount(rows.length)} figures were worse than their target, a benchmark or the period before`,
  subtitle: "Every figure the report gives about Luton with a direction that is better (its polarity), where it is worse than the target, a comparison area or its own latest earlier period the report gives. Figures without a stated direction are left out.",
  source: { label: "Luton Safeguarding Children Board, Annual Report 2012/13", href: () => "./report" },
  rows: call(worseThanComparison),
  findings: call(qualityFindings, "indicators"),
  columns: indicatorTileColumns(),
  summarize: describeHeadlines,
  chart: (rows) => headlineTiles(rows, { columns: 3, routeHref: () => undefined }),
  drawnWith: "html"
});

/** Each partner's attendance at the board's four meetings against the rest of the board's, lowest first. */
export const partnerAttendanceBars = defineFigure({
  id: QUESTION_FIGURES.attendance,
  title: (rows: PartnerAttendanceRow[]) => {
    const below = rows.filter((row) => row.attendance_pct < row.rest_attendance_pct).length;
    return `${formatCount(below)} of ${formatCount(rows.length)} partners came to a smaller share of board meetings than the rest of the board`;
  },
  subtitle: "Meetings attended by each partner's board members, as a percent of the meetings they were listed for, with the rest of the board's rate marked. Members are grouped by partner through the printed-name mapping (see /partners).",
  source: { label: "Partnership Attendance at LSCB Meetings: 2012/2013", href: firstSourceLineHref },
  rows: call(partnerAttendance),
  findings: call(qualityFindings, "board_attendance"),
  columns: [
    { key: "partner", label: "Partner" },
    { key: "members", label: "Members", format: formatCount, numeric: true },
    { key: "attended", label: "Meetings attended", format: formatCount, numeric: true },
    { key: "meetings", label: "Meetings listed", format: formatCount, numeric: true },
    { key: "attendance_pct", label: "Attended (%)", format: formatNumber, numeric: true },
    { key: "rest_attendance_pct", label: "Rest of the board (%)", format: formatNumber, numeric: true }
  ],
  summarize: summarizePartnerAttendance,
  chart: (rows: PartnerAttendanceRow[], { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: "partner",
      labelPosition: "axis",
      value: "attendance_pct",
      target: "rest_attendance_pct",
      targetLabel: (row) => `Rest ${formatPercent(row.rest_attendance_pct)}`,
      valueText: (row) => `${formatCount(row.attended)} of ${formatCount(row.meetings)} (${formatPercent(row.attendance_pct)})`,
      xDomain: [0, 100],
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The business plan's objectives by their status at the end of 2012/13: how many were completed, and how many not. */
export const planStatusBars = defineFigure({
  id: QUESTION_FIGURES.businessPlan,
  title: (rows: PlanStatusRow[]) => {
    const total = rows.reduce((sum, row) => sum + row.objectives, 0);
    const completed = rows.find((row) => row.status_id === "completed")?.objectives ?? 0;
    return `${formatCount(completed)} of the business plan's ${formatCount(total)} objectives were completed; ${formatCount(total - completed)} were not`;
  },
  subtitle: "Objectives of the LSCB's 2012/13 business plan by their status at the end of the year, derived from the plan's completion column (the board page shows them by priority).",
  source: { label: "Appendix 1: LSCB annual business plan 2012/13", href: firstSourceLineHref },
  rows: call(defineQuery("packPlanStatus", {
    tables: ["business_plan"],
    sql: `WITH status(status_id, status, status_order) AS (VALUES
  ('completed', 'Completed', 1),
  ('carried_forward', 'Carried forward to 2013/14', 2),
  ('in_progress', 'In progress', 3),
  ('not_stated', 'No status stated', 4)
)
SELECT s.status_id, s.status, CAST(COUNT(b.status) AS INTEGER) AS objectives, MIN(b.source_line) AS source_line
FROM status s
LEFT JOIN business_plan b ON b.status = s.status_id
GROUP BY s.status_id, s.status, s.status_order
ORDER BY s.status_order`
  })),
  findings: call(qualityFindings, "business_plan"),
  columns: [
    { key: "status", label: "Status" },
    { key: "objectives", label: "Objectives", format: formatCount, numeric: true }
  ],
  summarize: summarizePlanStatus,
  chart: (rows: PlanStatusRow[], { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: "status",
      labelPosition: "axis",
      value: "objectives",
      fill: (row) => STATUS_FILLS[row.status_id as keyof typeof STATUS_FILLS],
      valueFormat: formatCount,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The questions the data raises for the board, each citing the figure on this page and the report line it comes from. */
export const questions = defineBlock({
  id: "pack-questions",
  calls: { comparisons: call(worseThanComparison), attendance: call(partnerAttendance), objectives: call(unmetObjectives) },
  render: ({ comparisons, attendance, objectives }) =>
    boardQuestionList(
      boardQuestions({ comparisons: comparisons as WorseComparisonRow[], attendance: attendance as PartnerAttendanceRow[], objectives: objectives as UnmetObjectiveRow[] }, QUESTION_FIGURES),
      { figureNames: { [QUESTION_FIGURES.comparisons]: "Worse than a comparison", [QUESTION_FIGURES.attendance]: "Attendance by partner", [QUESTION_FIGURES.businessPlan]: "Business plan" } }
    )
});

/** Where the report disagrees with itself or leaves a figure missing: every error and warning of data_quality. */
export const contradictions = defineBlock({
  id: "pack-contradictions",
  calls: {
    findings: call(defineQuery("packContradictions", {
      tables: ["data_quality"],
      sql: `SELECT table_name, severity, check_id, message, source_line
FROM data_quality
WHERE severity IN ('error', 'warning')
ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, table_name, source_line, check_id, message`
    }))
  },
  render: ({ findings }) => contradictionList(findings)
});

// The board's "LSCB Assessment" and "Action required" for one report section, under a heading of the pack's outline.
function boardWords(id: string, section: string) {
  return defineBlock({ id, calls: { words: call(boardAssessment, section) }, render: ({ words }) => reportWords(words, { title: "What the board said", headingLevel: 3 }) });
}

/** The board's assessment of the CAF arrangements (early help). */
export const cafAssessment = boardWords("pack-caf-assessment", "The implementation of the Common Assessment Framework (CAF) arrangements");

/** The board's assessment of the MARAC. */
export const maracAssessment = boardWords("pack-marac-assessment", "Multi Agency Risk Assessment Conference (MARAC)");

/** The board's assessment of children living away from home (children in care). */
export const livingAwayAssessment = boardWords("pack-living-away-assessment", "Safeguarding Children who are living away from home");

/** The board's assessment of children using or affected by alcohol or drugs. */
export const substanceAssessment = boardWords("pack-substance-assessment", "The welfare and well being of children using or affected by alcohol or drugs");

/** The board's assessment of how allegations against adults who work with children are managed. */
export const allegationsAssessment = boardWords("pack-allegations-assessment", "Managing allegations of abuse against adults who work with children");
