import { formatIndicatorValue } from "../lib/format.js";
import { describeChange, kpiTile } from "./kpi-tile.js";

/** A headline tile as the tile queries (headlineFigures, socialCareHeadlines) return it. */
export type HeadlineRow = {
  tile_id: string;
  route: string;
  label: string;
  value: number | null;
  unit: string | null;
  period: string;
  polarity: string | null;
  source_line: number | null;
  /** "at least" when the value is a sum with blank cells left out. */
  qualifier: string | null;
  /** The blank cells a lower-bound value leaves out, e.g. "Central 2012/13 Q4". */
  blank_cells: string | null;
  comparison_kind: string | null;
  comparison_label: string | null;
  comparison_value: number | null;
  comparison_unit: string | null;
  second_kind: string | null;
  second_label: string | null;
  second_value: number | null;
  second_unit: string | null;
};

/** A headline tile as any tile query returns it: the …Headlines queries give no tile id, page, qualifier or comparison kind. */
export type HeadlineTileRow = Pick<HeadlineRow, "label" | "value" | "unit" | "period" | "polarity" | "source_line" | "comparison_label" | "comparison_value"> &
  Partial<HeadlineRow>;

/** Options of a grid of headline tiles. */
export interface HeadlineTilesOptions {
  /** Grid columns from 640 px up (Framework's grid-cols-N), one column below; null leaves the layout to className. */
  columns?: 2 | 3 | 4 | null;
  /** Where a tile's page link points, from its route; undefined for no link (a tile on its own page). */
  routeHref?: (route: string) => string | undefined;
  /** The words on a tile with no comparison; null for none. */
  noComparison?: string | null;
  /** The grid's class for its spacing: se-tiles inside a figure, se-headlines at the top of a page, se-kpi-grid for tiles in a section. */
  className?: string;
  /** The grid's id, for a link or a test to find it; none by default. */
  id?: string;
}

/**
 * Returns the words comparing a figure with another: "Up on 2011/12 (244)", "Worse than the target (78%)",
 * "Higher than statistical neighbours (74.8 per 10,000)", "Down on the previous year (−48%)", "78.9% on a plan for
 * the first time". Better/worse only where the polarity says which way is good (describeChange).
 */
export function describeComparison(
  value: number | null,
  comparison: { kind: string; label: string; value: number | null; unit: string },
  polarity: string | null
): string {
  const shown = formatIndicatorValue(comparison.value, comparison.unit);
  if (comparison.kind === "detail") return `${shown} ${comparison.label}`;
  if (comparison.value === null) return `No figure for ${comparison.label} in the report`;
  const change = comparison.kind === "change" ? describeChange(comparison.value, 0, polarity) : describeChange(value, comparison.value, polarity);
  const words = comparison.kind === "benchmark" || comparison.kind === "target" ? change.replace("up on", "higher than").replace("down on", "lower than") : change;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${comparison.label} (${shown})`;
}

/** Returns the comparisons of a tile row in words, in order (none, one or two); one without a kind reads as a change (up/down on). */
export function tileComparisons(row: HeadlineTileRow): string[] {
  const pairs = [
    [row.comparison_kind, row.comparison_label, row.comparison_value, row.comparison_unit],
    [row.second_kind, row.second_label, row.second_value, row.second_unit]
  ] as const;
  return pairs
    .filter(([kind, label]) => kind !== null && label !== null && label !== undefined)
    .map(([kind, label, value, unit]) =>
      describeComparison(row.value, { kind: kind ?? "previous", label: label!, value: value ?? null, unit: unit ?? row.unit ?? "count" }, row.polarity)
    );
}

/** Draws headline tiles in a responsive grid: value, period, comparisons in words, link to the page and report line. */
export function headlineTiles(
  rows: readonly HeadlineTileRow[],
  {
    columns = 4,
    routeHref = (route: string) => `./${route}`,
    noComparison = "The report gives no figure to compare with.",
    className = "se-tiles",
    id
  }: HeadlineTilesOptions = {}
): HTMLElement {
  const grid = document.createElement("div");
  grid.className = columns === null ? className : `grid grid-cols-${columns} ${className}`;
  if (id !== undefined) grid.id = id;
  for (const row of rows) {
    const href = row.route === undefined ? undefined : routeHref(row.route);
    const tile = kpiTile({
      label: row.label,
      value: row.value,
      unit: row.unit ?? "count",
      period: row.period,
      ...(href === undefined ? {} : { href }),
      ...(row.source_line === null ? {} : { sourceLine: row.source_line })
    });
    if (row.tile_id !== undefined) tile.dataset.tile = row.tile_id;
    const value = tile.querySelector(".se-kpi__value");
    if (row.qualifier && value) {
      const qualifier = document.createElement("span");
      qualifier.className = "se-kpi__qualifier";
      qualifier.textContent = `${row.qualifier} `;
      value.prepend(qualifier);
    }
    const lines = tileComparisons(row).map((text) => paragraph("se-kpi__comparison", text));
    if (lines.length === 0 && noComparison !== null) lines.push(paragraph("se-kpi__comparison", noComparison));
    if (row.blank_cells) lines.push(paragraph("se-kpi__note", `A lower bound: the report leaves ${row.blank_cells} blank.`));
    tile.querySelector(".se-kpi__period")!.after(...lines);
    grid.append(tile);
  }
  return grid;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}
