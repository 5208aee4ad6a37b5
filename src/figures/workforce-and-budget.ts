// The workforce-and-budget page's figures: training the workforce and the board's budget. src/workforce-and-budget.md places them.
import { bars } from "../components/bars.js";
import { firstSourceLineHref } from "../components/figure-frame.js";
import { headlineTiles } from "../components/headline-tiles.js";
import { reportWords } from "../components/report-words.js";
import { formatCount, formatPercent, formatPounds, formatPoundsChange } from "../lib/format.js";
import {
  summarizeBudgetBreakdown,
  summarizeBudgetPosition,
  summarizeStaffTrained,
  summarizeTrainingEvents,
  summarizeTrainingFunnel,
  titleBudgetBreakdown
} from "../lib/summaries-workforce-and-budget.js";
import { call, defineBlock, defineFigure, defineParam, defineQuery } from "./define.js";
import { qualityFindings, sectionParagraphs } from "./shared.js";

// A tile for each row of an indicator query: the label, value in its unit, period and report line.
function indicatorTiles(rows: any[], { id, label = (row: any) => row.label }: { id: string; label?: (row: any) => string }) {
  return headlineTiles(rows.map((row) => ({ ...row, label: label(row) })), { columns: null, noComparison: null, className: "se-kpi-grid", id });
}

/** The budget view chosen on the page: income by partner or expenditure by category. */
export const VIEW = defineParam({
  name: "view",
  label: "Show",
  default: "income",
  domain: ["income", "expenditure"]
});

/** The budget view in words, as the page's radio buttons name it. */
export const viewName = (value: string): string => (value === "income" ? "Income by partner" : "Expenditure by category");

/** The headline training figures: events scheduled, the share that ran, applications and places allocated. */
export const trainingHeadlines = defineBlock({
  id: "training-headlines",
  calls: { tiles: call(defineQuery("trainingHeadlines", {
      tables: ["indicators"],
      sql: `WITH wanted(indicator_id, category, position, tile_label) AS (
  VALUES ('training_events_scheduled', NULL, 1, 'Training events scheduled'),
         ('training_events_outcome_pct', 'Ran', 2, 'Scheduled events that ran'),
         ('training_applications', NULL, 3, 'Applications for training'),
         ('training_places_allocated', NULL, 4, 'Applicants given a place')
)
SELECT i.indicator_id, w.tile_label, i.label, i.category, i.period, i.value, i.unit, i.polarity, i.source_line
FROM indicators AS i
JOIN wanted AS w ON w.indicator_id = i.indicator_id AND w.category IS NOT DISTINCT FROM i.category
WHERE i.series = 'Luton'
ORDER BY w.position`
    })) },
  render: ({ tiles }) => indicatorTiles(tiles, { id: "training-headlines", label: (row) => row.tile_label })
});

