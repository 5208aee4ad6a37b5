// The /partners page's titles and summaries: each states, from the rows a figure shows, what one partner did, and says
// plainly where a table does not list the partner (never 0).
import { formatCount, formatPercent, formatPounds } from "./format.js";

/** The partner's MARAC referrals against CAADA's expectation, as the partnerMaracReferrals query returns it. */
export type PartnerMaracRow = {
  partner_name: string;
  printed_names: string | null;
  referrals: number | null;
  all_referrals: number;
  share_pct: number | null;
  caada_group: string;
  group_share_pct: number | null;
  caada_expected_pct: number | null;
  source_line: number | null;
  caada_source_line: number | null;
};

/** One quarter of CAFs completed on the partner's referral (partner_name only, the rest NULL, where the table lists none). */
export type PartnerCafRow = {
  partner_name: string;
  financial_year: string | null;
  quarter: number | null;
  quarter_label: string | null;
  printed_names: string | null;
  cafs: number | null;
  blank_cells: number | null;
  source_line: number | null;
};

/** A board member sitting for the partner (partner_name only, the rest NULL, where the table lists none). */
export type PartnerBoardMemberRow = {
  partner_name: string;
  member_no: number | null;
  name: string | null;
  printed_name: string | null;
  title: string | null;
  meetings: number | null;
  attended: number | null;
  represented: number | null;
  apologies: number | null;
  absent_no_apologies: number | null;
  source_line: number | null;
};

/** One income line of Table A, marked `selected` when it is the partner's, as partnerBudgetAgainstOthers returns it. */
export type PartnerBudgetRow = {
  partner_name: string;
  printed_name: string;
  partner: string | null;
  selected: number;
  amount_gbp: number;
  printed_share_pct: number | null;
  share_note: string | null;
  share_of_income_pct: number;
  share_of_partner_contributions_pct: number | null;
  income_gbp: number;
  partner_contributions_gbp: number;
  source_line: number;
};

/** A business-plan objective the partner is responsible for (partner_name only, the rest NULL, where none names it). */
export type PartnerPlanRow = {
  partner_name: string;
  priority_no: number | null;
  objective: string | null;
  responsibility: string | null;
  status: string | null;
  source_line: number | null;
};

/** An Ofsted recommendation naming the partner (partner_name only, the rest NULL, where none names it). */
export type PartnerOfstedRow = {
  partner_name: string;
  action_no: number | null;
  theme: string | null;
  recommendation: string | null;
  rag_rating: string | null;
  source_line: number | null;
};

/** A partner on every measure with its ranks, as the partnerComparison query returns it. */
export type PartnerComparisonRow = {
  partner_id: string;
  name: string;
  kind: string;
  selected: string | boolean;
  marac_referrals: number | null;
  marac_rank: number | null;
  cafs_2012_13: number | null;
  cafs_rank: number | null;
  budget_gbp: number | null;
  budget_rank: number | null;
  board_members: number | null;
  board_attended_pct: number | null;
  board_rank: number | null;
};

const NAME_WHILE_LOADING = "the partner";

/** Returns the takeaway title of the partner's MARAC referrals. */
export function titlePartnerMarac(rows: readonly PartnerMaracRow[]): string {
  const row = rows[0];
  if (!row) return "MARAC referrals the partner made";
  if (row.referrals === null) return `The MARAC table does not list ${row.partner_name}`;
  return `${row.partner_name} made ${formatCount(row.referrals)} of the MARAC's ${formatCount(row.all_referrals)} referrals (${formatPercent(row.share_pct)})`;
}

/** Returns the partner's MARAC referrals in words, with its share against CAADA's expectation for its side of the 60/40 ratio. */
export function summarizePartnerMarac(rows: readonly PartnerMaracRow[]): string {
  const row = rows[0];
  if (!row) return `The MARAC table has no rows.`;
  if (row.referrals === null) {
    return `The MARAC table does not list ${row.partner_name} among its referring agencies, so the report gives no MARAC referrals for it. CAADA expects ${formatPercent(row.caada_expected_pct)} of referrals from the ${row.caada_group}, which made ${formatPercent(row.group_share_pct)}.`;
  }
  const made = `${row.partner_name} (printed as ${row.printed_names}) made ${formatCount(row.referrals)} of the ${formatCount(row.all_referrals)} MARAC referrals in 2012/13 (${formatPercent(row.share_pct)}).`;
  if (row.caada_group === "police") {
    return `${made} CAADA expects ${formatPercent(row.caada_expected_pct)} of referrals to come from the police: ${compare(row.share_pct, row.caada_expected_pct)}.`;
  }
  return `${made} CAADA sets no expectation per agency: it expects ${formatPercent(row.caada_expected_pct)} from the ${row.caada_group}, which made ${formatPercent(row.group_share_pct)}.`;
}

