// Alias: the accessibility fix is one of the shared pieces in chart-marks.ts.
export { labelMarkGroups } from "./chart-marks.js";
