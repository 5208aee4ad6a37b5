// The /partners page's figures: one partner at a time (`?partner=` in the URL), then every partner ranked. The SQL is
// docs/partners-page.md's, tested there against the Parquet; here each per-partner query also returns the partner's
// name (`partner_name`), and a query whose table does not list the partner returns one row with only that name, so a
// title can say "The CAF table does not list Bedfordshire Police" rather than show nothing, or 0.
import { bars } from "../components/bars.js";
import { columns } from "../components/columns.js";
import { dataTable } from "../components/data-table.js";
import { kpiTile } from "../components/kpi-tile.js";
import { reportLineHref } from "../components/figure-frame.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatPercent, formatPounds, NO_DATA } from "../lib/format.js";
import {
  summarizePartnerBoard,
  summarizePartnerBudget,
  summarizePartnerCafs,
  summarizePartnerComparison,
  summarizePartnerMarac,
  summarizePartnerOfsted,
  summarizePartnerPlan,
  titlePartnerBoard,
  titlePartnerBudget,
  titlePartnerCafs,
  titlePartnerMarac,
  titlePartnerOfsted,
  titlePartnerPlan,
  type PartnerBoardMemberRow,
  type PartnerBudgetRow,
  type PartnerCafRow,
  type PartnerComparisonRow,
  type PartnerMaracRow,
  type PartnerOfstedRow,
  type PartnerPlanRow
} from "../lib/summaries-partners.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";

/** The partners in the menu's order: statutory partners first, then the others, each by name. */
export const partnerChoices = defineQuery("partnerChoices", {
  tables: ["partners"],
  sql: `SELECT partner_id, name, kind, description FROM partners ORDER BY kind DESC, name`
});

/**
 * The partner shown: one of the partners table's ids. The default is the first statutory partner of the menu,
 * Bedfordshire Police (statutory partners come first, by name), so /partners opens on a partner, never on an empty page.
 */
export const PARTNER = defineParam({
  name: "partner",
  label: "Partner",
  default: "police",
  domain: { call: call(partnerChoices), column: "partner_id" }
});

// The partner's name beside rows that may be none: one row with the name only, joined to the rows when there are any.
function withPartnerName(sql: string): string {
  return `WITH found AS (
${sql}
)
SELECT p.name AS partner_name, found.*
FROM (SELECT name FROM partners WHERE partner_id = $partner) p
LEFT JOIN found ON true`;
}

const lineHref = (line: unknown) => (typeof line === "number" ? reportLineHref(line) : undefined);
const firstLine = (rows: readonly Record<string, unknown>[], key = "source_line") => {
  const lines = rows.map((row) => row[key]).filter((line): line is number => typeof line === "number");
  return lines.length ? reportLineHref(Math.min(...lines)) : undefined;
};
const lineCell = (value: unknown) => (typeof value === "number" ? `line ${value}` : "not listed");
const orNotListed = (value: unknown) => (value === null || value === undefined ? "not listed" : String(value));

/** MARAC referrals the partner made in 2012/13, its share, and CAADA's expectation for its side of the 60/40 ratio. */
export const partnerMaracReferrals = defineQuery("partnerMaracReferrals", {
  tables: ["marac_referrals", "agency_names", "indicators", "partners"],
  params: ["partner"],
  sql: `WITH named AS (
  SELECT r.agency, r.referrals, a.partner_id, a.source_line
  FROM marac_referrals r
  LEFT JOIN agency_names a ON a.table_name = 'marac_referrals' AND a.column_name = 'agency' AND a.printed_name = r.agency
),
caada AS (
  SELECT MAX(value) FILTER (WHERE indicator_id = 'marac_police_pct') AS police_pct,
         MAX(value) FILTER (WHERE indicator_id = 'marac_non_police_pct') AS non_police_pct,
         MIN(source_line) AS source_line
  FROM indicators
  WHERE series = 'CAADA recommendation' AND indicator_id IN ('marac_police_pct', 'marac_non_police_pct')
)
SELECT (SELECT name FROM partners WHERE partner_id = $partner) AS partner_name,
       string_agg(DISTINCT named.agency, '; ' ORDER BY named.agency) FILTER (WHERE named.partner_id = $partner) AS printed_names,
       CAST(SUM(named.referrals) FILTER (WHERE named.partner_id = $partner) AS INTEGER) AS referrals,
       CAST(SUM(named.referrals) AS INTEGER) AS all_referrals,
       ROUND(100.0 * SUM(named.referrals) FILTER (WHERE named.partner_id = $partner) / SUM(named.referrals), 1) AS share_pct,
       CASE WHEN $partner = 'police' THEN 'police' ELSE 'non-police agencies together' END AS caada_group,
       ROUND(100.0 * SUM(named.referrals) FILTER (WHERE coalesce(named.partner_id = 'police', false) = ($partner = 'police')) / SUM(named.referrals), 1) AS group_share_pct,
       ANY_VALUE(CASE WHEN $partner = 'police' THEN caada.police_pct ELSE caada.non_police_pct END) AS caada_expected_pct,
       MIN(named.source_line) FILTER (WHERE named.partner_id = $partner) AS source_line,
       ANY_VALUE(caada.source_line) AS caada_source_line
FROM named CROSS JOIN caada`
});

