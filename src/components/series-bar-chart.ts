// Alias until the call sites move to src/figures/: seriesBarChart is bars with `series` (bars.ts lists every old name).
export { bars as seriesBarChart, type BarsOptions as SeriesBarChartOptions, type BarSeries } from "./bars.js";
