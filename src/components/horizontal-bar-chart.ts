import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { INK, LABEL_HALO, PRIMARY_FILL } from "../lib/palette.js";
import { CHAR_WIDTH, valueAxisTicks } from "../lib/label-layout.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of a horizontal bar chart: one bar per row, in row order, with an optional target marked on each bar. */
export interface HorizontalBarChartOptions<Row> {
  y: keyof Row & string;
  x: keyof Row & string;
  width: number;
  valueFormat?: (value: number) => string;
  /** A column holding a target or recommended value, drawn as a thick tick across the bar with `targetLabel` above it. */
  target?: keyof Row & string;
  targetLabel?: (row: Row) => string;
  fill?: string;
  ariaLabel: string;
  ariaDescription: string;
}

/** Draws one labelled bar per row (the value written at its end), keeping the rows' order from top to bottom. */
export function horizontalBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: HorizontalBarChartOptions<Row>): SVGSVGElement | HTMLElement {
  const { y, x, width, valueFormat = String, target, targetLabel, fill = PRIMARY_FILL, ariaLabel, ariaDescription } = options;
  const value = (row: Row) => Number(row[x]);
  const labels = rows.map((row) => String(row[y]));
  const max = Math.max(1, ...rows.map(value), ...(target ? rows.map((row) => Number(row[target] ?? 0)) : []));
  const marginLeft = Math.min(Math.round(width * 0.42), 12 + Math.max(...labels.map((label) => label.length)) * CHAR_WIDTH);
  const marginRight = 12 + Math.max(...rows.map((row) => valueFormat(value(row)).length)) * CHAR_WIDTH;
  const step = target ? 52 : 34;
  const marks: PlotTypes.Markish[] = [
    Plot.barX(rows as Row[], { y, x, fill } as PlotTypes.BarXOptions),
    Plot.text(rows as Row[], {
      y,
      x,
      text: (row: Row) => valueFormat(value(row)),
      textAnchor: "start",
      dx: 4,
      ...LABEL_HALO,
      ariaHidden: "true"
    } as PlotTypes.TextOptions),
    Plot.ruleX([0], { stroke: INK }),
    // Long labels (agency names) wrap onto a second line rather than run off the chart.
    Plot.axisY({
      label: null,
      tickSize: 0,
      lineWidth: Math.max(6, (marginLeft - 12) / 10) // in ems of the 10 px axis font
    })
  ];
  if (target) {
    const hasTarget = (row: Row) => row[target] !== null && row[target] !== undefined;
    marks.push(
      Plot.tickX(rows as Row[], { y, x: target, filter: hasTarget, stroke: INK, strokeWidth: 3 } as PlotTypes.TickXOptions),
      Plot.text(rows as Row[], {
        y,
        x: target,
        filter: hasTarget,
        text: (row: Row) => (targetLabel ? targetLabel(row) : String(row[target])),
        dy: -(step * (1 - 0.45)) / 2 - 2,
        lineAnchor: "bottom",
        ...LABEL_HALO,
        ariaHidden: "true"
      } as PlotTypes.TextOptions)
    );
  }
  return labelMarkGroups(
    Plot.plot({
      width,
      height: 40 + rows.length * step,
      marginLeft,
      marginRight,
      marginTop: target ? 20 : 8,
      marginBottom: 28,
      ariaLabel,
      ariaDescription,
      x: { domain: [0, max], label: null, grid: true, ticks: valueAxisTicks(width - marginLeft - marginRight) },
      y: { domain: labels, padding: target ? 0.45 : 0.15 },
      marks
    })
  );
}
