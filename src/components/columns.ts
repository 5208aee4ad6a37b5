import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { CATEGORY_SCHEME, INK, LABEL_HALO, PAPER, PRIMARY_FILL } from "../lib/palette.js";
import { textWidth, wholeTicks } from "../lib/label-layout.js";
import { formatCount } from "../lib/format.js";
import { CHART_FONT_SIZE, LINE_DASH, chartLegend, chartStyle, chartWithKey, labelMarkGroups, type LegendItem } from "./chart-marks.js";

/** One measure drawn over the periods: its column, its words in the legend, and how it is drawn. */
export interface ColumnLayer<Row> {
  y: keyof Row & string;
  label: string;
  /** "column" a full-width column (default), "narrow" a thinner column drawn inside it, "line" a dashed line with diamonds. */
  mark?: "column" | "narrow" | "line";
  color: string;
  /** The class of the layer's mark group, for tests and styles: "se-mark-cases". */
  className?: string;
}

/** Options of vertical columns over ordered periods (months, quarters…): one measure, a stack, or layers of measures. */
export interface ColumnsOptions<Row> {
  x: keyof Row & string;
  /** The measure drawn as one column per row; with `series`, the size of each stacked segment. */
  y?: keyof Row & string;
  width: number;
  /** Default 340 px, or 380 px for a stack (so more segments are tall enough to carry their label). */
  height?: number;
  xLabel?: string | null;
  yLabel?: string | null;
  xTickFormat?: (value: never) => string;
  /** The words of the tooltip for a row (default Plot's own). */
  tipFormat?: (row: Row) => string;
  fill?: string;
  /** A column naming each row's segment: the columns become stacks, named in a legend in stacking order. */
  series?: keyof Row & string;
  /** The series in stacking order, from the bottom (default: as they first appear in the rows). */
  seriesOrder?: readonly string[];
  valueFormat?: (value: number) => string;
  /** Several measures over the same periods, each drawn its own way and named in a legend drawn the same way. */
  layers?: readonly ColumnLayer<Row>[];
  /** Ticks on whole numbers only; default when every value is a whole number (counts). */
  integerTicks?: boolean;
  /**
   * Periods on a real time axis: `x` holds each row's first day and `end` its last (Dates, or null where the report
   * gives no date). Each row is drawn across its own dates at its value (a dot where the period is one day), coloured
   * by `series`; a row without dates is listed under the chart as not placed on the axis, never guessed.
   */
  periods?: { end: keyof Row & string; label: keyof Row & string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Draws vertical columns over ordered periods: one column per row, stacked segments each labelled with its series and
 * value when tall enough (rows with a null value draw nothing), or layers of columns and a dashed line, with a legend
 * drawn as the marks are. Counts get whole-number ticks, and all text is `CHART_FONT_SIZE` pixels.
 */
export function columns<Row extends Record<string, unknown>>(rows: readonly Row[], options: ColumnsOptions<Row>): Element {
  if (options.periods) return periodSpans(rows, options, options.periods);
  const { x, y, width, series, layers, xLabel = null, yLabel = layers ? "Number" : null, xTickFormat, tipFormat, fill = PRIMARY_FILL, valueFormat = String, ariaLabel, ariaDescription } = options;
  const height = options.height ?? (series ? 380 : 340);
  const narrow = width < 560;
  const marginTop = 16;
  // Period names are turned 45° on a narrow chart: leave room below and to the left for the longest of them.
  const periodWidth = Math.max(0, ...rows.map((row) => textWidth(xTickFormat ? xTickFormat(row[x] as never) : String(row[x]), CHART_FONT_SIZE)));
  const marginBottom = narrow ? Math.max(64, Math.ceil(periodWidth * Math.SQRT1_2) + 24) : 44;
  const marginLeft = narrow ? Math.max(44, Math.ceil(periodWidth * Math.SQRT1_2)) : 44;
  const known = (key: string) => (row: Row) => row[key] !== null && row[key] !== undefined;
  const measures = layers ? layers.map((layer) => layer.y) : y ? [y] : [];
  const values = rows.flatMap((row) => measures.filter((key) => known(key)(row)).map((key) => Number(row[key])));
  // The highest column: the tallest stack, or the highest value of any measure.
  const totals = new Map<unknown, number>();
  if (series && y) for (const row of rows.filter(known(y))) totals.set(row[x], (totals.get(row[x]) ?? 0) + Number(row[y]));
  const highest = Math.max(1, ...(series ? totals.values() : values));
  const integer = options.integerTicks ?? values.every(Number.isInteger);
  // Whole-number ticks for counts (never 0.5 when a filter leaves only small numbers), up to a tick at or above the highest.
  const ticks = integer ? wholeTicks(0, highest, Math.max(2, Math.floor((height - marginTop - marginBottom) / 45))) : undefined;
  while (ticks && ticks.at(-1)! < highest) ticks.push(ticks.at(-1)! + ticks[1]!);

  const marks: PlotTypes.Markish[] = [];
  const legend: LegendItem[] = [];
  let order: string[] = [];
  if (series && y) {
    order = [...(options.seriesOrder ?? new Set(rows.map((row) => String(row[series]))))];
    const unitHeight = (height - marginTop - marginBottom) / highest;
    const bandwidth = (width - 48) / Math.max(1, totals.size);
    const segmentLabel = (row: Row): string => {
      const pixels = Number(row[y]) * unitHeight;
      if (pixels >= 30 && bandwidth >= 48) return `${row[series]}\n${valueFormat(Number(row[y]))}`;
      return pixels >= 14 ? valueFormat(Number(row[y])) : "";
    };
    const stack = { x, y, z: series, order, filter: known(y) };
    marks.push(
      Plot.barY(rows as Row[], Plot.stackY({ ...stack, fill: series, tip: { format: { x: true, y: true, fill: true } } } as PlotTypes.BarYOptions)),
      Plot.text(rows as Row[], Plot.stackY({ ...stack, text: segmentLabel, ...LABEL_HALO, lineHeight: 1.1, ariaHidden: "true" } as PlotTypes.TextOptions))
    );
  } else if (layers) {
    for (const { y: key, label, mark = "column", color, className } of layers) {
      if (mark === "line") {
        marks.push(
          Plot.lineY(rows as Row[], { x, y: key, stroke: color, strokeWidth: 2, strokeDasharray: LINE_DASH, className, ariaHidden: "true" } as PlotTypes.LineYOptions),
          Plot.dot(rows as Row[], { x, y: key, fill: color, stroke: PAPER, r: 4, symbol: "diamond", ariaHidden: "true", tip: tipFormat ? { title: tipFormat } : undefined } as PlotTypes.DotOptions)
        );
        legend.push({ label, color, swatch: "line", dash: LINE_DASH });
      } else {
        const inset = mark === "narrow" ? (narrow ? 3 : 8) : 0;
        marks.push(Plot.barY(rows as Row[], { x, y: key, fill: color, insetLeft: inset, insetRight: inset, className, ...(mark === "narrow" ? { ariaHidden: "true" } : {}) } as PlotTypes.BarYOptions));
        legend.push({ label, color, swatch: mark === "narrow" ? "narrow" : "bar" });
      }
    }
  } else if (y) {
    marks.push(Plot.barY(rows as Row[], { x, y, fill, tip: tipFormat ? { format: { x: false, y: false }, title: tipFormat } : true } as PlotTypes.BarYOptions));
  }
  marks.push(Plot.ruleY([0], { stroke: INK }));

  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginTop,
      marginBottom,
      marginLeft,
      ariaLabel,
      ariaDescription,
      style: chartStyle(),
      x: { type: "band", label: xLabel, tickFormat: xTickFormat as ((value: unknown) => string) | undefined, tickRotate: narrow ? -45 : 0, padding: 0.2 },
      y: { label: yLabel, grid: true, ...(ticks ? { ticks, tickFormat: formatCount, domain: [0, ticks.at(-1)!] } : { nice: true }) },
      ...(series ? { color: { type: "ordinal", scheme: CATEGORY_SCHEME, domain: order } } : {}),
      marks
    })
  );
  if (series) {
    const color = (chart as unknown as PlotTypes.Plot).scale("color");
    const key = chartLegend(order.map((name) => ({ label: name, color: String(color?.apply(name)) })), { title: "From the bottom of each bar:" });
    return chartWithKey(chart, { legend: key });
  }
  return chartWithKey(chart, { legend: legend.length ? chartLegend(legend) : null });
}

