import { describeComparison, tileComparisons, type HeadlineRow } from "../components/headline-tiles.js";
import { formatCount, formatIndicatorValue, formatPercent } from "./format.js";

/** A figure a theme summary quotes, as the themeFigures query returns it. */
export type ThemeFigureRow = {
  route: string;
  figure: string;
  value: number | null;
  unit: string;
  period: string;
  source_line: number | null;
};

/** Looks a theme's figure up by its key. */
export type FigureLookup = (figure: string) => ThemeFigureRow | undefined;

/** A themed page as the overview introduces it: route, title and a summary written from its figures. */
export interface ThemeSummary {
  route: string;
  title: string;
  summarize: (figure: FigureLookup) => string;
}

/** Returns a plain-English summary of headline tiles: how many, and which compare better or worse where polarity says. */
export function summarizeHeadlines(rows: readonly HeadlineRow[]): string {
  if (rows.length === 0) return "No headline figures are available.";
  const better: string[] = [];
  const worse: string[] = [];
  for (const row of rows) {
    if (row.comparison_kind === null || row.comparison_label === null || row.comparison_kind === "detail") continue;
    const words = describeComparison(row.value, { kind: row.comparison_kind, label: row.comparison_label, value: row.comparison_value, unit: row.comparison_unit ?? row.unit ?? "count" }, row.polarity);
    if (words.startsWith("Better")) better.push(lowerFirst(row.label));
    else if (words.startsWith("Worse")) worse.push(lowerFirst(row.label));
  }
  const count = `${formatCount(rows.length)} headline ${rows.length === 1 ? "figure" : "figures"} from the report.`;
  if (better.length + worse.length === 0) return `${count} The report does not say which direction is better for any of them.`;
  const parts = [better.length ? `better for ${listWords(better)}` : "", worse.length ? `worse for ${listWords(worse)}` : ""].filter(Boolean);
  return `${count} Where the report says which direction is good, the latest figure is ${parts.join(", and ")}.`;
}

/** Returns every tile as a sentence: "Referred again within 12 months: 28.2% in 2012/13; better than 2011/12 (28.5%)." */
export function describeHeadlines(rows: readonly HeadlineRow[]): string {
  if (rows.length === 0) return "No headline figures are available.";
  return rows
    .map((row) => {
      const value = `${row.qualifier ? `${row.qualifier} ` : ""}${formatIndicatorValue(row.value, row.unit ?? "count")}`;
      const comparisons = tileComparisons(row).map(lowerFirst);
      return `${row.label}: ${value} in ${row.period}${comparisons.length ? `; ${comparisons.join("; ")}` : ""}.`;
    })
    .join(" ");
}

/** Returns the figure lookup of one theme's rows. */
export function themeLookup(rows: readonly ThemeFigureRow[], route: string): FigureLookup {
  const byFigure = new Map(rows.filter((row) => row.route === route).map((row) => [row.figure, row]));
  return (figure) => byFigure.get(figure);
}

/** The themed pages the overview introduces, in site order, each with a summary generated from the themeFigures rows. */
export const OVERVIEW_THEMES: readonly ThemeSummary[] = [
  { route: "early-help", title: "Early help", summarize: summarizeEarlyHelp },
  { route: "domestic-abuse", title: "Domestic abuse", summarize: summarizeDomesticAbuse },
  { route: "childrens-social-care", title: "Children's social care", summarize: summarizeSocialCare },
  { route: "young-people", title: "Young people", summarize: summarizeYoungPeople },
  { route: "child-deaths", title: "Child deaths", summarize: summarizeChildDeaths },
  { route: "allegations-and-prevention", title: "Allegations and prevention", summarize: summarizeAllegations },
  { route: "workforce-and-budget", title: "Workforce and budget", summarize: summarizeWorkforce },
  { route: "board", title: "The board", summarize: summarizeBoard }
];

