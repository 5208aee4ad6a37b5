import { formatCount, formatMonth, formatPercent } from "./format.js";
import { summarizeMonthlyCases, type MonthlyCasesRow } from "./summaries.js";

/** A month of MARAC activity with its repeat cases and children, as the maracCasesByMonth query returns it. */
export interface MaracMonthRow extends MonthlyCasesRow {
  repeat_cases: number | null;
  children: number | null;
}

/** An agency's referrals over the year, as the maracReferralsByAgency query returns it. */
export interface AgencyReferralsRow {
  agency: string;
  referrals: number;
  share_pct: number;
}

/** One month's referrals from the chosen agency (or all), as the maracReferralsByMonth query returns it. */
export interface AgencyMonthRow {
  agency: string;
  month: Date;
  referrals: number | null;
}

/** Police or non-police referrals with the report's stated share and CAADA's, as the maracPoliceShare query returns it. */
export interface PoliceShareRow {
  referrer: string;
  referrals: number;
  share_pct: number;
  stated_pct: number | null;
  stated_referrals: number | null;
  caada_pct: number | null;
}

/** A year's MARAC referrals with CAADA's recommended number, as the maracAnnualCases query returns it. */
export interface AnnualCasesRow {
  period: string;
  cases: number;
  caada_cases: number;
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** Returns the summary of cases per month, followed by the year's repeat cases and children in the households. */
export function summarizeMaracMonths(rows: readonly MaracMonthRow[]): string {
  const cases = summarizeMonthlyCases(rows);
  if (rows.every((row) => row.cases === null)) return cases;
  return `${cases} ${formatCount(sum(rows.map((row) => row.repeat_cases)))} of the cases were repeat cases, and ${formatCount(sum(rows.map((row) => row.children)))} children lived in the households discussed.`;
}

/** Returns a plain-English summary of referrals by agency: the total, the two largest referrers and the smallest. */
export function summarizeReferralsByAgency(rows: readonly AgencyReferralsRow[]): string {
  if (rows.length === 0) return "No MARAC referrals are recorded.";
  const total = sum(rows.map((row) => row.referrals));
  const describe = (row: AgencyReferralsRow) => `${row.agency} (${formatCount(row.referrals)}, ${formatPercent(row.share_pct)})`;
  const [first, second] = rows;
  const last = rows[rows.length - 1]!;
  const text = [`${formatCount(rows.length)} agencies referred ${formatCount(total)} cases to the MARAC. ${describe(first!)} referred the most`];
  if (second) text[0] += `, followed by ${describe(second)}`;
  text[0] += ".";
  if (rows.length > 2) text.push(`The fewest came from ${describe(last)}.`);
  return text.join(" ");
}

/** Returns a plain-English summary of one agency's (or all agencies') referrals per month: total, busiest month, months with none. */
export function summarizeAgencyMonths(rows: readonly AgencyMonthRow[]): string {
  if (rows.length === 0) return "No MARAC referrals are recorded for this choice.";
  const who = rows[0]!.agency === "All agencies" ? "All agencies together" : rows[0]!.agency;
  const total = sum(rows.map((row) => row.referrals));
  const busiest = rows.reduce((best, row) => ((row.referrals ?? 0) > (best.referrals ?? 0) ? row : best));
  const none = rows.filter((row) => row.referrals === 0).length;
  const text = [`${who} referred ${formatCount(total)} ${total === 1 ? "case" : "cases"} in the ${formatCount(rows.length)} months from ${formatMonth(rows[0]!.month)} to ${formatMonth(rows[rows.length - 1]!.month)}.`];
  if (total > 0) text.push(`The most in one month was ${formatCount(busiest.referrals)}, in ${formatMonth(busiest.month)}.`);
  if (none > 0) text.push(`No referral came from ${who === "All agencies together" ? "any agency" : "it"} in ${formatCount(none)} of the months.`);
  return text.join(" ");
}

/**
 * Returns the takeaway title of one agency's referrals per month: in how many of the months it referred a case. For all
 * agencies together the rows are monthly totals, which cannot say who referred, so the title is `allAgenciesTitle`.
 */
export function titleAgencyMonths(rows: readonly AgencyMonthRow[], allAgenciesTitle: string): string {
  if (rows.length === 0) return "MARAC referrals per month, April 2012 to March 2013";
  const agency = rows[0]!.agency;
  if (agency === "All agencies") return allAgenciesTitle;
  const known = rows.filter((row) => row.referrals !== null);
  const referred = known.filter((row) => row.referrals! > 0).length;
  const months = known.length === rows.length ? `the ${formatCount(rows.length)} months` : `the ${formatCount(known.length)} months the report gives`;
  if (referred === 0) return `${agency} referred no cases to the MARAC in ${months}`;
  if (referred === rows.length) return `${agency} referred cases to the MARAC in every month`;
  return `${agency} referred cases to the MARAC in ${formatCount(referred)} of ${months}`;
}

/** Returns a plain-English summary of police and non-police referrals against CAADA's recommended split and the report's own figure. */
export function summarizePoliceShare(rows: readonly PoliceShareRow[]): string {
  const police = rows.find((row) => row.referrer === "Police");
  const others = rows.find((row) => row.referrer !== "Police");
  if (!police || !others) return "The MARAC table does not split referrals into police and non-police agencies.";
  const text = [
    `In the MARAC table, the police referred ${formatCount(police.referrals)} cases (${formatPercent(police.share_pct)}) and other agencies ${formatCount(others.referrals)} (${formatPercent(others.share_pct)}).`
  ];
  if (police.caada_pct !== null && others.caada_pct !== null) {
    text.push(`CAADA recommends ${formatPercent(police.caada_pct)} from the police and ${formatPercent(others.caada_pct)} from other agencies, so non-police agencies referred ${others.share_pct > others.caada_pct ? "a larger" : others.share_pct < others.caada_pct ? "a smaller" : "the same"} share than recommended.`);
  }
  if (others.stated_pct !== null) {
    text.push(`The report's text gives ${formatPercent(others.stated_pct)}${others.stated_referrals !== null ? ` (${formatCount(others.stated_referrals)} cases)` : ""} for non-police agencies.`);
  }
  return text.join(" ");
}

/** Returns a plain-English summary of the year's MARAC referrals against the previous year and CAADA's recommended number. */
export function summarizeAnnualCases(rows: readonly AnnualCasesRow[]): string {
  if (rows.length === 0) return "No yearly MARAC totals are recorded.";
  const latest = rows[rows.length - 1]!;
  const text = [`The MARAC received ${formatCount(latest.cases)} referrals in ${latest.period}`];
  const previous = rows.length > 1 ? rows[rows.length - 2]! : null;
  if (previous) text[0] += `, ${latest.cases >= previous.cases ? "up" : "down"} from ${formatCount(previous.cases)} in ${previous.period}`;
  const gap = latest.cases - latest.caada_cases;
  text[0] += `. That is ${formatCount(Math.abs(gap))} ${gap >= 0 ? "more" : "fewer"} than the ${formatCount(latest.caada_cases)} a year that CAADA recommends for Luton.`;
  return text.join(" ");
}
