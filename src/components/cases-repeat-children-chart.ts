import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { INK, PAPER, PRIMARY_FILL, SECONDARY_FILL } from "../lib/palette.js";
import { chartLegend } from "./chart-legend.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of the cases chart: per period, a wide bar of cases, a narrow bar of repeat cases inside it, and a line of children. */
export interface CasesRepeatChildrenChartOptions<Row> {
  x: keyof Row & string;
  cases: keyof Row & string;
  repeatCases: keyof Row & string;
  children: keyof Row & string;
  width: number;
  height?: number;
  xTickFormat?: (value: never) => string;
  describe?: (row: Row) => string;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Draws cases as wide bars, repeat cases as narrow bars inside them and children in the household as a line with
 * dots, told apart by shape as well as colour (a legend names each). Each mark group has a class naming its measure.
 */
export function casesRepeatChildrenChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: CasesRepeatChildrenChartOptions<Row>): HTMLElement {
  const { x, cases, repeatCases, children, width, height = 340, xTickFormat, describe, ariaLabel, ariaDescription } = options;
  const narrow = width < 560;
  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginBottom: narrow ? 56 : 40,
      ariaLabel,
      ariaDescription,
      x: { type: "band", label: null, tickFormat: xTickFormat as ((value: unknown) => string) | undefined, tickRotate: narrow ? -45 : 0, padding: 0.2 },
      y: { label: "Number", grid: true, nice: true },
      marks: [
        Plot.barY(rows as Row[], { x, y: cases, fill: PRIMARY_FILL, className: "se-mark-cases" } as PlotTypes.BarYOptions),
        Plot.barY(rows as Row[], { x, y: repeatCases, fill: SECONDARY_FILL, insetLeft: narrow ? 3 : 8, insetRight: narrow ? 3 : 8, className: "se-mark-repeat-cases", ariaHidden: "true" } as PlotTypes.BarYOptions),
        Plot.lineY(rows as Row[], { x, y: children, stroke: INK, strokeWidth: 2, strokeDasharray: "6,3", className: "se-mark-children", ariaHidden: "true" } as PlotTypes.LineYOptions),
        Plot.dot(rows as Row[], { x, y: children, fill: INK, stroke: PAPER, r: 4, symbol: "diamond", ariaHidden: "true", tip: describe ? { title: describe } : undefined } as PlotTypes.DotOptions),
        Plot.ruleY([0], { stroke: INK })
      ]
    })
  );
  const wrapper = document.createElement("div");
  wrapper.className = "se-cases-chart";
  wrapper.append(
    chartLegend([
      { label: "Cases discussed (wide bar)", color: PRIMARY_FILL },
      { label: "of which repeat cases (narrow bar)", color: SECONDARY_FILL, swatch: "narrow" },
      { label: "Children in the household (dashed line)", color: INK, swatch: "line" }
    ]),
    chart
  );
  return wrapper;
}
