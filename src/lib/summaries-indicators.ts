import { formatCount, formatIndicatorValue } from "./format.js";

// Plain-English summaries for the young people, child deaths and allegations pages, written from query rows.

/** A value of one measure in one period, as the …ByYear / …ByPeriod queries return it. */
export interface PeriodValueRow {
  label: string;
  period: string;
  value: number | null;
  unit: string;
}

/** A bar of a comparison or breakdown chart. */
export interface LabelledValueRow {
  bar_label: string;
  value: number | null;
  unit: string;
  label?: string | null;
  period?: string | null;
  highlight?: number | boolean | null;
}

/** A figure the report states, as the statedFiguresBy… queries return it. */
export interface StatedValueRow {
  label: string;
  period: string;
  value: number | null;
  unit: string;
  source_line: number;
}

/** An ethnic group's share of deaths or of the population, as childDeathsByEthnicity returns it. */
export interface ShareAgainstPopulationRow {
  ethnic_group: string;
  series: string;
  period: string;
  value: number | null;
  unit: string;
}

/** Returns a period as running text: `most recent published (May 2012)` becomes `most recent published, May 2012`. */
export function plainPeriod(period: string): string {
  return period.replace(/\s*\(([^)]*)\)/g, ", $1");
}

/** Returns how a measure moved from its first to its last period: "… fell from 326 (2009/10) to 151 (2012/13)." */
export function summarizePeriodChange(rows: readonly PeriodValueRow[]): string {
  const known = rows.filter((row) => row.value !== null);
  if (known.length === 0) return "The report gives no figures for this measure.";
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const value = (row: PeriodValueRow) => `${formatIndicatorValue(row.value, row.unit)} (${plainPeriod(row.period)})`;
  if (known.length === 1) return `${first.label}: ${value(first)}.`;
  const verb = last.value! > first.value! ? "rose" : last.value! < first.value! ? "fell" : "stayed the same";
  return verb === "stayed the same"
    ? `${first.label} stayed at ${formatIndicatorValue(first.value, first.unit)} from ${plainPeriod(first.period)} to ${plainPeriod(last.period)}.`
    : `${first.label} ${verb} from ${value(first)} to ${value(last)}.`;
}

/** Returns the emphasised bar's value beside the others, and where it ranks: "… Luton 32%, England 35%… Luton's figure is the lowest." */
export function summarizeComparison(rows: readonly LabelledValueRow[]): string {
  const known = rows.filter((row) => row.value !== null);
  if (known.length === 0) return "The report gives no figures to compare.";
  const head = commonHeading(known);
  const list = listValues(known);
  const subject = known.find((row) => row.highlight === 1 || row.highlight === true);
  let rank = "";
  if (subject && known.length > 1) {
    const values = known.map((row) => row.value!);
    const others = known.filter((row) => row !== subject).map((row) => row.value!);
    if (others.every((value) => value === subject.value)) rank = ` ${possessive(subject.bar_label)} figure is the same as the others.`;
    else if (subject.value === Math.min(...values)) rank = ` ${possessive(subject.bar_label)} figure is the lowest.`;
    else if (subject.value === Math.max(...values)) rank = ` ${possessive(subject.bar_label)} figure is the highest.`;
    else rank = ` ${possessive(subject.bar_label)} figure is between the others.`;
  }
  return `${head ? `${head}: ` : ""}${list}.${rank}`;
}

/** Returns a year's total and the part of it one quarter holds: "… 12,944 in 2012/13, of whom 3,938 (30%) in 2012/13 Q4." */
export function summarizeQuarterOfYear(rows: readonly PeriodValueRow[]): string {
  const year = rows.find((row) => !/ Q\d$/.test(row.period) && row.value !== null);
  const quarter = rows.find((row) => / Q\d$/.test(row.period) && row.value !== null);
  if (!year || !quarter) return summarizePeriodChange(rows);
  const share = Math.round((quarter.value! / year.value!) * 100);
  return `${year.label}: ${formatIndicatorValue(year.value, year.unit)} in ${year.period}, of whom ${formatIndicatorValue(quarter.value, quarter.unit)} (${share}% of the year's total) in ${quarter.period}.`;
}