const DAY_MS = 86_400_000;

/** Splits rows into those with both dates (drawn) and those without (listed under the chart). */
export function placePeriods<Row extends Record<string, unknown>>(rows: readonly Row[], start: keyof Row & string, end: keyof Row & string): { placed: Row[]; unplaced: Row[] } {
  const dated = (row: Row) => row[start] instanceof Date && row[end] instanceof Date;
  return { placed: rows.filter(dated), unplaced: rows.filter((row) => !dated(row)) };
}

// Each row as a horizontal span from its first day to the end of its last day (a dot for a single day), at its value.
function periodSpans<Row extends Record<string, unknown>>(rows: readonly Row[], options: ColumnsOptions<Row>, periods: NonNullable<ColumnsOptions<Row>["periods"]>): Element {
  const { x, y, series, width, xLabel = null, yLabel = null, valueFormat = String, tipFormat, ariaLabel, ariaDescription } = options;
  if (!y || !series) throw new Error(`columns with periods: expected the options y and series, found ${!y ? "no y" : "no series"}`);
  const height = options.height ?? 240;
  const { placed, unplaced } = placePeriods(rows.filter((row) => row[y] !== null && row[y] !== undefined), x, periods.end);
  const startOf = (row: Row) => row[x] as Date;
  const endOf = (row: Row) => new Date((row[periods.end] as Date).getTime() + DAY_MS);
  const spans = placed.filter((row) => endOf(row).getTime() - startOf(row).getTime() > DAY_MS);
  const points = placed.filter((row) => !spans.includes(row));
  const order = [...(options.seriesOrder ?? new Set(rows.map((row) => String(row[series]))))];
  // From the 1 April before the first period to the 1 April after the last: financial years fill whole tick intervals.
  const april = (date: Date, after: boolean) => {
    const year = date.getUTCFullYear() - (date.getUTCMonth() < 3 ? 1 : 0) + (after && (date.getUTCMonth() !== 3 || date.getUTCDate() !== 1) ? 1 : 0);
    return new Date(Date.UTC(year, 3, 1));
  };
  const first = placed.length ? april(new Date(Math.min(...placed.map((row) => startOf(row).getTime()))), false) : new Date(Date.UTC(2012, 3, 1));
  const last = placed.length ? april(new Date(Math.max(...placed.map((row) => endOf(row).getTime()))), true) : new Date(Date.UTC(2013, 3, 1));
  const ticks: Date[] = [];
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear(); year++) ticks.push(new Date(Date.UTC(year, 3, 1)));
  const middle = (row: Row) => new Date((startOf(row).getTime() + endOf(row).getTime()) / 2);
  const label = (row: Row) => valueFormat(Number(row[y]));
  const title = tipFormat ?? ((row: Row) => `${row[series]}, ${row[periods.label]}: ${label(row)}`);
  const marks: PlotTypes.Markish[] = [
    Plot.ruleY(spans, { y, x1: x, x2: endOf, stroke: series, strokeWidth: 4, title, className: "se-mark-period" } as PlotTypes.RuleYOptions),
    Plot.dot(points, { x, y, fill: series, r: 5, title, className: "se-mark-point" } as PlotTypes.DotOptions),
    Plot.text(placed, { x: (row: Row) => (spans.includes(row) ? middle(row) : startOf(row)), y, text: label, dy: -12, ...LABEL_HALO, ariaHidden: "true" } as PlotTypes.TextOptions),
    Plot.ruleY([0], { stroke: INK })
  ];
  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginTop: 24,
      marginBottom: 44,
      marginLeft: 44,
      marginRight: 40,
      ariaLabel,
      ariaDescription,
      style: chartStyle(),
      x: { type: "utc", label: xLabel, domain: [first, last], ticks, tickFormat: (date: Date) => (width < 420 ? `Apr ${String(date.getUTCFullYear()).slice(2)}` : `1 Apr ${date.getUTCFullYear()}`), grid: true },
      y: { label: yLabel, nice: true, domain: [0, Math.max(1, ...placed.map((row) => Number(row[y])))] },
      color: { type: "ordinal", scheme: CATEGORY_SCHEME, domain: order },
      marks
    })
  );
  const color = (chart as unknown as PlotTypes.Plot).scale("color");
  const legend = chartLegend(order.map((name) => ({ label: name, color: String(color?.apply(name)), swatch: "line" as const })));
  const notes = unplaced.map((row) => `${row[series]}, ${row[periods.label]}: ${label(row)}, not placed on the axis (the report gives no dates for it).`);
  return chartWithKey(chart, { legend, notes });
}
