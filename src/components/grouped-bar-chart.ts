import { bars, type BarsOptions } from "./bars.js";

/** The old options: `category` names each group (written above it), `group` each bar in it (on the axis), `groups` their fills. */
export type GroupedBarChartOptions<Row> = Omit<BarsOptions<Row>, "group" | "label"> & { category: keyof Row & string; group: keyof Row & string; groups?: readonly { name: string; fill: string }[] };

/** Alias until the call sites move to src/figures/: bars in groups, named on the axis, a missing value "not stated" (bars.ts lists every old name). */
export const groupedBarChart = <Row extends Record<string, unknown>>(rows: readonly Row[], { category, group, groups, ...options }: GroupedBarChartOptions<Row>) =>
  bars(rows, { missingLabel: "not stated", ...options, group: category, label: group, labelPosition: "axis", ...(groups ? { fill: (row: Row) => groups.find((entry) => entry.name === String(row[group]))!.fill } : {}) });
