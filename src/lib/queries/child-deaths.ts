import { headlineSql } from "./headline-sql.js";
import type { NamedQuery } from "./named-query.js";

/** The child deaths (CDOP) page's queries. */
export const CHILD_DEATHS_QUERIES = {
  /** The page's headline tiles: deaths reported, unexpected, under 1, in Dallow ward, panel meetings and cases closed. */
  childDeathsHeadlines: {
    tables: ["indicators"],
    sql: headlineSql([
      { indicator: "child_deaths", period: "2012/13" },
      { indicator: "child_deaths_unexpected", period: "2012/13" },
      { indicator: "child_deaths_under_1_pct", period: "2012/13" },
      { indicator: "child_deaths_by_ward_pct", period: "2012/13", category: "Dallow" },
      { indicator: "cdop_meetings", period: "2012/13" },
      { indicator: "cdop_cases_reviewed", period: "2012/13" }
    ])
  },
  /** Each ethnic group's share of child deaths beside its share of Luton's population in the 2011 Census. */
  childDeathsByEthnicity: {
    tables: ["indicators"],
    sql: `SELECT category || ': ' || CASE WHEN series = 'Luton' THEN 'child deaths, ' || period ELSE series END AS bar_label,
       category AS ethnic_group, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'child_deaths_by_ethnicity_pct'
ORDER BY category, series <> 'Luton'`
  },
  /** The categories of death given for the cases the panel reviewed and closed, largest share first, with counts where stated. */
  childDeathsReviewedByCategory: {
    tables: ["indicators"],
    sql: `SELECT p.category AS bar_label, p.category, p.period, p.value, p.unit, p.label, c.value AS deaths, 0 AS highlight, p.source_line
FROM indicators p
LEFT JOIN indicators c
  ON c.indicator_id = 'cdop_reviewed_by_category' AND c.category = p.category AND c.period = p.period AND c.series = p.series
WHERE p.indicator_id = 'cdop_reviewed_by_category_pct' AND p.series = 'Luton'
ORDER BY p.value DESC`
  }
} satisfies Record<string, NamedQuery>;