/** CAFs completed on the partner's referral per quarter, 2011/12 Q1 – 2012/13 Q4; `cafs` NULL where every cell is blank. */
export const partnerCafsByQuarter = defineQuery("partnerCafsByQuarter", {
  tables: ["caf_by_agency", "agency_names", "partners"],
  params: ["partner"],
  sql: withPartnerName(`SELECT c.financial_year, c.quarter, c.financial_year || ' Q' || c.quarter AS quarter_label, c.period_start, c.period_end,
       string_agg(DISTINCT c.agency, '; ' ORDER BY c.agency) AS printed_names,
       CAST(SUM(c.cafs) AS INTEGER) AS cafs,
       CAST(COUNT(*) FILTER (WHERE c.cafs IS NULL) AS INTEGER) AS blank_cells,
       MIN(c.source_line) AS source_line
FROM caf_by_agency c
JOIN agency_names a ON a.table_name = 'caf_by_agency' AND a.column_name = 'agency' AND a.printed_name = c.agency
WHERE a.partner_id = $partner
GROUP BY c.financial_year, c.quarter, c.period_start, c.period_end`) + `
ORDER BY found.period_start`
});

/** Each board member sitting for the partner, with their attendance as printed. */
export const partnerBoardMembers = defineQuery("partnerBoardMembers", {
  tables: ["board_attendance", "agency_names", "partners"],
  params: ["partner"],
  sql: withPartnerName(`SELECT m.member_no, m.name, m.agency AS printed_name, m.title, m.meetings, m.attended, m.represented, m.apologies,
       m.absent_no_apologies, m.comments, m.source_line
FROM board_attendance m
JOIN agency_names a ON a.table_name = 'board_attendance' AND a.column_name = 'agency' AND a.printed_name = m.agency
WHERE a.partner_id = $partner`) + `
ORDER BY found.member_no`
});

/** The partner's board members together: attendance rate, apologies and absences without apologies. */
export const partnerBoardAttendance = defineQuery("partnerBoardAttendance", {
  tables: ["board_attendance", "agency_names"],
  params: ["partner"],
  sql: `SELECT CAST(COUNT(*) AS INTEGER) AS members,
       CAST(SUM(m.meetings) AS INTEGER) AS meetings,
       CAST(SUM(m.attended) AS INTEGER) AS attended,
       CAST(SUM(m.represented) AS INTEGER) AS represented,
       CAST(SUM(m.apologies) AS INTEGER) AS apologies,
       CAST(SUM(m.absent_no_apologies) AS INTEGER) AS absent_no_apologies,
       ROUND(100.0 * SUM(m.attended) / NULLIF(SUM(m.meetings), 0), 1) AS attended_pct,
       MIN(m.source_line) AS source_line
FROM board_attendance m
JOIN agency_names a ON a.table_name = 'board_attendance' AND a.column_name = 'agency' AND a.printed_name = m.agency
WHERE a.partner_id = $partner`
});

/** The partner's line(s) of Table A: amount, printed %, share of all income and of the partners' contributions. */
export const partnerBudget = defineQuery("partnerBudget", {
  tables: ["budget_income", "agency_names"],
  params: ["partner"],
  sql: `WITH income AS (
  SELECT b.partner, b.amount_gbp, b.share_pct, b.share_note, b.source_line, a.partner_id
  FROM budget_income b
  LEFT JOIN agency_names a ON a.table_name = 'budget_income' AND a.column_name = 'partner' AND a.printed_name = b.partner
),
totals AS (
  SELECT SUM(amount_gbp) AS income_gbp, SUM(amount_gbp) FILTER (WHERE partner_id IS NOT NULL) AS partner_contributions_gbp FROM income
)
SELECT i.partner AS printed_name, i.amount_gbp, i.share_pct AS printed_share_pct, i.share_note,
       t.income_gbp,
       ROUND(100.0 * i.amount_gbp / t.income_gbp, 1) AS share_of_income_pct,
       t.partner_contributions_gbp,
       ROUND(100.0 * i.amount_gbp / t.partner_contributions_gbp, 1) AS share_of_partner_contributions_pct,
       i.source_line
FROM income i CROSS JOIN totals t
WHERE i.partner_id = $partner
ORDER BY i.source_line`
});

