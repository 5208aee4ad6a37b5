/** A headline figure to pick from the indicators table: Luton's value, and the row it is compared with, if any. */
export interface HeadlinePick {
  indicator: string;
  period: string;
  /** The breakdown row to pick; absent means the row with no category. */
  category?: string;
  comparison?: { series: string; period: string; label: string };
}

/**
 * Returns SQL selecting each pick's Luton row (label, with its category if any; value, unit, period, polarity, source_line) with the value of its
 * comparison row and the words for it, in the order given; a pick whose row is missing returns no row.
 */
export function headlineSql(picks: readonly HeadlinePick[]): string {
  if (picks.length === 0) throw new Error("headlineSql: expected at least one pick, found none");
  const values = picks
    .map((pick, index) =>
      `(${index + 1}, ${literal(pick.indicator)}, ${literal(pick.period)}, ${literal(pick.category)}, ${literal(pick.comparison?.series)}, ${literal(pick.comparison?.period)}, ${literal(pick.comparison?.label)})`
    )
    .join(",\n  ");
  return `WITH picks(position, indicator_id, period, category, comparison_series, comparison_period, comparison_label) AS (VALUES
  ${values}
)
SELECT p.position, i.indicator_id, CASE WHEN i.category IS NULL THEN i.label ELSE i.label || ': ' || i.category END AS label, i.value, i.unit, i.period, i.polarity, i.source_line,
       p.comparison_label, c.value AS comparison_value
FROM picks p
JOIN indicators i
  ON i.indicator_id = p.indicator_id AND i.period = p.period AND i.series = 'Luton' AND i.category IS NOT DISTINCT FROM p.category
LEFT JOIN indicators c
  ON c.indicator_id = p.indicator_id AND c.series = p.comparison_series AND c.period = p.comparison_period
 AND c.category IS NOT DISTINCT FROM p.category
ORDER BY p.position`;
}

function literal(text: string | undefined): string {
  return text === undefined ? "CAST(NULL AS VARCHAR)" : `'${text.replaceAll("'", "''")}'`;
}
