// The allegations and prevention page's figures: the LADO, Channel and the board's other assurance reports.
// src/allegations-and-prevention.md places them.
import { drawBars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { figureList } from "../components/figure-list.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { wordsPanel } from "../components/words-panel.js";
import { DEFAULT_REPORT, REPORT_KEYS, findAssuranceReport } from "../lib/assurance-reports.js";
import { formatCount, formatNumber, formatUnitName } from "../lib/format.js";
import { headlineSql } from "../lib/queries/headline-sql.js";
import { summarizeBreakdown, summarizeStatedFigures } from "../lib/summaries-indicators.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery, derived } from "./define.js";
import { sectionLines } from "./shared.js";

/** The page's headline tiles: LADO referrals and their change, adults removed, Channel referrals, SARC examinations. */
export const headlines = defineBlock({
  id: "allegations-headlines",
  calls: { tiles: call(defineQuery("allegationsHeadlines", {
    tables: ["indicators"],
    sql: headlineSql([
      { indicator: "lado_referrals", period: "2011/12" },
      { indicator: "lado_referrals_change", period: "2011/12" },
      { indicator: "lado_adults_removed", period: "2011/12" },
      { indicator: "channel_referrals", period: "Oct 2011 – Mar 2012" },
      { indicator: "sarc_examinations", period: "2012/13" }
    ])
  })) },
  render: ({ tiles }) => headlineTiles(tiles, { columns: 3, noComparison: null, className: "se-headlines" })
});

/** LADO referrals in the categories the report counts for two years, earlier year first. */
export const ladoReferrals = defineFigure({
  id: "lado-referrals-by-category",
  headingLevel: 3,
  title: "Allegations of sexual abuse, and allegations in mosques and madrassahs, both rose",
  subtitle: "Referrals to the LADO in the two categories the report counts for both years, 2010/11 and 2011/12. Number of referrals.",
  source: { label: "Report: Managing allegations of abuse against adults who work with children", href: firstSourceLineHref },
  rows: call(defineQuery("ladoReferralsByCategory", {
    tables: ["indicators"],
    sql: `SELECT category || ', ' || period AS bar_label, category, period, value, unit, label,
       CAST(period = max(period) OVER (PARTITION BY category) AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'lado_referrals' AND series = 'Luton' AND category IS NOT NULL
ORDER BY min(source_line) OVER (PARTITION BY category), category, period`
  })),
  columns: [
    { key: "category", label: "Category or setting" },
    { key: "period", label: "Year" },
    { key: "value", label: "Referrals", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "Referrals to the LADO"),
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** People referred to the Channel Panel, by the finest groups the report gives (adult women, adult men, young men). */
export const channelReferrals = defineFigure({
  id: "channel-referrals",
  headingLevel: 3,
  title: "Most people referred to the Channel Panel were adults",
  subtitle: "Individuals referred to the Channel Panel from October 2011 to March 2012, by the groups the report gives. Number of people.",
  source: { label: "Report: Supporting individuals vulnerable to radicalisation via the Channel process", href: firstSourceLineHref },
  rows: call(defineQuery("channelReferralsByGroup", {
    tables: ["indicators"],
    sql: `SELECT category AS bar_label, category AS referral_group, period, value, unit, label, CAST(category LIKE 'Young people%' AS INTEGER) AS highlight, source_line
FROM indicators
WHERE indicator_id = 'channel_referrals' AND series = 'Luton' AND category IN ('Adults, female', 'Adults, male', 'Young people (male)')
ORDER BY category`
  })),
  columns: [
    { key: "referral_group", label: "Group" },
    { key: "period", label: "Period" },
    { key: "value", label: "People referred", format: formatCount, numeric: true }
  ],
  summarize: (rows) => summarizeBreakdown(rows, "People referred to the Channel Panel"),
  chart: drawBars({ valueFormat: formatCount, highlight: "highlight", axis: false })
});

/** The assurance report chosen on the page (its key, written to the URL as `?report=`). */
export const REPORT = defineParam({
  name: "report",
  label: "Assurance report",
  default: DEFAULT_REPORT,
  domain: REPORT_KEYS
});

/** The chosen report's section of the report. */
const REPORT_SECTION = derived(REPORT, (key) => findAssuranceReport(key).section);

/** Every figure stated in the chosen report's section, in report order. */
export const reportFigures = defineFigure({
  id: "assurance-report-figures",
  headingLevel: 3,
  title: "Every figure the chosen report gives",
  subtitle: "Each number the chosen section of the report states, in report order, with its period and report line. Some reports give no figures.",
  source: { label: "The report, at the lines listed", href: firstSourceLineHref },
  rows: call(defineQuery("statedFiguresBySection", {
    tables: ["indicators", "report_paragraphs"],
    sql: `SELECT i.indicator_id, i.label, i.category, i.series, i.period, i.value, i.unit, i.source_line
FROM indicators i
JOIN report_paragraphs p ON p.line = i.source_line
WHERE p.section = $section
ORDER BY i.source_line, i.indicator_id, CASE i.series WHEN 'Luton' THEN 0 ELSE 1 END, i.series, i.period, i.category NULLS FIRST`,
    params: ["section"]
  }), REPORT_SECTION),
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

/** The chosen report's own words, the board's assessment and the actions it set among them; `data-report` names the report. */
export const reportText = defineBlock({
  id: "assurance-report-words",
  calls: { lines: call(sectionLines, REPORT_SECTION) },
  render: async ({ lines }, { report = REPORT.default }) => {
    const panel = wordsPanel(reportWords, { id: "assurance-report-words" });
    panel.node.dataset.report = report;
    await panel.update(Promise.resolve(lines));
    return panel.node;
  }
});
