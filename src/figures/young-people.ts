// The young people page's figures: src/young-people.md places them, each topic's charts in its own group.
import { drawBars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { figureList } from "../components/figure-list.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatIndicatorValue, formatNumber, formatPercent, formatUnitName } from "../lib/format.js";
import { headlineSql } from "../lib/queries/headline-sql.js";
import {
  summarizeBreakdown,
  summarizeComparison,
  summarizePeriodChange,
  summarizeQuarterOfYear,
  summarizeRestatedFigure,
  summarizeStatedFigures
} from "../lib/summaries-indicators.js";
import { DEFAULT_TOPIC, TOPIC_THEMES, findTopic } from "../lib/young-people-topics.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery, derived } from "./define.js";
import { assessmentOrSectionText, findingsOnIndicatorLines, qualityFindings, statedFiguresByTheme } from "./shared.js";

// Every bar chart query returns bar_label, value, unit, highlight and source_line (drawn by components/bars.ts);
// highlight is 1 or 0, not a boolean, because the browser's query rows carry numbers and text only.

const YOUTH_JUSTICE = "Report: Youth offending, homelessness and substance misuse";
const TEENAGE_PARENTS = "Report: The safeguarding arrangements for teenage parents";

/** The topic chosen on the page (an indicators theme; src/lib/young-people-topics.ts names each). */
export const TOPIC = defineParam({
  name: "topic",
  label: "Topic",
  default: DEFAULT_TOPIC,
  domain: TOPIC_THEMES
});

/** The page's headline tiles, one per topic, with the comparison the report gives. */
export const headlines = defineBlock({
  id: "young-people-headlines",
  calls: { tiles: call(defineQuery("youngPeopleHeadlines", {
      tables: ["indicators"],
      sql: headlineSql([
        { indicator: "first_time_entrants", period: "2012/13", comparison: { series: "Luton", period: "2009/10", label: "2009/10" } },
        { indicator: "reoffending_pct", period: "2011/12", comparison: { series: "England", period: "2011/12", label: "England" } },
        { indicator: "homeless_under_18_presentations", period: "2012/13 Q4" },
        { indicator: "alcohol_harm_reduction_support", period: "2012/13" },
        { indicator: "under_18_conception_rate", period: "most recent published (May 2012)", comparison: { series: "Luton", period: "2009", label: "2009" } },
        { indicator: "home_educated_children", period: "Oct 2012" },
        { indicator: "uasc", period: "2012/13" },
        { indicator: "private_fostering_notifications", period: "2012/13" },
        { indicator: "sarc_examinations", period: "2012/13" }
      ])
    })) },
  render: ({ tiles }) => headlineTiles(tiles, { columns: 3, noComparison: null, className: "se-headlines" })
});

/** New entrants to the youth justice system in each year the report gives. */
export const entrants = defineFigure({
  id: "first-time-entrants",
  headingLevel: 3,
  title: "Fewer young people are entering the youth justice system than in 2009/10",
  subtitle: "New entrants to the youth justice system in Luton, by year. Number of young people.",
  source: { label: YOUTH_JUSTICE, href: firstSourceLineHref },
  rows: call(defineQuery("firstTimeEntrantsByYear", {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period = max(period) OVER () AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'first_time_entrants' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  })),
  columns: [
    { key: "period", label: "Year" },
    { key: "value", label: "New entrants", format: formatCount, numeric: true }
  ],
  summarize: summarizePeriodChange,
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** Proven re-offending: Luton beside England and its statistical neighbours. */
export const reoffending = defineFigure({
  id: "reoffending",
  headingLevel: 3,
  title: "Luton's proven re-offending rate was below England's and its statistical neighbours'",
  subtitle: "Proven re-offending among young people already in the youth justice system, 2011/12 (the latest reported). Percent.",
  source: { label: YOUTH_JUSTICE, href: firstSourceLineHref },
  rows: call(defineQuery("reoffendingByArea", {
    tables: ["indicators"],
    sql: `SELECT series AS bar_label, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'reoffending_pct' AND category IS NULL
ORDER BY series <> 'Luton', series`
  })),
  columns: [
    { key: "series", label: "Area" },
    { key: "period", label: "Year" },
    { key: "value", label: "Proven re-offending rate", format: formatPercent, numeric: true }
  ],
  summarize: summarizeComparison,
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** New convictions or disposals among children looked after for over 12 months, by year. */
export const lacOffending = defineFigure({
  id: "looked-after-offending",
  headingLevel: 3,
  title: "Offending by children in long-term care rose in 2012/13",
  subtitle: "Children looked after for over 12 months who received a new conviction or disposal, by year. Percent.",
  source: { label: YOUTH_JUSTICE, href: firstSourceLineHref },
  rows: call(defineQuery("lacOffendingByYear", {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period = max(period) OVER () AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'lac_offending_pct' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  })),
  columns: [
    { key: "period", label: "Year" },
    { key: "value", label: "Children with a new conviction or disposal", format: formatPercent, numeric: true }
  ],
  summarize: summarizePeriodChange,
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** Young people receiving alcohol harm-reduction support: the whole year and the quarter the report singles out. */
export const alcohol = defineFigure({
  id: "alcohol-support",
  headingLevel: 3,
  title: "More young people received alcohol harm-reduction support in the final quarter than in any other",
  subtitle: "Young people receiving harm-reduction support for alcohol abuse in 2012/13, and in its fourth quarter. The report does not give the other quarters. Number of young people.",
  source: { label: YOUTH_JUSTICE, href: firstSourceLineHref },
  rows: call(defineQuery("alcoholSupportByPeriod", {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period LIKE '% Q_' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'alcohol_harm_reduction_support' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  })),
  columns: [
    { key: "period", label: "Period" },
    { key: "value", label: "Young people supported", format: formatCount, numeric: true }
  ],
  summarize: summarizeQuarterOfYear,
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** New adults assessed for drug or alcohol treatment (April to September 2012), and those with children living with them. */
export const treatment = defineFigure({
  id: "treatment-audit",
  headingLevel: 3,
  title: "Some adults starting drug or alcohol treatment had children living with them",
  subtitle: "New adult service users assessed for structured treatment in the audit of April to September 2012, and those with children living with them. Number of adults.",
  source: { label: "Report: The welfare and well being of children using or affected by alcohol or drugs", href: firstSourceLineHref },
  rows: call(defineQuery("treatmentAuditByService", {
    tables: ["indicators"],
    sql: `SELECT category || ': ' || lower(label) AS bar_label, category AS service, label AS measure, period, value, unit, label,
       CAST(indicator_id = 'treatment_clients_with_children' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id IN ('adults_assessed_for_treatment', 'treatment_clients_with_children') AND series = 'Luton'
ORDER BY category, indicator_id`
  })),
  columns: [
    { key: "service", label: "Service" },
    { key: "measure", label: "Adults" },
    { key: "period", label: "Period" },
    { key: "value", label: "Number", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "New adult service users, April to September 2012"),
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** The under-18 conception rate: the 2009 figure and the most recent published one. */
export const conception = defineFigure({
  id: "conception-rate",
  headingLevel: 3,
  title: "The under-18 conception rate rose on the 2009 figure",
  subtitle: "Conceptions to young women under 18, per 1,000. The report prints the latest rate with a % sign; it is a rate per 1,000.",
  source: { label: TEENAGE_PARENTS, href: firstSourceLineHref },
  rows: call(defineQuery("conceptionRateByPeriod", {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period <> '2009' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'under_18_conception_rate' AND series = 'Luton' AND category IS NULL
ORDER BY period = '2009' DESC, period`
  })),
  findings: call(findingsOnIndicatorLines, "teenage-pregnancy", "under_18_conception_rate"),
  columns: [
    { key: "period", label: "Period" },
    { key: "value", label: "Conceptions per 1,000", format: formatNumber, numeric: true }
  ],
  summarize: summarizePeriodChange,
  chart: drawBars({ valueFormat: (value) => formatIndicatorValue(value, "rate_per_1000"), highlight: "highlight", axis: false })
});

/** Under-18 terminations and repeat terminations, 2010/11 beside the nine months reported. */
export const terminations = defineFigure({
  id: "teenage-terminations",
  headingLevel: 3,
  title: "There were fewer under-18 terminations in the nine months reported than in the whole of 2010/11",
  subtitle: "Terminations for young women under 18, all and repeat. The later period is nine months, the earlier a full year; the report does not give its dates. Number.",
  source: { label: TEENAGE_PARENTS, href: firstSourceLineHref },
  rows: call(defineQuery("teenageTerminationsByPeriod", {
    tables: ["indicators"],
    sql: `SELECT coalesce(category, 'All terminations') || ', ' || period AS bar_label, coalesce(category, 'All terminations') AS measure,
       period, value, unit, label, CAST(period <> '2010/11' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'under_18_terminations' AND series = 'Luton'
ORDER BY period = '2010/11' DESC, category NULLS FIRST`
  })),
  columns: [
    { key: "measure", label: "Terminations" },
    { key: "period", label: "Period" },
    { key: "value", label: "Number", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows),
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** Under-19s supported by Care to Learn, as a percentage: Luton beside the East of England. */
export const careToLearn = defineFigure({
  id: "care-to-learn",
  headingLevel: 3,
  title: "A smaller share of young people were supported by Care to Learn in Luton than across the East of England",
  subtitle: "Under-19s supported by Care to Learn, February 2012, as the report gives it. Percent.",
  source: { label: TEENAGE_PARENTS, href: firstSourceLineHref },
  rows: call(defineQuery("careToLearnByArea", {
    tables: ["indicators"],
    sql: `SELECT series AS bar_label, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'care_to_learn_pct' AND category IS NULL
ORDER BY series <> 'Luton', series`
  })),
  columns: [
    { key: "series", label: "Area" },
    { key: "period", label: "Month" },
    { key: "value", label: "Supported by Care to Learn", format: formatPercent, numeric: true }
  ],
  summarize: summarizeComparison,
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** Figure 1 of the report: home educators by the quality grade the Home Education officer gave. */
export const homeEducationGrades = defineFigure({
  id: "home-education-grades",
  headingLevel: 3,
  title: "Most home education was graded satisfactory or better",
  subtitle: "Home educators by the grade the Home Education officer gave their provision (the report's Figure 1), October 2012. Percent of home educators.",
  source: { label: "Report: Working with families who choose to Home Educate, Figure 1", href: firstSourceLineHref },
  rows: call(defineQuery("homeEducationByGrade", {
    tables: ["home_education_grades"],
    sql: `SELECT 'Grade ' || grade || ': ' || description AS bar_label, grade, description, share_pct AS value, 'percent' AS unit,
       0 AS highlight, source_line
FROM home_education_grades
ORDER BY grade`
  })),
  findings: call(qualityFindings, "home_education_grades"),
  columns: [
    { key: "grade", label: "Grade", format: formatCount },
    { key: "description", label: "Description" },
    { key: "value", label: "Share of home educators", format: formatPercent, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "Home educators by grade"),
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** Why families home educate: each reason's share, in its group (School, Beliefs, SEN). */
export const homeEducationReasons = defineFigure({
  id: "home-education-reasons",
  headingLevel: 3,
  title: "Philosophical or ideological views were the most common reason for home education",
  subtitle: "Reasons families gave for home education, grouped as the report groups them (School, Beliefs, SEN). Percent of home educated children.",
  source: { label: "Report: Working with families who choose to Home Educate", href: firstSourceLineHref },
  rows: call(defineQuery("homeEducationByReason", {
    tables: ["home_education_reasons"],
    sql: `SELECT reason_group || ': ' || reason AS bar_label, reason_group, reason, share_pct AS value, 'percent' AS unit,
       0 AS highlight, source_line
FROM home_education_reasons
ORDER BY source_line`
  })),
  findings: call(qualityFindings, "home_education_reasons"),
  columns: [
    { key: "reason_group", label: "Group" },
    { key: "reason", label: "Reason" },
    { key: "value", label: "Share", format: formatPercent, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "Reasons for home education"),
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** Every number of privately fostered children the report states, with where and when. */
export const privateFostering = defineFigure({
  id: "private-fostering",
  headingLevel: 3,
  title: "The report disagrees with itself on how many private fostering arrangements there were",
  subtitle: "Each statement of how many private fostering arrangements the local authority knew of, with its date and report line. Number of arrangements.",
  source: { label: "Report: Private Fostering; Child Protection", href: firstSourceLineHref },
  rows: call(defineQuery("privateFosteringStatements", {
    tables: ["indicators"],
    sql: `SELECT 'Line ' || source_line || ': ' || period AS bar_label, period, value, unit, label, source_quote,
       0 AS highlight, source_line
FROM indicators
WHERE indicator_id = 'private_fostering_arrangements' AND series = 'Luton' AND category IS NULL
ORDER BY source_line`
  })),
  findings: call(findingsOnIndicatorLines, "private-fostering", "private_fostering_arrangements"),
  columns: [
    { key: "source_line", label: "Report line", format: formatCount },
    { key: "period", label: "As at" },
    { key: "value", label: "Arrangements", format: formatCount, numeric: true },
    { key: "source_quote", label: "The report's words" }
  ],
  summarize: summarizeRestatedFigure,
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** Children who needed a paediatric forensic examination at a SARC, by age band. */
export const sarc = defineFigure({
  id: "sarc-examinations",
  headingLevel: 3,
  title: "Few Luton children needed a forensic examination after sexual assault",
  subtitle: "Children who needed a paediatric forensic examination at a Sexual Assault Referral Centre in 2012/13, by age. Number of children.",
  source: { label: "Report: Sexual Assault Referral Centre (SARC) arrangements", href: firstSourceLineHref },
  rows: call(defineQuery("sarcExaminationsByAge", {
    tables: ["indicators"],
    sql: `SELECT category AS bar_label, category AS age_band, period, value, unit, label, 0 AS highlight, source_line
FROM indicators
WHERE indicator_id = 'sarc_examinations' AND series = 'Luton' AND category IS NOT NULL
ORDER BY source_line`
  })),
  columns: [
    { key: "age_band", label: "Age" },
    { key: "value", label: "Children", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "Children examined, by age"),
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** Every figure the report states on the chosen topic, in report order. */
export const topicFigures = defineFigure({
  id: "topic-figures",
  headingLevel: 3,
  title: "Every figure the report gives on this topic",
  subtitle: "Each number the report states in its text on the chosen topic, in report order, with its period and report line.",
  source: { label: "The report, at the lines listed", href: firstSourceLineHref },
  rows: call(statedFiguresByTheme, TOPIC),
  columns: [
    { key: "label", label: "Measure" },
    { key: "category", label: "Breakdown", format: (value) => value ?? "" },
    { key: "series", label: "Area" },
    { key: "period", label: "Period" },
    { key: "value", label: "Value", format: formatNumber, numeric: true },
    { key: "unit", label: "Unit", format: formatUnitName }
  ],
  summarize: summarizeStatedFigures,
  chart: (rows) => figureList(rows),
  drawnWith: "html"
});

/** The board's assessment of the chosen topic's report section or, where it gives none, the section's own text. */
export const topicWords = defineBlock({
  id: "topic-words",
  calls: { words: call(assessmentOrSectionText, derived(TOPIC, (topic) => findTopic(topic).section)) },
  render: ({ words }) => reportWords(words)
});
