import { Plot } from "../lib/plot.js";
import { CHAR_WIDTH, niceWholeStep, wrapLabel } from "../lib/label-layout.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** One part of a stacked bar: the row field it reads, its name in the legend, and its fill. */
export interface BarSegment<Row> {
  key: keyof Row & string;
  label: string;
  fill: string;
}

/** Options of a horizontal bar chart whose category labels are written above the bars, so long labels wrap. */
export interface LabelledBarChartOptions<Row> {
  /** The words above each bar. */
  label: (row: Row) => string;
  /** The words at the end of each bar (the value, formatted). */
  valueText: (row: Row) => string;
  /** Where each bar ends; not needed when `segments` stack several fields. */
  value?: keyof Row & string;
  /** Where each bar starts (default 0): the steps of a waterfall. */
  start?: keyof Row & string;
  /** Fields stacked left to right in one bar, with a legend; every part is also named in `label` or `valueText`. */
  segments?: readonly BarSegment<Row>[];
  fill?: string | ((row: Row) => string);
  xDomain?: [number, number];
  xTickFormat?: (value: number) => string;
  /** Ticks on whole numbers only (counts of meetings, events, objectives). */
  integerTicks?: boolean;
  width: number;
  ariaLabel: string;
  ariaDescription: string;
}

const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;
const MARGIN_TOP = 4;
const MARGIN_BOTTOM = 28;
const MARGIN_LEFT = 12;

/** Draws one horizontal bar per row (or a stack of segments), its label wrapped above it and its value at its end. */
export function labelledBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: LabelledBarChartOptions<Row>): HTMLElement | SVGSVGElement {
  const { label, valueText, value, start, segments, fill = "var(--theme-foreground-focus)", xDomain, xTickFormat, integerTicks = false, width, ariaLabel, ariaDescription } = options;
  if (!segments && !value) throw new Error("labelledBarChart: expected a `value` field or `segments`, found neither");
  const valueChars = Math.max(0, ...rows.map((row) => valueText(row).length));
  const marginRight = Math.min(Math.round(width * 0.45), Math.ceil(valueChars * (CHAR_WIDTH + 1)) + 16);
  const maxChars = Math.max(12, Math.floor((width - MARGIN_LEFT - 4) / CHAR_WIDTH));

  // Lay the rows out top to bottom in pixels: label lines, then the bar, then a gap.
  let top = MARGIN_TOP;
  const laidOut = rows.map((row) => {
    const lines = wrapLabel(label(row), maxChars);
    const labelTop = top;
    const barTop = labelTop + lines.length * LINE_HEIGHT + 2;
    top = barTop + BAR_HEIGHT + ROW_GAP;
    return { row, text: lines.join("\n"), labelTop, barTop, barMiddle: barTop + BAR_HEIGHT / 2 };
  });
  const height = top + MARGIN_BOTTOM;

  const numeric = (row: Row, key: string | undefined) => (key === undefined ? 0 : Number(row[key] ?? 0));
  const pieces = segments
    ? laidOut.flatMap((item) => {
        let from = 0;
        return segments.map((segment) => {
          const amount = numeric(item.row, segment.key);
          const piece = { ...item, x1: from, x2: from + amount, fill: segment.fill, title: `${label(item.row)}: ${segment.label} ${amount}` };
          from += amount;
          return piece;
        });
      }).filter((piece) => piece.x2 > piece.x1)
    : laidOut.map((item) => ({
        ...item,
        x1: numeric(item.row, start),
        x2: numeric(item.row, value),
        fill: typeof fill === "function" ? fill(item.row) : fill,
        title: `${label(item.row)}: ${valueText(item.row)}`
      }));
  const ends = laidOut.map((item) => ({
    ...item,
    end: segments ? segments.reduce((sum, segment) => sum + numeric(item.row, segment.key), 0) : Math.max(numeric(item.row, start), numeric(item.row, value)),
    words: valueText(item.row)
  }));
  const highest = Math.max(0, ...ends.map((item) => item.end));
  const domain = xDomain ?? [0, highest || 1];
  const tickCount = Math.max(2, Math.floor(width / 120));
  const step = niceWholeStep((domain[1] - domain[0]) / tickCount);
  const ticks = integerTicks ? Array.from({ length: Math.floor((domain[1] - domain[0]) / step) + 1 }, (_, index) => domain[0] + index * step) : tickCount;

  const chart = labelMarkGroups(Plot.plot({
    width,
    height,
    marginTop: 0,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: MARGIN_LEFT,
    marginRight,
    ariaLabel,
    ariaDescription,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { domain, tickFormat: xTickFormat as ((value: unknown) => string) | undefined, ticks, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX(Array.isArray(ticks) ? ticks : undefined, { ticks: Array.isArray(ticks) ? undefined : ticks, strokeOpacity: 0.15, y1: MARGIN_TOP, y2: height - MARGIN_BOTTOM }),
      Plot.rectX(pieces, { x1: "x1", x2: "x2", y1: "barTop", y2: (piece: { barTop: number }) => piece.barTop + BAR_HEIGHT, fill: "fill", title: "title" }),
      Plot.text(laidOut, { x: () => xDomain?.[0] ?? 0, y: "labelTop", text: "text", textAnchor: "start", lineAnchor: "top", lineHeight: LINE_HEIGHT / FONT_SIZE, fill: "currentColor" }),
      Plot.text(ends, { x: "end", y: "barMiddle", text: "words", textAnchor: "start", lineAnchor: "middle", dx: 6, fill: "currentColor" })
    ]
  }));
  if (!segments) return chart;
  const wrapper = document.createElement("div");
  const legend = document.createElement("ul");
  legend.className = "se-legend";
  legend.setAttribute("aria-label", "Legend");
  for (const segment of segments) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "se-legend__swatch";
    swatch.style.background = segment.fill;
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, segment.label);
    legend.append(item);
  }
  wrapper.append(legend, chart);
  return wrapper;
}
