import { WATERFALL_FILLS } from "../lib/palette.js";
import { labelledBarChart } from "./labelled-bar-chart.js";

/** Options of a waterfall: which fields hold each step's label, kind (total, subtotal, increase, decrease), amount and extent. */
export interface WaterfallChartOptions<Row> {
  label: keyof Row & string;
  kind: keyof Row & string;
  amount: keyof Row & string;
  start: keyof Row & string;
  end: keyof Row & string;
  formatAmount: (value: number) => string;
  formatChange: (value: number) => string;
  width: number;
  ariaLabel: string;
  ariaDescription: string;
}

/** Draws a horizontal waterfall: totals from zero, each increase or decrease from where the last step ended, signed in words. */
export function waterfallChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: WaterfallChartOptions<Row>): HTMLElement | SVGSVGElement {
  const { label, kind, amount, start, end, formatAmount, formatChange, width, ariaLabel, ariaDescription } = options;
  const kindOf = (row: Row) => String(row[kind]) as keyof typeof WATERFALL_FILLS;
  return labelledBarChart(rows, {
    label: (row) => String(row[label]),
    value: end,
    start,
    fill: (row) => WATERFALL_FILLS[kindOf(row)] ?? WATERFALL_FILLS.total,
    valueText: (row) => {
      const value = Number(row[amount]);
      const step = kindOf(row);
      return step === "increase" ? formatChange(value) : step === "decrease" ? formatChange(-value) : formatAmount(value);
    },
    xTickFormat: (value) => formatAmount(value),
    width,
    ariaLabel,
    ariaDescription
  });
}
