import { formatIndicatorValue } from "../lib/format.js";

/** A headline figure: its label, value, period and the links to its page and report line. */
export interface KpiTileOptions {
  label: string;
  value: number | null;
  unit: string;
  period: string;
  href?: string;
  sourceLine?: number;
  lineHref?: (line: number) => string;
}

/** Returns the words for a change: "better"/"worse" only where polarity says which way is good, otherwise "up"/"down". */
export function describeChange(value: number | null, comparison: number | null, polarity: string | null | undefined): string {
  if (value === null || comparison === null) return "no comparison";
  if (value === comparison) return "the same as";
  const up = value > comparison;
  if (polarity === "up_is_good") return up ? "better than" : "worse than";
  if (polarity === "down_is_good") return up ? "worse than" : "better than";
  return up ? "up on" : "down on";
}

/** Returns a headline tile: label, value and period, and links to its page and report line (headlineTiles adds the comparisons). */
export function kpiTile(options: KpiTileOptions): HTMLElement {
  const { label, value, unit, period, href, sourceLine, lineHref = (line: number) => `./report#L${line}` } = options;
  const tile = document.createElement("article");
  tile.className = "se-kpi card";
  // A paragraph, not a heading: tiles come straight after a page's H1 as well as inside figures, and an H3 there broke
  // the page's heading outline (axe heading-order); the label is the tile's first line.
  const labelLine = document.createElement("p");
  labelLine.className = "se-kpi__label";
  if (href) {
    const anchor = document.createElement("a");
    anchor.href = href;
    anchor.textContent = label;
    labelLine.append(anchor);
  } else labelLine.textContent = label;
  const figure = document.createElement("p");
  figure.className = "se-kpi__value";
  figure.textContent = formatIndicatorValue(value, unit);
  const when = document.createElement("p");
  when.className = "se-kpi__period";
  when.textContent = period;
  tile.append(labelLine, figure, when);
  if (sourceLine !== undefined) {
    const source = document.createElement("a");
    source.className = "se-line-link";
    source.href = lineHref(sourceLine);
    source.textContent = `Report line ${sourceLine}`;
    tile.append(source);
  }
  return tile;
}
