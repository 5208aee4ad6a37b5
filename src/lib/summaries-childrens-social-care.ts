import { formatCount, formatNumber, formatPercent } from "./format.js";

/** A referral reason's share in one year, as the referralReasons query returns it. */
export type ReferralReasonRow = { reason: string; year: string; share_pct: number | null };

/** An assessment's timeliness against its target, as the assessmentTimeliness query returns it. */
export type AssessmentTimelinessRow = { assessment: string; period: string; in_time_pct: number | null; target_pct: number | null; gap_points: number | null };

/** One year of a measure, as the childProtectionTrend query returns it. */
export type MeasureYearRow = { measure: string; period: string; share_pct: number | null; polarity: string | null };

/** One year of a looked-after children's health check, as the lookedAfterHealthChecks query returns it. */
export type HealthCheckRow = { check_name: string; year: string; share_pct: number | null; children: number | null; cohort: number | null };

/** Returns which reason had the largest share in the latest year, and how each reason moved from the year before. */
export function summarizeReferralReasons(rows: readonly ReferralReasonRow[]): string {
  const years = [...new Set(rows.map((row) => row.year))].sort();
  const latest = years[years.length - 1];
  const previous = years[years.length - 2];
  if (latest === undefined) return "The report gives no breakdown of referrals by reason.";
  const share = (reason: string, year: string | undefined) => rows.find((row) => row.reason === reason && row.year === year)?.share_pct ?? null;
  const reasons = [...new Set(rows.map((row) => row.reason))].sort((a, b) => (share(b, latest) ?? -1) - (share(a, latest) ?? -1));
  const top = reasons[0]!;
  const sentences = [`${top} was the largest area of concern in ${latest}, at ${formatPercent(share(top, latest))} of referrals.`];
  const moves = reasons.map((reason) => {
    const now = share(reason, latest);
    const before = share(reason, previous);
    if (now === null) return `${lowerFirst(reason)}: no figure for ${latest}`;
    if (before === null) return `${lowerFirst(reason)} ${formatPercent(now)} (no ${previous ?? "earlier"} figure given)`;
    const verb = now > before ? "rose from" : now < before ? "fell from" : "stayed at";
    return now === before ? `${lowerFirst(reason)} ${verb} ${formatPercent(now)}` : `${lowerFirst(reason)} ${verb} ${formatPercent(before)} to ${formatPercent(now)}`;
  });
  sentences.push(`From ${previous ?? "the year before"} to ${latest}: ${moves.join("; ")}.`);
  return sentences.join(" ");
}

/** Returns each assessment's timeliness against its target, and whether all, some or none met it. */
export function summarizeAssessmentTimeliness(rows: readonly AssessmentTimelinessRow[]): string {
  if (rows.length === 0) return "The report gives no assessment timeliness figures.";
  const parts = rows.map((row) => {
    const gap = row.gap_points;
    const against = row.target_pct === null ? "" : ` against a target of ${formatPercent(row.target_pct)}`;
    const distance = gap === null || gap === 0 ? "" : `, ${formatNumber(Math.abs(gap))} percentage points ${gap < 0 ? "below" : "above"} it`;
    return `${row.assessment}: ${formatPercent(row.in_time_pct)} in ${row.period}${against}${distance}.`;
  });
  const measured = rows.filter((row) => row.gap_points !== null);
  const below = measured.filter((row) => (row.gap_points ?? 0) < 0).length;
  const verdict = measured.length === 0 ? "" : below === measured.length ? ` ${measured.length === 1 ? "It was" : measured.length === 2 ? "Both were" : "All were"} below target.` : below === 0 ? " Every target was met." : ` ${formatCount(below)} of ${formatCount(measured.length)} fell short.`;
  return parts.join(" ") + verdict;
}

/** Returns a measure's latest value and how it compares with each earlier year the report gives. */
export function summarizeMeasureTrend(rows: readonly MeasureYearRow[]): string {
  const known = rows.filter((row) => row.share_pct !== null);
  const latest = known[known.length - 1];
  if (!latest) return "The report gives no figures for this measure.";
  const earlier = known.slice(0, -1).reverse();
  const words = (value: number, before: number) => {
    const direction = value > before ? "up" : value < before ? "down" : "level";
    if (latest.polarity === "up_is_good") return direction === "up" ? "better than" : direction === "down" ? "worse than" : "the same as";
    if (latest.polarity === "down_is_good") return direction === "up" ? "worse than" : direction === "down" ? "better than" : "the same as";
    return direction === "up" ? "up from" : direction === "down" ? "down from" : "the same as";
  };
  const comparisons = earlier.map((row) => `${words(latest.share_pct!, row.share_pct!)} ${formatPercent(row.share_pct)} in ${row.period}`);
  return `${latest.measure}: ${formatPercent(latest.share_pct)} in ${latest.period}${comparisons.length ? `, ${comparisons.join(", and ")}` : ""}.`;
}

/** Returns a figure title for one measure's trend, from its rows: how it moved from the year before the latest to the latest. */
export function titleMeasureTrend(rows: readonly MeasureYearRow[]): string {
  const known = rows.filter((row) => row.share_pct !== null);
  const latest = known[known.length - 1];
  const previous = known[known.length - 2];
  if (!latest) return "The report gives no figures for this measure";
  if (!previous) return `${latest.measure}: ${formatPercent(latest.share_pct)} in ${latest.period}`;
  const verb = latest.share_pct! > previous.share_pct! ? "rose from" : latest.share_pct! < previous.share_pct! ? "fell from" : "stayed at";
  if (verb === "stayed at") return `${latest.measure} stayed at ${formatPercent(latest.share_pct)} in ${previous.period} and ${latest.period}`;
  return `${latest.measure} ${verb} ${formatPercent(previous.share_pct)} in ${previous.period} to ${formatPercent(latest.share_pct)} in ${latest.period}`;
}

/** Returns each health check's latest share against the year before, with the number of children where stated. */
export function summarizeHealthChecks(rows: readonly HealthCheckRow[]): string {
  const checks = [...new Set(rows.map((row) => row.check_name))];
  if (checks.length === 0) return "The report gives no health check figures for children in care.";
  const sentences = checks.map((check) => {
    // Years such as 2012/13 sort by code point: localeCompare would start a collator on the way to the first view.
    const years = rows.filter((row) => row.check_name === check && row.share_pct !== null).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
    const latest = years[years.length - 1];
    const previous = years[years.length - 2];
    if (!latest) return `${check}: no figure.`;
    const count = latest.children !== null && latest.cohort !== null ? ` (${formatCount(latest.children)} of ${formatCount(latest.cohort)} children)` : "";
    const change = previous ? `, ${latest.share_pct! > previous.share_pct! ? "up from" : latest.share_pct! < previous.share_pct! ? "down from" : "the same as"} ${formatPercent(previous.share_pct)} in ${previous.year}` : "";
    return `${check}: ${formatPercent(latest.share_pct)} in ${latest.year}${count}${change}.`;
  });
  return sentences.join(" ");
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
