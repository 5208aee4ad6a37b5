import type { NamedQuery } from "./named-query.js";

/** The workforce-and-budget page's queries. */
export const WORKFORCE_AND_BUDGET_QUERIES = {
  /** The headline training figures: events scheduled, the share that ran, applications and places allocated. */
  trainingHeadlines: {
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
  },
  /** Each training programme's funnel: applications, places allocated or offered, places taken up, with the report's own shares. */
  trainingFunnel: {
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
  },
  /** Training events the report counts, scheduled and delivered, by kind of event. */
  trainingEvents: {
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
  },
  /** The share of staff trained in safeguarding children, by organisation, with the period each figure describes. */
  staffTrainedByOrganisation: {
    tables: ["indicators"],
    sql: `SELECT category AS organisation, period, value AS trained_pct, source_line
FROM indicators
WHERE indicator_id = 'staff_safeguarding_trained_pct' AND series = 'Luton'
ORDER BY value DESC, category`
  },
  /** Every other workforce figure the report states (not in the headlines or charts), in report order. */
  otherWorkforceFigures: {
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
  },
  /** The budget's three totals: income (Table A's rows), expenditure and the end-of-year net position (under Table B). */
  budgetTotals: {
    tables: ["budget_income", "budget_position"],
    sql: `SELECT measure, label, amount_gbp AS value, 'gbp' AS unit, '2012/13' AS period, source_line FROM (
  SELECT 1 AS position, 'income' AS measure, 'Income' AS label, ROUND(SUM(amount_gbp), 2) AS amount_gbp, MIN(source_line) AS source_line FROM budget_income
  UNION ALL
  SELECT 2, 'expenditure', 'Expenditure', amount_gbp, source_line FROM budget_position WHERE item = 'Total expenditure'
  UNION ALL
  SELECT 3, 'net_position', 'Net position at the end of the year', amount_gbp, source_line FROM budget_position WHERE item = '12/13 EOY net position'
)
ORDER BY position`
  },
  /** Income by partner ($1 = 'income') or expenditure by category ($1 = 'expenditure'), largest first, with each line's share of the total. */
  budgetBreakdown: {
    tables: ["budget_income", "budget_expenditure"],
    sql: `WITH lines AS (
  SELECT 'income' AS view, partner AS item, amount_gbp, share_pct AS stated_share_pct, share_note, source_line FROM budget_income
  UNION ALL
  SELECT 'expenditure', category, amount_gbp, NULL, NULL, source_line FROM budget_expenditure
)
SELECT view, item, amount_gbp, ROUND(100 * amount_gbp / SUM(amount_gbp) OVER (), 1) AS share_pct, stated_share_pct, share_note, source_line
FROM lines
WHERE view = $1
ORDER BY amount_gbp DESC, source_line`
  },
  /** The year's money as waterfall steps (income, less expenditure, the underspends brought forward, the net position), each with where its bar starts and ends. */
  budgetPositionSteps: {
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
  }
} satisfies Record<string, NamedQuery>;
