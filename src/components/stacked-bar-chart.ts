// Alias until the call sites move to src/figures/: stackedBarChart is columns with `series` (bars.ts lists every old name).
export { columns as stackedBarChart, type ColumnsOptions as StackedBarChartOptions } from "./columns.js";