function compare(value: number | null, expected: number | null): string {
  if (value === null || expected === null) return "no comparison";
  const gap = Math.round(10 * Math.abs(value - expected)) / 10;
  return value === expected ? "exactly as expected" : `${formatNumberPoints(gap)} percentage points ${value < expected ? "below" : "above"} it`;
}

function formatNumberPoints(value: number): string {
  return formatPercent(value).replace("%", "");
}

/** Returns the takeaway title of the partner's CAFs by quarter. */
export function titlePartnerCafs(rows: readonly PartnerCafRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "quarter")) return `The CAF table does not list ${name}`;
  if (rows.every((row) => row.cafs === null)) return `The CAF table lists ${name} but leaves every quarter blank`;
  return `CAFs completed on a referral from ${name}, quarter by quarter`;
}

/** Returns the partner's CAFs per financial year in words; a blank cell is said to be blank, never counted as 0. */
export function summarizePartnerCafs(rows: readonly PartnerCafRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "quarter")) return `The CAF table does not list ${name}: the report gives no CAFs completed on its referral.`;
  const printed = rows[0]!.printed_names;
  if (rows.every((row) => row.cafs === null)) {
    return `The CAF table lists ${name} (printed as ${printed}) but leaves all ${rows.length} of its quarters blank: the report gives no count.`;
  }
  const years = [...new Set(rows.map((row) => row.financial_year!))];
  const perYear = years.map((year) => {
    const quarters = rows.filter((row) => row.financial_year === year);
    const total = quarters.reduce((sum, row) => sum + (row.cafs ?? 0), 0);
    const blank = quarters.some((row) => row.cafs === null || (row.blank_cells ?? 0) > 0);
    return `${blank ? "at least " : ""}${formatCount(total)} in ${year}`;
  });
  const blanks = rows.reduce((sum, row) => sum + (row.blank_cells ?? 0), 0);
  const note = blanks ? ` ${blanks} of the printed cells ${blanks === 1 ? "is" : "are"} blank and not counted.` : "";
  return `CAFs completed on referral from ${name} (printed as ${printed}): ${joinWords(perYear)}.${note}`;
}

/** Returns the takeaway title of the partner's board attendance. */
export function titlePartnerBoard(rows: readonly PartnerBoardMemberRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "member_no")) return `The board attendance table lists no member for ${name}`;
  const { meetings, attended } = attendance(rows);
  if (rows.length === 1) return `${name}'s board member attended ${attended} of ${meetings} meetings`;
  return `${name}'s ${rows.length} board members attended ${attended} of their ${meetings} meetings`;
}

/** Returns the partner's board attendance in words: rate, apologies and absences without apologies. */
export function summarizePartnerBoard(rows: readonly PartnerBoardMemberRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "member_no")) return `The board attendance table lists no member for ${name}.`;
  const { meetings, attended, represented, apologies, absent } = attendance(rows);
  const rate = formatPercent(Math.round((1000 * attended) / meetings) / 10);
  const rest = `${plural(apologies, "apology", "apologies")}, ${plural(absent, "absence")} without apologies, and someone else sent in ${rows.length === 1 ? "their" : "a member's"} place at ${plural(represented, "meeting")}`;
  if (rows.length === 1) {
    const member = rows[0]!;
    return `${member.name} (${member.printed_name}, ${member.title}) attended ${attended} of ${meetings} board meetings (${rate}): ${rest}.`;
  }
  return `${name}'s ${rows.length} members attended ${attended} of their ${meetings} meetings between them (${rate}): ${rest}.`;
}

function attendance(rows: readonly PartnerBoardMemberRow[]) {
  const sum = (key: "meetings" | "attended" | "represented" | "apologies" | "absent_no_apologies") => rows.reduce((total, row) => total + (row[key] ?? 0), 0);
  return { meetings: sum("meetings"), attended: sum("attended"), represented: sum("represented"), apologies: sum("apologies"), absent: sum("absent_no_apologies") };
}

/** Returns the takeaway title of the partner's budget contribution. */
export function titlePartnerBudget(rows: readonly PartnerBudgetRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  const own = rows.filter(isSelected);
  if (!own.length) return `The LSCB's income table does not list ${name}`;
  const amount = own.reduce((sum, row) => sum + row.amount_gbp, 0);
  return `${name} contributed ${formatPounds(amount)} to the LSCB's budget, ${ordinal(budgetRank(rows))} of ${partnerLines(rows).length} partners`;
}

/** Returns the partner's contribution in words: pounds, share of all income, share of the partners' contributions, the printed %. */
export function summarizePartnerBudget(rows: readonly PartnerBudgetRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  const own = rows.filter(isSelected);
  if (!rows.length) return "The LSCB's income table has no rows.";
  const total = rows[0]!.income_gbp;
  if (!own.length) return `Table A, the LSCB's income in 2012/13 (${formatPounds(total)}), does not list ${name}: the report records no contribution from it.`;
  return own
    .map((row) => {
      const printed = row.printed_share_pct === null ? (row.share_note ? `the report prints "${row.share_note}" instead of a percentage` : "the report prints no percentage") : `the report prints ${formatPercent(row.printed_share_pct)}`;
      return `${name} (printed as "${row.printed_name}") contributed ${formatPounds(row.amount_gbp)} of the LSCB's ${formatPounds(total)} income in 2012/13: ${formatPercent(row.share_of_income_pct)} of all income and ${formatPercent(row.share_of_partner_contributions_pct)} of the partners' ${formatPounds(row.partner_contributions_gbp)}; ${printed}.`;
    })
    .join(" ");
}