/** Returns every part of a breakdown in order and names the largest: "Grade 1: 37%; Grade 2: 53%… The largest is Grade 2 (53%)." */
export function summarizeBreakdown(rows: readonly LabelledValueRow[], subject?: string): string {
  const known = rows.filter((row) => row.value !== null);
  if (known.length === 0) return "The report gives no figures for this breakdown.";
  const head = subject ?? commonHeading(known);
  const largest = Math.max(...known.map((row) => row.value!));
  const top = known.filter((row) => row.value === largest);
  const verdict =
    top.length === known.length
      ? `All ${formatCount(known.length)} are the same.`
      : top.length === 1
        ? `The largest is ${top[0]!.bar_label} (${formatIndicatorValue(largest, top[0]!.unit)}).`
        : `The largest are ${joinWords(top.map((row) => row.bar_label))} (${formatIndicatorValue(largest, top[0]!.unit)} each).`;
  return `${head ? `${head}: ` : ""}${known.map((row) => `${row.bar_label}, ${formatIndicatorValue(row.value, row.unit)}`).join("; ")}. ${verdict}`;
}

/** Returns how many figures the report states here, about how many measures, and from which report lines. */
export function summarizeStatedFigures(rows: readonly StatedValueRow[]): string {
  if (rows.length === 0) return "The report states no figures here: its text on this subject gives no numbers about Luton.";
  const measures = new Set(rows.map((row) => row.label)).size;
  const lines = rows.map((row) => row.source_line);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const figures = rows.length === 1 ? "1 figure" : `${formatCount(rows.length)} figures`;
  const about = measures === 1 ? "1 measure" : `${formatCount(measures)} measures`;
  const where = first === last ? `report line ${first}` : `report lines ${first} to ${last}`;
  return `The report states ${figures} here, about ${about}, read from ${where}.`;
}

/** Returns how often a figure is stated and whether the statements agree, each with its period and report line. */
export function summarizeRestatedFigure(rows: readonly StatedValueRow[]): string {
  if (rows.length === 0) return "The report does not state this figure.";
  const label = lowerFirst(rows[0]!.label);
  const distinct = new Set(rows.map((row) => row.value)).size;
  const statements = joinWords(rows.map((row) => `${formatIndicatorValue(row.value, row.unit)} (${plainPeriod(row.period)}, line ${row.source_line})`));
  if (rows.length === 1) return `The report states the number of ${label} once: ${statements}.`;
  const agreement = distinct === 1 ? "and they agree" : `with ${formatCount(distinct)} different values`;
  return `The report states the number of ${label} ${formatCount(rows.length)} times, ${agreement}: ${statements}.`;
}

/** Returns each group's share of deaths beside its share of the population: "Pakistani children were 52% of… against 14% of…". */
export function summarizeShareAgainstPopulation(rows: readonly ShareAgainstPopulationRow[]): string {
  const groups = [...new Set(rows.map((row) => row.ethnic_group))];
  if (groups.length === 0) return "The report gives no breakdown by ethnic group.";
  return groups
    .map((group) => {
      const deaths = rows.find((row) => row.ethnic_group === group && row.series === "Luton");
      const population = rows.find((row) => row.ethnic_group === group && row.series !== "Luton");
      const deathShare = deaths ? `${formatIndicatorValue(deaths.value, deaths.unit)} of child deaths in ${deaths.period}` : "an unstated share of child deaths";
      const populationShare = population ? `, against ${formatIndicatorValue(population.value, population.unit)} of the ${plainPeriod(population.series)}` : "";
      return `${group} children were ${deathShare}${populationShare}.`;
    })
    .join(" ");
}

// The measure's label, and its period when every row shares it.
function commonHeading(rows: readonly LabelledValueRow[]): string {
  const periods = new Set(rows.map((row) => row.period ?? null));
  const period = periods.size === 1 ? [...periods][0] : null;
  return [rows[0]!.label, period ? plainPeriod(period) : null].filter(Boolean).join(", ");
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function listValues(rows: readonly LabelledValueRow[]): string {
  return rows.map((row) => `${row.bar_label} ${formatIndicatorValue(row.value, row.unit)}`).join(", ");
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
