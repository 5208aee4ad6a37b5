// Alias until the call sites move to src/figures/: barChart is columns (bars.ts lists every old name).
export { columns as barChart, type ColumnsOptions as BarChartOptions } from "./columns.js";
