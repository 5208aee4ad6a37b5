import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { blockTitles } from "./block-titles.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of a bar-against-target chart: one bar per row, its target drawn as a labelled tick across it. */
export interface TargetBarChartOptions<Row> {
  /** The field naming each bar (written above it). */
  label: keyof Row & string;
  value: keyof Row & string;
  target: keyof Row & string;
  width: number;
  valueFormat?: (value: number) => string;
  xLabel?: string | null;
  xDomain?: [number, number];
  fill?: string;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Draws each row as a horizontal bar with its value written at the end, and its target as a thick tick with the words
 * "Target …" beside it, so a bar short of its target reads without colour.
 */
export function targetBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: TargetBarChartOptions<Row>): SVGSVGElement | HTMLElement {
  const { label, value, target, width, valueFormat = (x: number) => String(x), xLabel = null, xDomain = [0, 100], fill = "var(--theme-foreground-focus)", ariaLabel, ariaDescription } = options;
  const names = rows.map((row) => String(row[label]));
  const number = (row: Row, key: string) => (typeof row[key] === "number" ? (row[key] as number) : null);
  const withTarget = rows.filter((row) => number(row, target) !== null) as Row[];
  return labelMarkGroups(
    Plot.plot({
      width,
      height: 40 + rows.length * 92,
      marginTop: 28,
      marginLeft: 16,
      marginRight: 24,
      ariaLabel,
      ariaDescription,
      x: { label: xLabel, grid: true, domain: xDomain },
      y: { axis: null, domain: ["value", "target"], padding: 0.1 },
      fy: { label: null, domain: names, axis: null, padding: 0.45 },
      marks: [
        Plot.barX(rows as Row[], { x: value, y: () => "value", fy: label, fill, tip: { format: { y: false, fy: false } } } as PlotTypes.BarXOptions),
        Plot.text(rows as Row[], {
          x: value,
          y: () => "value",
          fy: label,
          text: (row: Row) => valueFormat(number(row, value) ?? 0),
          textAnchor: "end",
          dx: -6,
          fill: "var(--theme-background)",
          fontWeight: "bold"
        }),
        Plot.tickX(withTarget, { x: target, y: () => "value", fy: label, stroke: "currentColor", strokeWidth: 3 }),
        Plot.text(withTarget, { x: target, y: () => "target", fy: label, text: (row: Row) => `Target ${valueFormat(number(row, target) ?? 0)}`, textAnchor: "middle", fill: "currentColor" }),
        blockTitles(names),
        Plot.ruleX([0])
      ]
    })
  );
}
