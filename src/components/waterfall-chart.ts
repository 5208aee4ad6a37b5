import { bars, type BarsOptions } from "./bars.js";

/** The old options: `end` is where each step ends, `formatAmount` writes totals and the axis. */
export type WaterfallChartOptions<Row> = Omit<BarsOptions<Row>, "value"> & { end: keyof Row & string; formatAmount: (value: number) => string };

/** Alias until the call sites move to src/figures/: bars with `start`, `kind` and `amount` (bars.ts lists every old name). */
export const waterfallChart = <Row extends Record<string, unknown>>(rows: readonly Row[], { end, formatAmount, ...options }: WaterfallChartOptions<Row>) =>
  bars(rows, { ...options, value: end, valueFormat: formatAmount, xTickFormat: formatAmount });
