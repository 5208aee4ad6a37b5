import { headlineSql } from "./headline-sql.js";
import type { NamedQuery } from "./named-query.js";

// Every bar chart query returns bar_label, value, unit, highlight and source_line (see components/labelled-bars.ts);
// highlight is 1 or 0, not a boolean, because the browser's query rows carry numbers and text only.

/** The young people page's queries: youth justice, teenage parents, alcohol and drugs, home education, private fostering, SARC. */
export const YOUNG_PEOPLE_QUERIES = {
  /** The page's headline tiles, one per topic, with the comparison the report gives. */
  youngPeopleHeadlines: {
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
  },
  /** New entrants to the youth justice system in each year the report gives. */
  firstTimeEntrantsByYear: {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period = max(period) OVER () AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'first_time_entrants' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  },
  /** Proven re-offending: Luton beside England and its statistical neighbours. */
  reoffendingByArea: {
    tables: ["indicators"],
    sql: `SELECT series AS bar_label, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'reoffending_pct' AND category IS NULL
ORDER BY series <> 'Luton', series`
  },
  /** New convictions or disposals among children looked after for over 12 months, by year. */
  lacOffendingByYear: {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period = max(period) OVER () AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'lac_offending_pct' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  },
  /** The under-18 conception rate: the 2009 figure and the most recent published one. */
  conceptionRateByPeriod: {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period <> '2009' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'under_18_conception_rate' AND series = 'Luton' AND category IS NULL
ORDER BY period = '2009' DESC, period`
  },
  /** Under-18 terminations and repeat terminations, 2010/11 beside the nine months reported. */
  teenageTerminationsByPeriod: {
    tables: ["indicators"],
    sql: `SELECT coalesce(category, 'All terminations') || ', ' || period AS bar_label, coalesce(category, 'All terminations') AS measure,
       period, value, unit, label, CAST(period <> '2010/11' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'under_18_terminations' AND series = 'Luton'
ORDER BY period = '2010/11' DESC, category NULLS FIRST`
  },
  /** Under-19s supported by Care to Learn, as a percentage: Luton beside the East of England. */
  careToLearnByArea: {
    tables: ["indicators"],
    sql: `SELECT series AS bar_label, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'care_to_learn_pct' AND category IS NULL
ORDER BY series <> 'Luton', series`
  },
  /** Young people receiving alcohol harm-reduction support: the whole year and the quarter the report singles out. */
  alcoholSupportByPeriod: {
    tables: ["indicators"],
    sql: `SELECT period AS bar_label, period, value, unit, label, CAST(period LIKE '% Q_' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'alcohol_harm_reduction_support' AND series = 'Luton' AND category IS NULL
ORDER BY period`
  },
  /** New adults assessed for drug or alcohol treatment (April to September 2012), and those with children living with them. */
  treatmentAuditByService: {
    tables: ["indicators"],
    sql: `SELECT category || ': ' || lower(label) AS bar_label, category AS service, label AS measure, period, value, unit, label,
       CAST(indicator_id = 'treatment_clients_with_children' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id IN ('adults_assessed_for_treatment', 'treatment_clients_with_children') AND series = 'Luton'
ORDER BY category, indicator_id`
  },
  /** Figure 1 of the report: home educators by the quality grade the Home Education officer gave. */
  homeEducationByGrade: {
    tables: ["home_education_grades"],
    sql: `SELECT 'Grade ' || grade || ': ' || description AS bar_label, grade, description, share_pct AS value, 'percent' AS unit,
       0 AS highlight, source_line
FROM home_education_grades
ORDER BY grade`
  },
  /** Why families home educate: each reason's share, in its group (School, Beliefs, SEN). */
  homeEducationByReason: {
    tables: ["home_education_reasons"],
    sql: `SELECT reason_group || ': ' || reason AS bar_label, reason_group, reason, share_pct AS value, 'percent' AS unit,
       0 AS highlight, source_line
FROM home_education_reasons
ORDER BY source_line`
  },
  /** Every number of privately fostered children the report states, with where and when. */
  privateFosteringStatements: {
    tables: ["indicators"],
    sql: `SELECT 'Line ' || source_line || ': ' || period AS bar_label, period, value, unit, label, source_quote,
       0 AS highlight, source_line
FROM indicators
WHERE indicator_id = 'private_fostering_arrangements' AND series = 'Luton' AND category IS NULL
ORDER BY source_line`
  },
  /** Children who needed a paediatric forensic examination at a SARC, by age band. */
  sarcExaminationsByAge: {
    tables: ["indicators"],
    sql: `SELECT category AS bar_label, category AS age_band, period, value, unit, label, 0 AS highlight, source_line
FROM indicators
WHERE indicator_id = 'sarc_examinations' AND series = 'Luton' AND category IS NOT NULL
ORDER BY source_line`
  }
} satisfies Record<string, NamedQuery>;