function isSelected(row: PartnerBudgetRow): boolean {
  return Number(row.selected) === 1;
}

function partnerLines(rows: readonly PartnerBudgetRow[]): PartnerBudgetRow[] {
  return rows.filter((row) => row.partner !== null);
}

function budgetRank(rows: readonly PartnerBudgetRow[]): number {
  const amount = rows.filter(isSelected).reduce((sum, row) => sum + row.amount_gbp, 0);
  return 1 + partnerLines(rows).filter((row) => !isSelected(row) && row.amount_gbp > amount).length;
}

/** Returns the takeaway title of the business-plan objectives the partner is responsible for. */
export function titlePartnerPlan(rows: readonly PartnerPlanRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "source_line")) return `The business plan names ${name} for no objective`;
  return `The business plan names ${name} for ${plural(rows.length, "objective")}`;
}

/** Returns the partner's business-plan objectives by status in words. */
export function summarizePartnerPlan(rows: readonly PartnerPlanRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "source_line")) return `No responsibility line of the 2012/13 business plan names ${name}.`;
  return `The 2012/13 business plan names ${name} among those responsible for ${plural(rows.length, "objective")}: ${statusCounts(rows.map((row) => statusWords(row.status)))}.`;
}

/** Returns the takeaway title of the Ofsted recommendations naming the partner. */
export function titlePartnerOfsted(rows: readonly PartnerOfstedRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "action_no")) return `No Ofsted recommendation names ${name}`;
  return `Ofsted named ${name} in ${plural(rows.length, "recommendation")}`;
}

/** Returns the Ofsted recommendations naming the partner by RAG judgement in words. */
export function summarizePartnerOfsted(rows: readonly PartnerOfstedRow[]): string {
  const name = rows[0]?.partner_name ?? NAME_WHILE_LOADING;
  if (!listed(rows, "action_no")) return `No Ofsted recommendation names ${name} among the bodies that must act.`;
  return `Ofsted's recommendations name ${name} among the bodies that must act in ${plural(rows.length, "recommendation")}: ${statusCounts(rows.map((row) => (row.rag_rating ?? "no rating").toLowerCase()))}.`;
}

/** Returns the comparison of every partner in words: the chosen partner's rank on each measure, or that a table does not list it. */
export function summarizePartnerComparison(rows: readonly PartnerComparisonRow[]): string {
  const row = rows.find((candidate) => String(candidate.selected) === "true");
  if (!row) return `${rows.length} partners compared on MARAC referrals, CAFs, budget and board attendance.`;
  const of = (key: keyof PartnerComparisonRow) => rows.filter((candidate) => candidate[key] !== null).length;
  const measures: [number | null, keyof PartnerComparisonRow, string, string][] = [
    [row.marac_rank, "marac_referrals", "MARAC referrals", "MARAC table"],
    [row.cafs_rank, "cafs_2012_13", "CAFs completed in 2012/13", "CAF table"],
    [row.budget_rank, "budget_gbp", "budget contribution", "income table"],
    [row.board_rank, "board_attended_pct", "board attendance", "board attendance table"]
  ];
  const ranked = measures.filter(([rank]) => rank !== null).map(([rank, key, what]) => `${ordinal(rank!)} of ${of(key)} on ${what}`);
  const missing = measures.filter(([rank]) => rank === null).map(([, , , table]) => `the ${table}`);
  const ranks = ranked.length ? `${row.name} ranks ${joinWords(ranked)}` : `${row.name} has no rank`;
  const gaps = missing.length ? `; ${joinWords(missing)} ${missing.length === 1 ? "does" : "do"} not list it` : "";
  return `Of the ${rows.length} partners, ${ranks}${gaps}. Rank 1 is the most; equal values share a rank.`;
}

function listed<Row>(rows: readonly Row[], key: keyof Row): boolean {
  return rows.some((row) => (row[key] as unknown) !== null && (row[key] as unknown) !== undefined);
}

function statusWords(status: string | null): string {
  return status === null ? "no status" : status.replaceAll("_", " ");
}

function statusCounts(statuses: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return joinWords([...counts].map(([status, count]) => `${count} ${status}`));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** Returns 1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st. */
export function ordinal(rank: number): string {
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : rank % 10 === 1 ? "st" : rank % 10 === 2 ? "nd" : rank % 10 === 3 ? "rd" : "th";
  return `${rank}${suffix}`;
}

function joinWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
