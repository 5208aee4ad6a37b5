// Pure layout arithmetic for charts that write their labels in full: line wrapping and whole-number tick steps.

/** A generous average width in pixels of one character of a chart's label, for room to leave beside a bar. */
export const CHAR_WIDTH = 7;

/** Returns how many ticks a value axis this many pixels long has room for: one per 70 px, and at least 2. */
export function valueAxisTicks(axisWidth: number): number {
  return Math.max(2, Math.floor(axisWidth / 70));
}

/** Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a line of its own). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/** Returns the smallest of 1, 2, 5, 10, 20, 50… that is at least `rough`: a tick step on whole numbers. */
export function niceWholeStep(rough: number): number {
  if (!(rough > 1)) return 1;
  for (let power = 1; ; power *= 10) {
    for (const factor of [1, 2, 5]) if (factor * power >= rough) return factor * power;
  }
}
