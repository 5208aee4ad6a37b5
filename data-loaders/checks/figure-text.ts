const EN_GB = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** Returns a number as a board member reads it: `3,003`, `81.93`. */
export function formatNumber(value: number): string {
  return EN_GB.format(value);
}

/** Returns a percentage as the report writes it, to `decimals` places: `82%`, `2.68%`. */
export function formatPercent(value: number, decimals = 0): string {
  return `${value.toFixed(decimals)}%`;
}

/** Returns how many decimal places a figure is printed with: `2.68%` has 2, `3,003` has 0. */
export function decimalsOf(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/** Returns `value` rounded to `decimals` places. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Returns the words around a figure in its quote, so a message can show where it was stated. */
export function excerptAround(quote: string, text: string, width = 60): string {
  const at = quote.indexOf(text);
  if (at < 0 || quote.length <= 2 * width + text.length) return quote;
  // Widen to whole words so the excerpt never starts or ends mid-word.
  let start = Math.max(0, at - width);
  while (start > 0 && /\S/.test(quote[start - 1]!)) start--;
  let end = Math.min(quote.length, at + text.length + width);
  while (end < quote.length && /\S/.test(quote[end]!)) end++;
  return `${start > 0 ? "…" : ""}${quote.slice(start, end)}${end < quote.length ? "…" : ""}`;
}
