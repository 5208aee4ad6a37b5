// Alias until the call sites move to src/figures/: labelledBarChart is bars (bars.ts lists every old name).
export { bars as labelledBarChart, type BarsOptions as LabelledBarChartOptions, type BarSegment } from "./bars.js";