/** Every income line of Table A, largest first, with the partner it maps to and `selected` 1 on the page's partner's. */
export const partnerBudgetAgainstOthers = defineQuery("partnerBudgetAgainstOthers", {
  tables: ["budget_income", "agency_names", "partners"],
  params: ["partner"],
  sql: `WITH income AS (
  SELECT b.partner AS printed_name, b.amount_gbp, b.share_pct, b.share_note, b.source_line, a.partner_id
  FROM budget_income b
  LEFT JOIN agency_names a ON a.table_name = 'budget_income' AND a.column_name = 'partner' AND a.printed_name = b.partner
),
totals AS (
  SELECT SUM(amount_gbp) AS income_gbp, SUM(amount_gbp) FILTER (WHERE partner_id IS NOT NULL) AS partner_contributions_gbp FROM income
)
SELECT (SELECT name FROM partners WHERE partner_id = $partner) AS partner_name,
       i.printed_name, p.name AS partner,
       CASE WHEN i.partner_id = $partner THEN 1 ELSE 0 END AS selected,
       i.amount_gbp, i.share_pct AS printed_share_pct, i.share_note,
       ROUND(100.0 * i.amount_gbp / t.income_gbp, 1) AS share_of_income_pct,
       CASE WHEN i.partner_id IS NOT NULL THEN ROUND(100.0 * i.amount_gbp / t.partner_contributions_gbp, 1) END AS share_of_partner_contributions_pct,
       t.income_gbp, t.partner_contributions_gbp, i.source_line
FROM income i CROSS JOIN totals t LEFT JOIN partners p ON p.partner_id = i.partner_id
ORDER BY i.amount_gbp DESC, i.source_line`
});

/** Business-plan objectives one of whose responsibility lines names the partner, with their status. */
export const partnerBusinessPlan = defineQuery("partnerBusinessPlan", {
  tables: ["business_plan", "agency_names", "partners"],
  params: ["partner"],
  sql: withPartnerName(`SELECT b.priority_no, b.objective, b.responsibility, b.completion, b.status, b.source_line
FROM business_plan b
WHERE EXISTS (
  SELECT 1 FROM agency_names a
  WHERE a.table_name = 'business_plan' AND a.column_name = 'responsibility' AND a.partner_id = $partner
    AND list_contains(list_transform(string_split(b.responsibility, chr(10)), line -> trim(line)), a.printed_name)
)`) + `
ORDER BY found.source_line`
});

/** Ofsted recommendations naming the partner among the bodies that must act, with their RAG judgement. */
export const partnerOfstedActions = defineQuery("partnerOfstedActions", {
  tables: ["ofsted_actions", "agency_names", "partners"],
  params: ["partner"],
  sql: withPartnerName(`SELECT o.action_no, o.theme, o.timescale, o.recommendation, o.rag_rating, o.source_line
FROM ofsted_actions o
WHERE EXISTS (
  SELECT 1 FROM agency_names a
  WHERE a.table_name = 'ofsted_actions' AND a.column_name = 'recommendation' AND a.partner_id = $partner
    AND contains(regexp_extract(o.recommendation, '^((?:[A-Z][\\w''’]*|and|&|the)(?: (?:[A-Z][\\w''’]*|and|&|the))*) must\\b', 1), a.printed_name)
)`) + `
ORDER BY found.action_no`
});

/** Report lines that name the partner (any of its printed names, or its own name, as a whole word, in any case). */
export const partnerParagraphs = defineQuery("partnerParagraphs", {
  tables: ["report_paragraphs", "agency_names", "partners"],
  params: ["partner"],
  sql: `WITH names AS (
  SELECT printed_name AS name FROM agency_names WHERE partner_id = $partner
  UNION
  SELECT name FROM partners WHERE partner_id = $partner
),
patterns AS (
  SELECT '(?i)(^|\\W)' || regexp_replace(name, '([.^$|()\\[\\]{}*+?\\\\])', '\\\\\\1', 'g') || '($|\\W)' AS pattern FROM names
)
SELECT p.line, p.section, p.subsection, p.text
FROM report_paragraphs p
WHERE EXISTS (SELECT 1 FROM patterns WHERE regexp_matches(p.text, patterns.pattern))
ORDER BY p.line`
});

/** The printed names that map to the partner, with their table, report line and the reason for the mapping. */
export const partnerNames = defineQuery("partnerNames", {
  tables: ["agency_names"],
  params: ["partner"],
  sql: `SELECT table_name, column_name, printed_name, reason, source_line
FROM agency_names
WHERE partner_id = $partner
ORDER BY table_name, printed_name`
});

