import { REPORT_SOURCE } from "./report-excerpt.js";

/** Returns the 1-based numbers of every report line starting with `prefix`, for headings and headers that repeat. */
export function linesStarting(prefix: string): number[] {
  return REPORT_SOURCE.split("\n").flatMap((text, index) => (text.startsWith(prefix) ? [index + 1] : []));
}