/** Early help: CAFs completed this year against last (a lower bound when cells are blank), and the CAF team's posts. */
export function summarizeEarlyHelp(figure: FigureLookup): string {
  const cafs = figure("cafs");
  const previous = figure("cafs_previous");
  const blank = figure("caf_blank_cells")?.value ?? 0;
  const sentences: string[] = [];
  if (cafs) {
    const comparison = previous ? `, ${moved(cafs.value, previous.value)} ${shown(previous)} in ${previous.period}` : "";
    sentences.push(`${blank > 0 ? "At least " : ""}${shown(cafs)} early help assessments (CAFs) were completed in ${cafs.period}${comparison}.`);
    if (blank > 0) sentences.push(`The report leaves ${formatCount(blank)} ${blank === 1 ? "cell" : "cells"} of its table blank, so the ${cafs.period} total may be higher.`);
  }
  const before = figure("caf_team_posts_before");
  const now = figure("caf_team_posts");
  if (before && now) sentences.push(`The CAF team ${grew(now.value, before.value)} from ${shown(before)} to ${shown(now)} posts.`);
  return joined(sentences);
}

/** Domestic abuse: MARAC cases against last year and CAADA's recommended level, and the children in those households. */
export function summarizeDomesticAbuse(figure: FigureLookup): string {
  const cases = figure("marac_cases");
  const previous = figure("marac_cases_previous");
  const caada = figure("marac_cases_caada");
  const children = figure("marac_children");
  const sentences: string[] = [];
  if (cases) {
    const comparisons = [
      previous ? `${moved(cases.value, previous.value)} ${shown(previous)} in ${previous.period}` : "",
      caada ? `${relative(cases.value, caada.value, "above", "below")} the ${shown(caada)} that CAADA recommends for Luton` : ""
    ].filter(Boolean);
    sentences.push(`The MARAC discussed ${shown(cases)} cases of high-risk domestic abuse in ${cases.period}${comparisons.length ? `, ${comparisons.join(" and ")}` : ""}.`);
  }
  if (children) sentences.push(`${capitalise(shown(children))} children lived in the households discussed.`);
  return joined(sentences);
}

/** Children's social care: referrals and their change, child protection plans, children in care, assessment timeliness. */
export function summarizeSocialCare(figure: FigureLookup): string {
  const referrals = figure("referrals");
  const change = figure("referrals_change");
  const plans = figure("cp_plans");
  const care = figure("children_in_care");
  const initial = figure("initial_assessments_in_time_pct");
  const target = figure("initial_assessments_target_pct");
  const sentences: string[] = [];
  if (referrals && change && change.value !== null && change.value !== 0) {
    sentences.push(`Referrals to children's social care ${change.value < 0 ? "fell" : "rose"} by ${formatPercent(Math.abs(change.value))} to ${shown(referrals)} in ${referrals.period}.`);
  } else if (referrals) sentences.push(`There were ${shown(referrals)} referrals to children's social care in ${referrals.period}.`);
  if (plans && care) sentences.push(`${capitalise(shown(plans))} children were on a child protection plan at the end of ${plans.period}, and ${shown(care)} were in care at the end of ${care.period}.`);
  if (initial && target) sentences.push(`${capitalise(shown(initial))} of initial assessments were done on time, against a target of ${shown(target)}.`);
  return joined(sentences);
}

/** Young people: first-time entrants to youth justice against the earliest year given, and re-offending against benchmarks. */
export function summarizeYoungPeople(figure: FigureLookup): string {
  const entrants = figure("first_time_entrants");
  const earlier = figure("first_time_entrants_earlier");
  const reoffending = figure("reoffending_pct");
  const england = figure("reoffending_england_pct");
  const neighbours = figure("reoffending_neighbours_pct");
  const sentences: string[] = [];
  if (entrants) {
    sentences.push(`${capitalise(shown(entrants))} young people entered the youth justice system for the first time in ${entrants.period}${earlier ? `, ${moved(entrants.value, earlier.value)} ${shown(earlier)} in ${earlier.period}` : ""}.`);
  }
  if (reoffending && england && neighbours) {
    const lower = [england, neighbours].every((benchmark) => (reoffending.value ?? 0) < (benchmark.value ?? 0));
    const higher = [england, neighbours].every((benchmark) => (reoffending.value ?? 0) > (benchmark.value ?? 0));
    const words = lower ? "lower than" : higher ? "higher than" : "compared with";
    sentences.push(`Proven re-offending was ${shown(reoffending)} in ${reoffending.period}, ${words} England (${shown(england)}) and statistical neighbours (${shown(neighbours)}).`);
  }
  return joined(sentences);
}