/** Each training programme's funnel: applications, places allocated or offered, places taken up. */
export const trainingFunnel = defineFigure({
  id: "training-funnel",
  title: "Most applicants got a training place, but fewer than half of Level 2 applicants took one up",
  subtitle: "People applying for multi-agency safeguarding training in 2012/13 and how many were given, offered or took up a place. Shares of applications as the report states them.",
  source: { label: "Workforce Learning & Development: LSCB Multi Agency Training Programme", href: firstSourceLineHref },
  rows: call(defineQuery("trainingFunnel", {
    tables: ["indicators"],
    sql: `WITH steps(position, programme, stage, count_id, pct_id) AS (
  VALUES (1, 'All multi-agency training', 'Applications', 'training_applications', NULL),
         (2, 'All multi-agency training', 'Allocated a place', 'training_places_allocated', 'training_places_allocated_pct'),
         (3, 'Level 2 ''A Shared Responsibility''', 'Applications', 'level2_applications', NULL),
         (4, 'Level 2 ''A Shared Responsibility''', 'Offered a place', 'level2_places_offered', 'level2_places_offered_pct'),
         (5, 'Level 2 ''A Shared Responsibility''', 'Took up a place', 'level2_places_taken_up', 'level2_places_taken_up_pct')
)
SELECT s.position, s.programme, s.stage, c.value AS people, p.value AS share_of_applications_pct, c.period, c.source_line
FROM steps AS s
JOIN indicators AS c ON c.indicator_id = s.count_id AND c.series = 'Luton'
LEFT JOIN indicators AS p ON p.indicator_id = s.pct_id AND p.series = 'Luton'
ORDER BY s.position`
  })),
  headingLevel: 3,
  columns: [
    { key: "programme", label: "Programme" },
    { key: "stage", label: "Stage" },
    { key: "people", label: "People", format: formatCount, numeric: true },
    { key: "share_of_applications_pct", label: "Share of applications (as stated)", format: formatPercent, numeric: true },
    { key: "period", label: "Period" }
  ],
  summarize: summarizeTrainingFunnel,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.programme}: ${row.stage.toLowerCase()}`,
      value: "people",
      valueText: (row) => `${formatCount(row.people)}${row.share_of_applications_pct === null ? "" : ` (${formatPercent(row.share_of_applications_pct)})`}`,
      xTickFormat: formatCount,
      integerTicks: true,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** Training events the report counts, scheduled and delivered, by kind of event. */
export const trainingEvents = defineFigure({
  id: "training-events",
  title: "Not every scheduled event ran: specialist events fell short of the plan",
  subtitle: "Multi-agency training events the report counts for 2012/13, by kind of event: scheduled or delivered.",
  source: { label: "Workforce Learning & Development: training events", href: firstSourceLineHref },
  rows: call(defineQuery("trainingEvents", {
    tables: ["indicators"],
    sql: `WITH kinds(position, indicator_id, event_kind, stage) AS (
  VALUES (1, 'training_events_scheduled', 'Multi-agency programme (all events)', 'Scheduled'),
         (2, 'level2_events_scheduled', 'Level 2 ''A Shared Responsibility''', 'Scheduled'),
         (3, 'tailored_events_scheduled', 'Specialist and tailored events', 'Scheduled'),
         (4, 'tailored_events_delivered', 'Specialist and tailored events', 'Delivered'),
         (5, 'self_harm_courses', 'Self-harm courses after serious case reviews', 'Delivered'),
         (6, 'cse_seminars', 'Child sexual exploitation seminars with Bedford LSCB', 'Delivered'),
         (7, 'cse_training_events', '''Are You Colluding With Silence?'' events', 'Delivered'),
         (8, 'sexual_abuse_training_events', '''Thinking the Unthinkable'' events', 'Delivered')
)
SELECT k.position, k.event_kind, k.stage, i.value AS events, i.period, i.source_line
FROM kinds AS k
JOIN indicators AS i ON i.indicator_id = k.indicator_id AND i.series = 'Luton'
ORDER BY k.position`
  })),
  headingLevel: 3,
  columns: [
    { key: "event_kind", label: "Kind of event" },
    { key: "stage", label: "Scheduled or delivered" },
    { key: "events", label: "Events", format: formatCount, numeric: true },
    { key: "period", label: "Period" }
  ],
  summarize: summarizeTrainingEvents,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.event_kind}: ${row.stage.toLowerCase()}`,
      value: "events",
      valueText: (row) => formatCount(row.events),
      xTickFormat: formatCount,
      integerTicks: true,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The share of staff trained in safeguarding children, by organisation. */
export const staffTrained = defineFigure({
  id: "staff-trained",
  title: "Health organisations report very different shares of staff trained in safeguarding",
  subtitle: "Share of staff trained in safeguarding children, by organisation, in percent. The periods differ: most figures are the November 2013 update to the Ofsted action plan.",
  source: { label: "Single Agency Training and Appendix 4: action plan", href: firstSourceLineHref },
  rows: call(defineQuery("staffTrainedByOrganisation", {
    tables: ["indicators"],
    sql: `SELECT category AS organisation, period, value AS trained_pct, source_line
FROM indicators
WHERE indicator_id = 'staff_safeguarding_trained_pct' AND series = 'Luton'
ORDER BY value DESC, category`
  })),
  headingLevel: 3,
  columns: [
    { key: "organisation", label: "Organisation or staff group" },
    { key: "trained_pct", label: "Staff trained", format: formatPercent, numeric: true },
    { key: "period", label: "Period" }
  ],
  summarize: summarizeStaffTrained,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => `${row.organisation} (${row.period})`,
      value: "trained_pct",
      valueText: (row) => formatPercent(row.trained_pct),
      xDomain: [0, 100],
      xTickFormat: formatPercent,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** Every other workforce figure the report states, as tiles, in report order. */
export const otherWorkforceFigures = defineBlock({
  id: "more-workforce-figures",
  calls: { tiles: call(defineQuery("otherWorkforceFigures", {
      tables: ["indicators"],
      sql: `SELECT indicator_id, label, category, period, value, unit, polarity, source_line
FROM indicators
WHERE theme = 'workforce' AND series = 'Luton'
  AND NOT (indicator_id = 'training_events_outcome_pct' AND category = 'Ran')
  AND indicator_id NOT IN ('training_events_scheduled', 'training_applications',
    'training_places_allocated', 'training_places_allocated_pct', 'level2_applications', 'level2_places_offered',
    'level2_places_offered_pct', 'level2_places_taken_up', 'level2_places_taken_up_pct', 'level2_events_scheduled',
    'tailored_events_scheduled', 'tailored_events_delivered', 'self_harm_courses', 'cse_seminars',
    'cse_training_events', 'sexual_abuse_training_events', 'staff_safeguarding_trained_pct')
ORDER BY source_line, indicator_id, category`
    })) },
  render: ({ tiles }) => indicatorTiles(tiles, { id: "more-workforce-figures", label: (row) => (row.category ? `${row.label}: ${row.category}` : row.label) })
});

/** What the report says about training, and the board's training priorities for 2013/14. */
export const trainingText = defineBlock({
  id: "training-text",
  calls: {
    introduction: call(sectionParagraphs, "Workforce Learning & Development"),
    priorities: call(sectionParagraphs, "Priorities Areas for 13/14")
  },
  render: ({ introduction, priorities }) => {
    const block = document.createElement("div");
    block.append(
      reportWords(introduction, { title: "What the report says about training", headingLevel: 3, className: "se-excerpt" }),
      reportWords(priorities, { title: "The board's training priorities for 2013/14", headingLevel: 3, className: "se-excerpt" })
    );
    return block;
  }
});

/** The budget's three totals: income, expenditure and the end-of-year net position. */
export const budgetTotals = defineBlock({
  id: "budget-totals",
  calls: { tiles: call(defineQuery("budgetTotals", {
      tables: ["budget_income", "budget_position"],
      sql: `SELECT measure, label, amount_gbp AS value, 'gbp' AS unit, '2012/13' AS period, source_line FROM (
  SELECT 1 AS position, 'income' AS measure, 'Income' AS label, ROUND(SUM(amount_gbp), 2) AS amount_gbp, MIN(source_line) AS source_line FROM budget_income
  UNION ALL
  SELECT 2, 'expenditure', 'Expenditure', amount_gbp, source_line FROM budget_position WHERE item = 'Total expenditure'
  UNION ALL
  SELECT 3, 'net_position', 'Net position at the end of the year', amount_gbp, source_line FROM budget_position WHERE item = '12/13 EOY net position'
)
ORDER BY position`
    })) },
  render: ({ tiles }) => indicatorTiles(tiles, { id: "budget-totals" })
});

/** Income by partner or expenditure by category, as the view chosen, largest first. */
export const budgetBreakdown = defineFigure({
  id: "budget-breakdown",
  title: titleBudgetBreakdown,
  subtitle: "The board's income by partner (Table A) or expenditure by category (Table B), 2012/13, in pounds. Largest first.",
  source: { label: "LSCB Spend and Budget: Table A and Table B", href: firstSourceLineHref },
  rows: call(defineQuery("budgetBreakdown", {
    tables: ["budget_income", "budget_expenditure"],
    sql: `WITH lines AS (
  SELECT 'income' AS view, partner AS item, amount_gbp, share_pct AS stated_share_pct, share_note, source_line FROM budget_income
  UNION ALL
  SELECT 'expenditure', category, amount_gbp, NULL, NULL, source_line FROM budget_expenditure
)
SELECT view, item, amount_gbp, ROUND(100 * amount_gbp / SUM(amount_gbp) OVER (), 1) AS share_pct, stated_share_pct, share_note, source_line
FROM lines
WHERE view = $view
ORDER BY amount_gbp DESC, source_line`,
    params: ["view"]
  }), VIEW),
  findings: call(qualityFindings, "budget_income"),
  headingLevel: 3,
  columns: [
    { key: "item", label: "Partner or category" },
    { key: "amount_gbp", label: "Amount", format: formatPounds, numeric: true },
    { key: "share_pct", label: "Share of the total", format: formatPercent, numeric: true },
    { key: "stated_share_pct", label: "Share printed in Table A (of the partners' contributions)", format: (value) => (value === null ? "none printed" : formatPercent(value)), numeric: true },
    { key: "share_note", label: "Words printed instead of a share", format: (value) => value ?? "" }
  ],
  summarize: summarizeBudgetBreakdown,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: (row) => row.item,
      value: "amount_gbp",
      valueText: (row) => `${formatPounds(row.amount_gbp)} (${formatPercent(row.share_pct)})`,
      xTickFormat: formatPounds,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** The year's money as waterfall steps, from income to the end-of-year net position. */
export const budgetPosition = defineFigure({
  id: "budget-position",
  title: "The board spent less than its income and ended the year with money in hand",
  subtitle: "From income to the end-of-year net position, 2012/13, in pounds: spending is taken away, underspends brought forward from 2011/12 are added.",
  source: { label: "LSCB Spend and Budget: Table A and the lines under Table B", href: firstSourceLineHref },
  rows: call(defineQuery("budgetPositionSteps", {
    tables: ["budget_income", "budget_position"],
    sql: `WITH steps AS (
  SELECT 1 AS step, 'Income in 2012/13 (Table A)' AS item, 'Income in 2012/13' AS step_label, 'total' AS kind, SUM(amount_gbp) AS amount_gbp, MIN(source_line) AS source_line FROM budget_income
  UNION ALL
  SELECT 2, item, 'Spending in 2012/13', 'decrease', amount_gbp, source_line FROM budget_position WHERE item = 'Total expenditure'
  UNION ALL
  SELECT 3, item, 'Underspend in 2012/13', 'subtotal', amount_gbp, source_line FROM budget_position WHERE item = 'Underspend from 12/13'
  UNION ALL
  SELECT 4, item, 'Underspend brought forward from 2011/12', 'increase', amount_gbp, source_line FROM budget_position WHERE item = 'Underspend from 11/12'
  UNION ALL
  SELECT 5, item, 'Child Death Overview Panel underspend brought forward from 2011/12', 'increase', amount_gbp, source_line FROM budget_position WHERE item = 'CDOP Underspend from 11/12'
  UNION ALL
  SELECT 6, item, 'Net position at the end of 2012/13', 'total', amount_gbp, source_line FROM budget_position WHERE item = '12/13 EOY net position'
),
levels AS (
  -- the running balance: income, then each increase or decrease; printed subtotals and totals are not added in
  SELECT *, SUM(CASE WHEN kind = 'increase' THEN amount_gbp WHEN kind = 'decrease' THEN -amount_gbp WHEN step = 1 THEN amount_gbp ELSE 0 END) OVER (ORDER BY step) AS running_gbp
  FROM steps
)
SELECT step, step_label, item, kind,
       ROUND(amount_gbp, 2) AS amount_gbp,
       ROUND(CASE kind WHEN 'increase' THEN running_gbp - amount_gbp WHEN 'decrease' THEN running_gbp + amount_gbp ELSE 0 END, 2) AS start_gbp,
       ROUND(CASE WHEN kind IN ('increase', 'decrease') THEN running_gbp ELSE amount_gbp END, 2) AS end_gbp,
       source_line
FROM levels
ORDER BY step`
  })),
  findings: call(qualityFindings, "budget_position"),
  headingLevel: 3,
  columns: [
    { key: "step_label", label: "Step" },
    { key: "item", label: "As the report words it" },
    { key: "kind", label: "Kind of step", format: (value) => ({ total: "total", subtotal: "subtotal", increase: "added", decrease: "taken away" } as Record<string, string>)[value] ?? String(value) },
    { key: "amount_gbp", label: "Amount", format: formatPounds, numeric: true },
    { key: "end_gbp", label: "Balance after this step", format: formatPounds, numeric: true }
  ],
  summarize: summarizeBudgetPosition,
  chart: (rows, { width, ariaLabel, ariaDescription }) =>
    bars(rows, {
      label: "step_label",
      kind: "kind",
      amount: "amount_gbp",
      start: "start_gbp",
      value: "end_gbp",
      valueFormat: formatPounds,
      xTickFormat: formatPounds,
      formatChange: formatPoundsChange,
      width,
      ariaLabel,
      ariaDescription
    })
});

/** What the report says about the budget. */
export const budgetText = defineBlock({
  id: "budget-text",
  calls: { words: call(sectionParagraphs, "LSCB Spend and Budget") },
  render: ({ words }) => reportWords(words, { title: "What the report says about the budget", headingLevel: 3, className: "se-excerpt" })
});
