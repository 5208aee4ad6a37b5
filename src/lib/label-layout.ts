// Pure layout arithmetic for charts that write their labels in full: text widths, line wrapping and whole-number ticks.

/** A generous width of one character in ems: Plot's own text wrapping counts about 0.55 em a character. */
export const EM_PER_CHARACTER = 0.6;

/** Returns a generous width in pixels of text at this font size: its longest line, at 0.6 em a character. */
export function textWidth(text: string, fontSize: number): number {
  return Math.max(0, ...text.split("\n").map((line) => line.length)) * EM_PER_CHARACTER * fontSize;
}

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

/** Splits text into lines that fit `pixels` at this font size (at least 8 characters a line), at spaces. */
export function wrapToWidth(text: string, pixels: number, fontSize: number): string[] {
  return wrapLabel(text, Math.max(8, Math.floor(pixels / (EM_PER_CHARACTER * fontSize))));
}

/** Returns the smallest of 1, 2, 5, 10, 20, 50… that is at least `rough`: a tick step on whole numbers. */
export function niceWholeStep(rough: number): number {
  if (!(rough > 1)) return 1;
  for (let power = 1; ; power *= 10) {
    for (const factor of [1, 2, 5]) if (factor * power >= rough) return factor * power;
  }
}

/** Returns about `count` ticks on whole numbers from `low` up to `high`, the step one of 1, 2, 5, 10, 20…: never 0.5. */
export function wholeTicks(low: number, high: number, count: number): number[] {
  const step = niceWholeStep((high - low) / Math.max(1, count));
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + 1e-9; tick += step) ticks.push(tick);
  return ticks;
}
