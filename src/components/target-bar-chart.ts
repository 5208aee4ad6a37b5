import { bars, type BarsOptions } from "./bars.js";

/** Alias until the call sites move to src/figures/: bars with a `target`, on a 0 to 100 scale unless told (bars.ts lists every old name). */
export const targetBarChart = <Row extends Record<string, unknown>>(rows: readonly Row[], options: BarsOptions<Row>) => bars(rows, { xDomain: [0, 100], ...options });
export type { BarsOptions as TargetBarChartOptions } from "./bars.js";
