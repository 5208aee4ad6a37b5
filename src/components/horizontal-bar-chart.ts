import { bars, type BarsOptions } from "./bars.js";

/** The old options: `y` names each bar (written on the axis), `x` is its value. */
export type HorizontalBarChartOptions<Row> = Omit<BarsOptions<Row>, "label" | "value"> & { y: keyof Row & string; x: keyof Row & string };

/** Alias until the call sites move to src/figures/: bars with the names on the axis (bars.ts lists every old name). */
export const horizontalBarChart = <Row extends Record<string, unknown>>(rows: readonly Row[], { y, x, ...options }: HorizontalBarChartOptions<Row>) => bars(rows, { ...options, label: y, value: x, labelPosition: "axis" });
