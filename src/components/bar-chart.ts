import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of a vertical bar chart over ordered categories (months, quarters…). */
export interface BarChartOptions<Row> {
  x: keyof Row & string;
  y: keyof Row & string;
  width: number;
  height?: number;
  xLabel?: string | null;
  yLabel?: string | null;
  xTickFormat?: (value: never) => string;
  tipFormat?: (row: Row) => string;
  fill?: string;
  ariaLabel: string;
  ariaDescription: string;
}

/** Draws one bar per row with a value label in the tooltip and a zero baseline; a null value draws no bar. */
export function barChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: BarChartOptions<Row>): SVGSVGElement | HTMLElement {
  const { x, y, width, height = 320, xLabel = null, yLabel = null, xTickFormat, tipFormat, fill = "var(--theme-foreground-focus)", ariaLabel, ariaDescription } = options;
  return labelMarkGroups(Plot.plot({
    width,
    height,
    marginBottom: 48,
    ariaLabel,
    ariaDescription,
    x: { type: "band", label: xLabel, tickFormat: xTickFormat as ((value: unknown) => string) | undefined, tickRotate: width < 560 ? -45 : 0 },
    y: { label: yLabel, grid: true, nice: true },
    marks: [
      Plot.barY(rows as Row[], { x, y, fill, tip: tipFormat ? { format: { x: false, y: false }, title: tipFormat } : true } as PlotTypes.BarYOptions),
      Plot.ruleY([0])
    ]
  }));
}
