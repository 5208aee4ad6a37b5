import { REPORT_SOURCE } from "./report-excerpt.js";

/** Returns the 1-based number of the one report line containing `text`, so tests never hard-code line numbers. */
export function lineContaining(text: string): number {
  const found = REPORT_SOURCE.split("\n").flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line containing ${JSON.stringify(text)}, found ${found.length}`);
  return found[0]!;
}