/** Every partner on every measure, ranked (1 = most), NULL where its table does not list it; `selected` marks the page's. */
export const partnerComparison = defineQuery("partnerComparison", {
  tables: ["partners", "agency_names", "marac_referrals", "caf_by_agency", "budget_income", "board_attendance"],
  params: ["partner"],
  sql: `WITH marac AS (
  SELECT a.partner_id, SUM(r.referrals) AS marac_referrals
  FROM marac_referrals r JOIN agency_names a ON a.table_name = 'marac_referrals' AND a.column_name = 'agency' AND a.printed_name = r.agency
  GROUP BY a.partner_id
),
cafs AS (
  SELECT a.partner_id, SUM(c.cafs) FILTER (WHERE c.financial_year = '2012/13') AS cafs_2012_13
  FROM caf_by_agency c JOIN agency_names a ON a.table_name = 'caf_by_agency' AND a.column_name = 'agency' AND a.printed_name = c.agency
  GROUP BY a.partner_id
),
budget AS (
  SELECT a.partner_id, SUM(b.amount_gbp) AS budget_gbp
  FROM budget_income b JOIN agency_names a ON a.table_name = 'budget_income' AND a.column_name = 'partner' AND a.printed_name = b.partner
  GROUP BY a.partner_id
),
board AS (
  SELECT a.partner_id, COUNT(*) AS board_members, ROUND(100.0 * SUM(m.attended) / NULLIF(SUM(m.meetings), 0), 1) AS board_attended_pct
  FROM board_attendance m JOIN agency_names a ON a.table_name = 'board_attendance' AND a.column_name = 'agency' AND a.printed_name = m.agency
  GROUP BY a.partner_id
),
measures AS (
  SELECT p.partner_id, p.name, p.kind, marac.marac_referrals, cafs.cafs_2012_13, budget.budget_gbp, board.board_members, board.board_attended_pct
  FROM partners p
  LEFT JOIN marac USING (partner_id)
  LEFT JOIN cafs USING (partner_id)
  LEFT JOIN budget USING (partner_id)
  LEFT JOIN board USING (partner_id)
)
SELECT partner_id, name, kind, partner_id = $partner AS selected,
       CAST(marac_referrals AS INTEGER) AS marac_referrals, CASE WHEN marac_referrals IS NOT NULL THEN CAST(RANK() OVER (ORDER BY marac_referrals DESC NULLS LAST) AS INTEGER) END AS marac_rank,
       CAST(cafs_2012_13 AS INTEGER) AS cafs_2012_13, CASE WHEN cafs_2012_13 IS NOT NULL THEN CAST(RANK() OVER (ORDER BY cafs_2012_13 DESC NULLS LAST) AS INTEGER) END AS cafs_rank,
       budget_gbp, CASE WHEN budget_gbp IS NOT NULL THEN CAST(RANK() OVER (ORDER BY budget_gbp DESC NULLS LAST) AS INTEGER) END AS budget_rank,
       CAST(board_members AS INTEGER) AS board_members, board_attended_pct,
       CASE WHEN board_attended_pct IS NOT NULL THEN CAST(RANK() OVER (ORDER BY board_attended_pct DESC NULLS LAST) AS INTEGER) END AS board_rank
FROM measures
ORDER BY kind DESC, name`
});

/** The partner's headline figures, each linked to its report line: MARAC referrals, budget, board attendance. */
export const headlines = defineBlock({
  id: "partner-headlines",
  calls: { marac: call(partnerMaracReferrals, PARTNER), budget: call(partnerBudget, PARTNER), board: call(partnerBoardAttendance, PARTNER) },
  render: ({ marac, budget, board }) => {
    const grid = document.createElement("div");
    grid.className = "grid grid-cols-3 se-headlines se-partner-headlines";
    grid.id = "partner-headlines";
    const m = marac[0] as PartnerMaracRow;
    grid.append(
      tile("marac", "MARAC referrals made, 2012/13", m.referrals === null ? null : formatCount(m.referrals),
        m.referrals === null ? `The MARAC table does not list ${m.partner_name}.` : `${formatPercent(m.share_pct)} of all ${formatCount(m.all_referrals)}; CAADA expects ${formatPercent(m.caada_expected_pct)} from the ${m.caada_group}.`,
        m.source_line)
    );
    const amount = budget.reduce((sum, row) => sum + Number(row.amount_gbp), 0);
    const first = budget[0];
    grid.append(
      tile("budget", "Contribution to the LSCB budget, 2012/13", first ? formatPounds(amount) : null,
        first ? `${formatPercent(first.share_of_income_pct)} of all income, ${formatPercent(first.share_of_partner_contributions_pct)} of the partners' contributions${first.printed_share_pct === null ? "" : ` (printed: ${formatPercent(first.printed_share_pct)})`}.` : `The LSCB's income table does not list ${m.partner_name}.`,
        first?.source_line ?? null)
    );
    const b = board[0];
    const members = Number(b?.members ?? 0);
    grid.append(
      tile("board", "Board meetings attended, 2012/13", members ? `${formatCount(b.attended)} of ${formatCount(b.meetings)}` : null,
        members ? `${formatPercent(b.attended_pct)} by ${members === 1 ? "its 1 member" : `its ${members} members`}; ${formatCount(b.apologies)} ${b.apologies === 1 ? "apology" : "apologies"}, ${formatCount(b.absent_no_apologies)} absent without apologies.` : `The board attendance table lists no member for ${m.partner_name}.`,
        members ? b.source_line : null)
    );
    return grid;
  }
});

