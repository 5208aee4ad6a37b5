/** How a tile's comparison reads: a previous year, a % change, a benchmark, a target, or a detail of the same figure. */
export type ComparisonKind = "previous" | "change" | "benchmark" | "target" | "detail";

/** A figure a tile is compared with: which indicator row, and the words that name it. */
export interface ComparisonSpec {
  kind: ComparisonKind;
  indicator: string;
  /** The indicators `series`; default 'Luton'. */
  series?: string;
  period: string;
  /** How the tile names the comparison: "2011/12", "the target", "statistical neighbours", "unexpected". */
  label: string;
}

/** A headline tile read from the indicators table: its place, page, words, figure and up to two comparisons. */
export interface TileSpec {
  order: number;
  id: string;
  /** The tile's group on its page (the query's `$1` filter where there is one). */
  group: string;
  /** The themed page the tile links to, without a slash: "childrens-social-care". */
  route: string;
  label: string;
  indicator: string;
  period: string;
  comparison?: ComparisonSpec;
  second?: ComparisonSpec;
}

/** The columns every tile query returns, in order (the CAF tile of the overview adds its own row with the same columns). */
export const TILE_COLUMNS = `tile_order, tile_id, tile_group, route, label, value, unit, period, polarity, source_line, qualifier, blank_cells,
       comparison_kind, comparison_label, comparison_value, comparison_unit, second_kind, second_label, second_value, second_unit`;

/**
 * Returns a SQL SELECT of one row per tile: the Luton figure of each spec paired with its comparisons, all from
 * `indicators` (rows with no category). A figure the table lacks comes back as NULL ("no data"), never dropped.
 */
export function indicatorTilesSql(specs: readonly TileSpec[], where = ""): string {
  const values = specs.map((spec) =>
    [
      String(spec.order),
      ...[spec.id, spec.group, spec.route, spec.label, spec.indicator, spec.period].map(literal),
      ...comparisonValues(spec.comparison),
      ...comparisonValues(spec.second)
    ].join(", ")
  );
  return `WITH tile(tile_order, tile_id, tile_group, route, label, indicator_id, period,
          comparison_kind, comparison_id, comparison_series, comparison_period, comparison_label,
          second_kind, second_id, second_series, second_period, second_label) AS (VALUES
  (${values.join("),\n  (")})
),
figure AS (
  SELECT indicator_id, series, period, value, unit, polarity, source_line FROM indicators WHERE category IS NULL
)
SELECT t.tile_order, t.tile_id, t.tile_group, t.route, t.label, f.value, f.unit, t.period, f.polarity, f.source_line,
       CAST(NULL AS VARCHAR) AS qualifier, CAST(NULL AS VARCHAR) AS blank_cells,
       t.comparison_kind, t.comparison_label, c.value AS comparison_value, c.unit AS comparison_unit,
       t.second_kind, t.second_label, s.value AS second_value, s.unit AS second_unit
FROM tile t
LEFT JOIN figure f ON f.indicator_id = t.indicator_id AND f.series = 'Luton' AND f.period = t.period
LEFT JOIN figure c ON c.indicator_id = t.comparison_id AND c.series = t.comparison_series AND c.period = t.comparison_period
LEFT JOIN figure s ON s.indicator_id = t.second_id AND s.series = t.second_series AND s.period = t.second_period
${where}`;
}

function comparisonValues(comparison: ComparisonSpec | undefined): string[] {
  if (!comparison) return Array.from({ length: 5 }, () => "CAST(NULL AS VARCHAR)");
  return [comparison.kind, comparison.indicator, comparison.series ?? "Luton", comparison.period, comparison.label].map(literal);
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
