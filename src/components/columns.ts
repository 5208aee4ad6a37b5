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
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Draws vertical columns over ordered periods: one column per row, stacked segments each labelled with its series and
 * value when tall enough (rows with a null value draw nothing), or layers of columns and a dashed line, with a legend
 * drawn as the marks are. Counts get whole-number ticks, and all text is `CHART_FONT_SIZE` pixels.
 */
export function columns<Row extends Record<string, unknown>>(rows: readonly Row[], options: ColumnsOptions<Row>): Element {
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
