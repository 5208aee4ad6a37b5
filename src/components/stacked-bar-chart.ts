import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { CATEGORY_SCHEME, INK, LABEL_HALO } from "../lib/palette.js";
import { chartLegend } from "./chart-legend.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of a vertical stacked bar chart: one bar per `x`, split into `series` segments of size `y`. */
export interface StackedBarChartOptions<Row> {
  x: keyof Row & string;
  y: keyof Row & string;
  series: keyof Row & string;
  /** The series in stacking order, from the bottom (default: as they first appear in the rows). */
  seriesOrder?: readonly string[];
  width: number;
  height?: number;
  yLabel?: string | null;
  xTickFormat?: (value: never) => string;
  valueFormat?: (value: number) => string;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Draws stacked bars with a legend in stacking order; each segment tall enough is labelled with its series and
 * value, so colour is not the only way to tell the segments apart. Rows with a null value draw nothing.
 */
export function stackedBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: StackedBarChartOptions<Row>): HTMLElement {
  const { x, y, series, width, height = 380, yLabel = null, xTickFormat, valueFormat = String, ariaLabel, ariaDescription } = options;
  const order = options.seriesOrder ?? [...new Set(rows.map((row) => String(row[series])))];
  const known = (row: Row) => row[y] !== null && row[y] !== undefined;
  const totals = new Map<unknown, number>();
  for (const row of rows) if (known(row)) totals.set(row[x], (totals.get(row[x]) ?? 0) + Number(row[y]));
  const marginTop = 16;
  const marginBottom = width < 560 ? 64 : 40;
  const unitHeight = (height - marginTop - marginBottom) / Math.max(1, ...totals.values());
  const bandwidth = (width - 48) / Math.max(1, totals.size);
  const segmentLabel = (row: Row): string => {
    const pixels = Number(row[y]) * unitHeight;
    if (pixels >= 30 && bandwidth >= 48) return `${row[series]}\n${valueFormat(Number(row[y]))}`;
    return pixels >= 14 ? valueFormat(Number(row[y])) : "";
  };
  const stack = { x, y, z: series, order: [...order], filter: known };
  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginTop,
      marginBottom,
      ariaLabel,
      ariaDescription,
      x: { type: "band", label: null, tickFormat: xTickFormat as ((value: unknown) => string) | undefined, tickRotate: width < 560 ? -45 : 0, padding: 0.15 },
      y: { label: yLabel, grid: true, nice: true },
      color: { type: "ordinal", scheme: CATEGORY_SCHEME, domain: order },
      marks: [
        Plot.barY(
          rows as Row[],
          Plot.stackY({
            ...stack,
            fill: series,
            tip: { format: { x: true, y: true, fill: true } }
          } as PlotTypes.BarYOptions)
        ),
        Plot.text(
          rows as Row[],
          Plot.stackY({
            ...stack,
            text: segmentLabel,
            ...LABEL_HALO,
            lineHeight: 1.1,
            ariaHidden: "true"
          } as PlotTypes.TextOptions)
        ),
        Plot.ruleY([0], { stroke: INK })
      ]
    })
  );
  const color = chart.scale("color");
  const wrapper = document.createElement("div");
  wrapper.className = "se-stacked-bars";
  wrapper.append(
    chartLegend(
      order.map((name) => ({ label: name, color: String(color?.apply(name)) })),
      { title: "From the bottom of each bar:" }
    ),
    chart
  );
  return wrapper;
}
