// The child deaths (CDOP) page's figures: src/child-deaths.md places them.
import { drawBars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { figureList } from "../components/figure-list.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatNumber, formatPercent, formatUnitName } from "../lib/format.js";
import { headlineSql } from "../lib/queries/headline-sql.js";
import { summarizeBreakdown, summarizeShareAgainstPopulation, summarizeStatedFigures } from "../lib/summaries-indicators.js";
import { call, defineBlock, defineFigure, defineQuery } from "./define.js";
import { findingsOnIndicatorLines, sectionLines, statedFiguresByTheme } from "./shared.js";

const CDOP = "The Child Death Overview Panel (CDOP)";
const SOURCE = `Report: ${CDOP}`;

/** The page's headline tiles: deaths reported, unexpected, under 1, in Dallow ward, panel meetings and cases closed. */
export const headlines = defineBlock({
  id: "child-deaths-headlines",
  calls: { tiles: call(defineQuery("childDeathsHeadlines", {
      tables: ["indicators"],
      sql: headlineSql([
        { indicator: "child_deaths", period: "2012/13" },
        { indicator: "child_deaths_unexpected", period: "2012/13" },
        { indicator: "child_deaths_under_1_pct", period: "2012/13" },
        { indicator: "child_deaths_by_ward_pct", period: "2012/13", category: "Dallow" },
        { indicator: "cdop_meetings", period: "2012/13" },
        { indicator: "cdop_cases_reviewed", period: "2012/13" }
      ])
    })) },
  render: ({ tiles }) => headlineTiles(tiles, { columns: 3, noComparison: null, className: "se-headlines" })
});

/** Each ethnic group's share of child deaths beside its share of Luton's population in the 2011 Census. */
export const byEthnicity = defineFigure({
  id: "child-deaths-by-ethnicity",
  title: "Children of Pakistani heritage were a larger share of child deaths than of Luton's population",
  subtitle: "Share of the child deaths reported in 2012/13, beside the share of Luton's population in the 2011 Census, for the two groups the report names. Percent.",
  source: { label: SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("childDeathsByEthnicity", {
    tables: ["indicators"],
    sql: `SELECT category || ': ' || CASE WHEN series = 'Luton' THEN 'child deaths, ' || period ELSE series END AS bar_label,
       category AS ethnic_group, series, period, value, unit, label, CAST(series = 'Luton' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'child_deaths_by_ethnicity_pct'
ORDER BY category, series <> 'Luton'`
  })),
  findings: call(findingsOnIndicatorLines, "child-deaths", "child_deaths_by_ethnicity_pct"),
  columns: [
    { key: "ethnic_group", label: "Ethnic group" },
    { key: "series", label: "Of", format: (series) => (series === "Luton" ? "Child deaths" : series) },
    { key: "period", label: "Period" },
    { key: "value", label: "Share", format: formatPercent, numeric: true }
  ],
  summarize: summarizeShareAgainstPopulation,
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** The categories of death given for the cases the panel reviewed and closed, largest share first, with counts where stated. */
export const byCategory = defineFigure({
  id: "child-deaths-by-category",
  title: "Chromosomal, genetic or congenital anomalies were the most common category of the deaths reviewed",
  subtitle: "Cases the panel reviewed and closed in 2012/13, by the category of death the report gives (it does not give every category). Percent of cases, with the number where the report states it.",
  source: { label: SOURCE, href: firstSourceLineHref },
  rows: call(defineQuery("childDeathsReviewedByCategory", {
    tables: ["indicators"],
    sql: `SELECT p.category AS bar_label, p.category, p.period, p.value, p.unit, p.label, c.value AS deaths, 0 AS highlight, p.source_line
FROM indicators p
LEFT JOIN indicators c
  ON c.indicator_id = 'cdop_reviewed_by_category' AND c.category = p.category AND c.period = p.period AND c.series = p.series
WHERE p.indicator_id = 'cdop_reviewed_by_category_pct' AND p.series = 'Luton'
ORDER BY p.value DESC`
  })),
  findings: call(findingsOnIndicatorLines, "child-deaths", "cdop_reviewed_by_category_pct"),
  columns: [
    { key: "category", label: "Category of death" },
    { key: "value", label: "Share of cases reviewed", format: formatPercent, numeric: true },
    { key: "deaths", label: "Cases", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows),
  chart: drawBars({ valueFormat: formatPercent, highlight: "highlight", axis: false })
});

/** Every figure the report states about child deaths, in report order, with the findings on their lines. */
export const statedFigures = defineFigure({
  id: "child-deaths-figures",
  title: "Every figure the report gives on child deaths",
  subtitle: "Each number the report states about child deaths in Luton in 2012/13, in report order, with its report line. Where a percentage is not a whole number of the deaths reported, the findings say so.",
  source: { label: SOURCE, href: firstSourceLineHref },
  rows: call(statedFiguresByTheme, "child-deaths"),
  findings: call(findingsOnIndicatorLines, "child-deaths", ""),
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

/** The report's own text on the panel. */
export const words = defineBlock({
  id: "child-deaths-words",
  calls: { lines: call(sectionLines, CDOP) },
  render: ({ lines }) => reportWords(lines, { title: "What the report says about child deaths" })
});