// A headline tile: kpiTile's label, value and report-line link, its value in words where the table does not list the partner.
function tile(id: string, label: string, value: string | null, words: string, sourceLine: number | null): HTMLElement {
  const node = kpiTile({ label, value: null, unit: "count", period: "", ...(sourceLine === null ? {} : { sourceLine }) });
  node.dataset.tile = id;
  node.querySelector(".se-kpi__value")!.textContent = value ?? "Not listed";
  const period = node.querySelector(".se-kpi__period")!;
  period.textContent = words;
  period.className = "se-kpi__comparison";
  return node;
}

/** The partner's MARAC referrals beside CAADA's expectation for its side of the police / non-police ratio. */
export const maracReferrals = defineFigure({
  id: "partner-marac-referrals",
  // The partner's one printed A4 page (issue 13), in two columns: each figure prints its chart, which writes each bar's
  // number, or its table where the chart does not (the CAFs' columns) or where the table takes less room (the board
  // members', as records); the other tables stay a click away on screen and in the CSV.
  print: "chart",
  title: (rows) => titlePartnerMarac(rows as PartnerMaracRow[]),
  subtitle: "Share of the year's 363 MARAC referrals, April 2012 to March 2013, from the MARAC table. CAADA recommends 60% from the police and 40% from all other agencies together, not a share per agency: the thick upright line is CAADA's share for the partner's side.",
  source: { label: "Table 1: MARAC Performance Data April 2012 – March 2013", href: (rows) => lineHref(rows[0]?.source_line ?? rows[0]?.caada_source_line) },
  rows: call(partnerMaracReferrals, PARTNER),
  columns: [
    { key: "partner_name", label: "Partner" },
    { key: "printed_names", label: "Printed as", format: orNotListed },
    { key: "referrals", label: "Referrals", format: (value) => (value === null ? "not listed" : formatCount(value as number)), numeric: true },
    { key: "all_referrals", label: "All referrals", format: (value) => formatCount(value as number), numeric: true },
    { key: "share_pct", label: "Share", format: (value) => (value === null ? "not listed" : formatPercent(value as number)), numeric: true },
    { key: "caada_group", label: "CAADA's group" },
    { key: "group_share_pct", label: "The group's share", format: (value) => formatPercent(value as number), numeric: true },
    { key: "caada_expected_pct", label: "CAADA expects", format: (value) => formatPercent(value as number), numeric: true },
    { key: "source_line", label: "Report line", format: lineCell },
    { key: "caada_source_line", label: "CAADA's ratio", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerMarac(rows as PartnerMaracRow[]),
  chart: (rows, { width, ariaLabel, ariaDescription }) => {
    const row = rows[0] as PartnerMaracRow | undefined;
    if (!row) return notice("No rows.");
    const shares: { who: string; share_pct: number; caada_pct: number | null }[] = [];
    if (row.share_pct !== null) shares.push({ who: row.partner_name, share_pct: row.share_pct, caada_pct: row.caada_group === "police" ? row.caada_expected_pct : null });
    if (row.caada_group !== "police") shares.push({ who: "Non-police agencies together", share_pct: row.group_share_pct ?? 0, caada_pct: row.caada_expected_pct });
    return bars(shares, {
      label: "who",
      labelPosition: "axis",
      value: "share_pct",
      target: "caada_pct",
      targetLabel: (bar) => `CAADA: ${formatPercent(bar.caada_pct)}`,
      valueFormat: formatPercent,
      width,
      ariaLabel,
      ariaDescription
    });
  }
});

/** CAFs completed on the partner's referral, quarter by quarter. */
export const cafsByQuarter = defineFigure({
  id: "partner-cafs-by-quarter",
  print: "table",
  title: (rows) => titlePartnerCafs(rows as PartnerCafRow[]),
  subtitle: "Common Assessment Framework (early help) assessments completed on a referral from the partner, by quarter, April 2011 to March 2013, from the CAF table by agency. A blank cell is shown as no data, never 0.",
  source: { label: "CAFs completed by agency, 2011/12 and 2012/13", href: firstLine },
  rows: call(partnerCafsByQuarter, PARTNER),
  columns: [
    { key: "quarter_label", label: "Quarter", format: orNotListed },
    { key: "printed_names", label: "Printed as", format: orNotListed },
    { key: "cafs", label: "CAFs", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "blank_cells", label: "Blank cells", format: (value) => (value === null ? NO_DATA : formatCount(value as number)), numeric: true },
    { key: "source_line", label: "Report line", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerCafs(rows as PartnerCafRow[]),
  chart: (rows, { width, ariaLabel, ariaDescription }) => {
    const quarters = (rows as PartnerCafRow[]).filter((row) => row.quarter !== null);
    if (!quarters.length || quarters.every((row) => row.cafs === null)) return notice(summarizePartnerCafs(rows as PartnerCafRow[]));
    return columns(quarters, {
      x: "quarter_label",
      y: "cafs",
      width,
      height: 240,
      yLabel: "CAFs",
      tipFormat: (row) => `${row.quarter_label}: ${formatCount(row.cafs)} CAFs`,
      ariaLabel,
      ariaDescription
    });
  }
});

/** Each of the partner's board members: meetings attended of the year's four. */
export const boardMembers = defineFigure({
  id: "partner-board-attendance",
  print: "records",
  title: (rows) => titlePartnerBoard(rows as PartnerBoardMemberRow[]),
  subtitle: "Board meetings attended by each member sitting for the partner in 2012/13, from the board attendance table; the thick upright line is the meetings held.",
  source: { label: "LSCB Board attendance 2012/13", href: firstLine },
  rows: call(partnerBoardMembers, PARTNER),
  columns: [
    { key: "name", label: "Member", format: orNotListed },
    { key: "printed_name", label: "Printed as", format: orNotListed },
    { key: "title", label: "Title", format: orNotListed },
    { key: "meetings", label: "Meetings", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "attended", label: "Attended", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "represented", label: "Represented", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "apologies", label: "Apologies", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "absent_no_apologies", label: "Absent without apologies", format: (value) => formatCount(value as number | null), numeric: true },
    { key: "source_line", label: "Report line", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerBoard(rows as PartnerBoardMemberRow[]),
  chart: (rows, { width, ariaLabel, ariaDescription }) => {
    const members = (rows as PartnerBoardMemberRow[]).filter((row) => row.member_no !== null);
    if (!members.length) return notice(summarizePartnerBoard(rows as PartnerBoardMemberRow[]));
    return bars(members, {
      label: "name",
      labelPosition: "axis",
      value: "attended",
      target: "meetings",
      targetLabel: (row: PartnerBoardMemberRow) => `of ${formatCount(row.meetings)}`,
      valueFormat: formatCount,
      width,
      ariaLabel,
      ariaDescription
    });
  }
});

/** Every income line of the LSCB's budget, the partner's marked. */
export const budgetAgainstOthers = defineFigure({
  id: "partner-budget",
  print: "chart",
  title: (rows) => titlePartnerBudget(rows as PartnerBudgetRow[]),
  subtitle: "Income of the LSCB in 2012/13 by contributor, largest first, from Table A; the partner's line is marked ▶. Course charges and the CDOP grant are not partners' contributions.",
  source: { label: "Table A: LSCB budget 2012/13, income", href: (rows) => firstLine(rows.filter((row) => Number(row.selected) === 1)) ?? firstLine(rows) },
  rows: call(partnerBudgetAgainstOthers, PARTNER),
  columns: [
    { key: "printed_name", label: "Printed as" },
    { key: "partner", label: "Partner", format: (value) => (value === null ? "not a partner" : String(value)) },
    { key: "selected", label: "This page's partner", format: (value) => (Number(value) === 1 ? "yes" : "") },
    { key: "amount_gbp", label: "Amount", format: (value) => formatPounds(value as number), numeric: true },
    { key: "share_of_income_pct", label: "Share of income", format: (value) => formatPercent(value as number), numeric: true },
    { key: "share_of_partner_contributions_pct", label: "Share of partners' contributions", format: (value) => (value === null ? "not a partner" : formatPercent(value as number)), numeric: true },
    { key: "printed_share_pct", label: "Printed %", format: (value) => (value === null ? "not printed" : formatPercent(value as number)), numeric: true },
    { key: "source_line", label: "Report line", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerBudget(rows as PartnerBudgetRow[]),
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(
      (rows as PartnerBudgetRow[]).map((row) => ({ line: `${Number(row.selected) === 1 ? "▶ " : ""}${row.printed_name}`, amount_gbp: row.amount_gbp })),
      { label: "line", labelPosition: "axis", value: "amount_gbp", valueFormat: formatPounds, width, ariaLabel, ariaDescription }
    )
});

/** Business-plan objectives the partner is responsible for, counted by status. */
export const businessPlan = defineFigure({
  id: "partner-business-plan",
  print: "chart",
  title: (rows) => titlePartnerPlan(rows as PartnerPlanRow[]),
  subtitle: "Objectives of the LSCB's 2012/13 business plan one of whose responsibility lines names the partner, counted by status; the table lists each objective with its report line.",
  source: { label: "LSCB Business Plan 2012/13", href: firstLine },
  rows: call(partnerBusinessPlan, PARTNER),
  columns: [
    { key: "priority_no", label: "Priority", format: orNotListed },
    { key: "objective", label: "Objective", format: orNotListed },
    { key: "responsibility", label: "Responsibility", format: orNotListed },
    { key: "status", label: "Status", format: (value) => (value === null ? "not listed" : String(value).replaceAll("_", " ")) },
    { key: "source_line", label: "Report line", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerPlan(rows as PartnerPlanRow[]),
  chart: (rows, options) => statusBars(rows.filter((row) => row.source_line !== null).map((row) => String(row.status ?? "no status").replaceAll("_", " ")), summarizePartnerPlan(rows as PartnerPlanRow[]), options)
});

/** Ofsted recommendations naming the partner, counted by RAG judgement. */
export const ofstedActions = defineFigure({
  id: "partner-ofsted-actions",
  print: "chart",
  title: (rows) => titlePartnerOfsted(rows as PartnerOfstedRow[]),
  subtitle: "Recommendations of Ofsted's inspection that name the partner among the bodies that must act, counted by the board's RAG judgement of progress.",
  source: { label: "Ofsted inspection action plan", href: firstLine },
  rows: call(partnerOfstedActions, PARTNER),
  columns: [
    { key: "action_no", label: "Action", format: orNotListed },
    { key: "theme", label: "Theme", format: orNotListed },
    { key: "recommendation", label: "Recommendation", format: orNotListed },
    { key: "rag_rating", label: "Progress (RAG)", format: orNotListed },
    { key: "source_line", label: "Report line", format: lineCell }
  ],
  summarize: (rows) => summarizePartnerOfsted(rows as PartnerOfstedRow[]),
  chart: (rows, options) => statusBars(rows.filter((row) => row.action_no !== null).map((row) => String(row.rag_rating ?? "no rating")), summarizePartnerOfsted(rows as PartnerOfstedRow[]), options)
});

// One bar per status with its count, or the summary's words when there is nothing to count.
function statusBars(statuses: readonly string[], none: string, { width, ariaLabel, ariaDescription }: { width: number; ariaLabel: string; ariaDescription: string }): Element {
  if (!statuses.length) return notice(none);
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const counted = [...counts].map(([status, count]) => ({ status, count }));
  return bars(counted, { label: "status", labelPosition: "axis", value: "count", valueFormat: formatCount, width, ariaLabel, ariaDescription });
}

/** Every partner ranked on each measure: four small bar charts, the page's partner marked ▶. */
export const comparison = defineFigure({
  id: "partner-comparison",
  title: "Every partner on each measure: the local authority contributes most, the police refer most to the MARAC",
  subtitle: "MARAC referrals (2012/13), CAFs completed (2012/13), budget contribution (Table A) and board attendance, each ranked from most to least; a partner a table does not list is left out of that chart and reads \"not listed\" in the table. The page's partner is marked ▶.",
  source: { label: "MARAC, CAF, budget and board attendance tables, through the agency_names mapping", href: () => "./catalog#agency_names" },
  rows: call(partnerComparison, PARTNER),
  columns: [
    { key: "name", label: "Partner" },
    { key: "kind", label: "Kind" },
    { key: "marac_referrals", label: "MARAC referrals", format: (value) => (value === null ? "not listed" : formatCount(value as number)), numeric: true },
    { key: "marac_rank", label: "Rank", format: (value) => (value === null ? "–" : String(value)), numeric: true },
    { key: "cafs_2012_13", label: "CAFs 2012/13", format: (value) => (value === null ? "not listed" : formatCount(value as number)), numeric: true },
    { key: "cafs_rank", label: "Rank", format: (value) => (value === null ? "–" : String(value)), numeric: true },
    { key: "budget_gbp", label: "Budget", format: (value) => (value === null ? "not listed" : formatPounds(value as number)), numeric: true },
    { key: "budget_rank", label: "Rank", format: (value) => (value === null ? "–" : String(value)), numeric: true },
    { key: "board_attended_pct", label: "Board attendance", format: (value) => (value === null ? "not listed" : formatPercent(value as number)), numeric: true },
    { key: "board_rank", label: "Rank", format: (value) => (value === null ? "–" : String(value)), numeric: true }
  ],
  summarize: (rows) => summarizePartnerComparison(rows as PartnerComparisonRow[]),
  chart: (rows, { width, ariaLabel, ariaDescription }) => {
    const all = rows as PartnerComparisonRow[];
    const panel = document.createElement("div");
    panel.className = "se-partner-comparison";
    const measures: [keyof PartnerComparisonRow, string, (value: number) => string][] = [
      ["marac_referrals", "MARAC referrals, 2012/13", formatCount],
      ["cafs_2012_13", "CAFs completed, 2012/13", formatCount],
      ["budget_gbp", "Budget contribution, 2012/13", formatPounds],
      ["board_attended_pct", "Board meetings attended", formatPercent]
    ];
    for (const [key, label, format] of measures) {
      const ranked = all
        .filter((row) => row[key] !== null)
        .sort((a, b) => Number(b[key]) - Number(a[key]) || a.name.localeCompare(b.name))
        .map((row) => ({ partner: `${String(row.selected) === "true" ? "▶ " : ""}${row.name}`, value: Number(row[key]) }));
      const heading = document.createElement("h3");
      heading.textContent = label;
      const missing = all.filter((row) => row[key] === null).map((row) => row.name);
      const note = notice(missing.length ? `Not listed: ${missing.join(", ")}.` : "Every partner is listed.");
      panel.append(heading, bars(ranked, { label: "partner", labelPosition: "axis", value: "value", valueFormat: format, width, ariaLabel: `${label}: ${ariaLabel}`, ariaDescription }), note);
    }
    return panel;
  }
});

/** What the report says: every report line that names the partner, each linked to the report reader. */
export const paragraphs = defineBlock({
  id: "partner-paragraphs",
  calls: { lines: call(partnerParagraphs, PARTNER), names: call(partnerChoices) },
  render: ({ lines, names }, values) => {
    const name = names.find((row) => row.partner_id === (values.partner ?? PARTNER.default))?.name ?? "the partner";
    const words = reportWords(lines as { line: number; subsection: string | null; text: string }[], {
      title: `Lines of the report that name ${name} (${formatCount(lines.length)})`,
      className: "se-section-text se-partner-paragraphs"
    });
    words.id = "partner-paragraphs";
    const note = notice("Lines that name the partner, by any of its printed names or its own name, as a whole word: a line can name a partner without being about it. Table rows are lines too, and are kept: they are where the figures come from.");
    words.querySelector("h2")?.after(note);
    return words;
  }
});

/** How the report's printed names reach this partner: the agency_names rows, with their reasons. */
export const mapping = defineBlock({
  id: "partner-mapping",
  calls: { names: call(partnerNames, PARTNER), partners: call(partnerChoices) },
  render: ({ names, partners }, values) => {
    const partnerId = values.partner ?? PARTNER.default;
    const partner = partners.find((row) => row.partner_id === partnerId);
    const section = document.createElement("section");
    section.id = "partner-mapping";
    section.className = "se-partner-mapping";
    const heading = document.createElement("h2");
    heading.textContent = `How the report's names reach ${partner?.name ?? "the partner"}`;
    const about = notice(`${partner?.name ?? "The partner"} (${partner?.kind === "statutory" ? "a statutory partner" : "not a statutory partner"}): ${partner?.description ?? ""}`);
    const explain = document.createElement("p");
    explain.append(
      "Every table prints agencies under its own names. The ",
      link("agency_names table", "./catalog#agency_names"),
      ` maps each printed name, verbatim, to a partner (or to none), with its reason; ${formatCount(names.length)} printed ${names.length === 1 ? "name maps" : "names map"} to this partner. Its partners come from the `,
      link("partners table", "./catalog#partners"),
      "."
    );
    const table = dataTable(names, [
      { key: "printed_name", label: "Printed name" },
      { key: "table_name", label: "Table" },
      { key: "column_name", label: "Column" },
      { key: "reason", label: "Why it maps here" },
      { key: "source_line", label: "Report line", format: lineCell }
    ], { caption: `Printed names mapped to ${partner?.name ?? "the partner"}` });
    for (const [index, row] of names.entries()) {
      const cell = table.tBodies[0]?.rows[index]?.cells[4];
      if (cell && typeof row.source_line === "number") cell.replaceChildren(link(`line ${row.source_line}`, reportLineHref(row.source_line)));
    }
    const scroller = document.createElement("div");
    scroller.className = "se-partner-mapping__table";
    scroller.append(table);
    section.append(heading, about, explain, scroller);
    return section;
  }
});

function notice(text: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "se-partner-notice";
  p.textContent = text;
  return p;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}