/** Child deaths: deaths reported to the panel, how many were unexpected, and the share under one year old. */
export function summarizeChildDeaths(figure: FigureLookup): string {
  const deaths = figure("child_deaths");
  const unexpected = figure("child_deaths_unexpected");
  const infants = figure("child_deaths_under_1_pct");
  const sentences: string[] = [];
  if (deaths) sentences.push(`${capitalise(shown(deaths))} child deaths were reported to the Child Death Overview Panel in ${deaths.period}.`);
  const details = [unexpected ? `${shown(unexpected)} were unexpected` : "", infants ? `${shown(infants)} of the children who died were under one year old` : ""].filter(Boolean);
  if (details.length) sentences.push(`${capitalise(details.join(", and "))}.`);
  return joined(sentences);
}

/** Allegations and prevention: referrals to the LADO and their change, and Channel (radicalisation) referrals. */
export function summarizeAllegations(figure: FigureLookup): string {
  const lado = figure("lado_referrals");
  const change = figure("lado_referrals_change");
  const channel = figure("channel_referrals");
  const sentences: string[] = [];
  if (lado) {
    const changed = change && change.value !== null && change.value !== 0 ? `, ${formatPercent(Math.abs(change.value))} ${change.value > 0 ? "more" : "fewer"} than the year before` : "";
    sentences.push(`${capitalise(shown(lado))} allegations against adults who work with children were referred to the Local Authority Designated Officer (LADO) in ${lado.period}${changed}.`);
  }
  if (channel) sentences.push(`${capitalise(shown(channel))} people at risk of radicalisation were referred to the Channel panel (${channel.period}).`);
  return joined(sentences);
}

/** Workforce and budget: training applications and places, and the board's income and spending. */
export function summarizeWorkforce(figure: FigureLookup): string {
  const applications = figure("training_applications");
  const places = figure("training_places_allocated");
  const income = figure("budget_income_gbp");
  const spent = figure("budget_expenditure_gbp");
  const sentences: string[] = [];
  if (applications) sentences.push(`${capitalise(shown(applications))} applications were made for multi-agency safeguarding training in ${applications.period}${places ? `, and ${shown(places)} were given a place` : ""}.`);
  if (income && spent) sentences.push(`Partner agencies contributed ${shown(income)} to the board's budget, and it spent ${shown(spent)}.`);
  return joined(sentences);
}

/** The board: how often it meets, its business plan objectives completed, and the Ofsted action plan. */
export function summarizeBoard(figure: FigureLookup): string {
  const meetings = figure("lscb_meetings_per_year");
  const objectives = figure("plan_objectives");
  const completed = figure("plan_completed");
  const carried = figure("plan_carried_forward");
  const recommendations = figure("ofsted_recommendations");
  const done = figure("ofsted_completed");
  const sentences: string[] = [];
  if (meetings) sentences.push(`The board meets ${shown(meetings)} times a year.`);
  if (objectives && completed) sentences.push(`Of the ${shown(objectives)} objectives in its ${objectives.period} business plan, ${shown(completed)} were completed${carried ? ` and ${shown(carried)} carried forward` : ""}.`);
  if (recommendations && done) sentences.push(`${capitalise(shown(done))} of the ${shown(recommendations)} recommendations in the Ofsted inspection action plan are marked complete.`);
  return joined(sentences);
}

function shown(row: ThemeFigureRow): string {
  return formatIndicatorValue(row.value, row.unit);
}

function moved(value: number | null, from: number | null): string {
  return relative(value, from, "up from", "down from", "the same as");
}

function grew(value: number | null, from: number | null): string {
  return relative(value, from, "grew", "shrank", "stayed");
}

function relative(value: number | null, other: number | null, higher: string, lower: string, same = "level with"): string {
  if (value === null || other === null) return "against";
  return value > other ? higher : value < other ? lower : same;
}

function joined(sentences: readonly string[]): string {
  return sentences.length ? sentences.join(" ") : "The report's figures for this theme are not available.";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
