// Alias: the legend is one of the shared marks in chart-marks.ts.
export { chartLegend, type LegendItem } from "./chart-marks.js";
