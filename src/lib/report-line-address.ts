import { formatCount } from "./format.js";

/**
 * Where a URL hash points in the report: a line with text; a blank line (and the next line with text, shown instead);
 * a line number outside the report (as typed); an address that starts `#L` but is not a line number (as typed); or
 * no line address at all (another anchor, or none).
 */
export type LineAddress =
  | { kind: "line"; line: number }
  | { kind: "blank"; line: number; shown: number }
  | { kind: "missing"; line: string; number: number }
  | { kind: "malformed"; address: string }
  | { kind: "none" };

/** How many characters of an address typed into the URL a message repeats. */
const ADDRESS_SHOWN = 40;

/**
 * Reads a URL hash (`#L434`, `#L99999`, `#Lfoo`) against the numbers of the report's lines with text, in order.
 * Leading zeros are allowed (`#L007` is line 7); `#L0` and `#L-1` are lines outside the report; any other text after
 * `#L` is malformed. A hash not starting with `#L` is another anchor of the page and no line address.
 */
export function readLineAddress(hash: string, lineNumbers: readonly number[]): LineAddress {
  const address = decodeHash(hash);
  if (!address.startsWith("L")) return { kind: "none" };
  const match = /^L(-?\d+)$/.exec(address);
  if (!match) return { kind: "malformed", address: shorten(address) };
  const number = Number(match[1]);
  const last = lineNumbers.at(-1) ?? 0;
  if (number < 1 || number > last) return { kind: "missing", line: shorten(match[1]!), number };
  if (lineNumbers.includes(number)) return { kind: "line", line: number };
  // The report's last line has text (it is in lineNumbers), so a blank line always has a line with text after it.
  return { kind: "blank", line: number, shown: lineNumbers.find((line) => line > number)! };
}

/** Returns the line a reader should be shown for an address (the next line with text for a blank one), or null. */
export function lineShown(address: LineAddress): number | null {
  return address.kind === "line" ? address.line : address.kind === "blank" ? address.shown : null;
}

/**
 * Returns what the report reader says about an address, or null for a line with text and for no line address:
 * `Report line 99999 does not exist: the report has 1,251 lines.` The report's length is its last line's number.
 */
export function describeLineAddress(address: LineAddress, lineNumbers: readonly number[]): string | null {
  const last = lineNumbers.at(-1) ?? 0;
  switch (address.kind) {
    case "missing":
      return `Report line ${address.line} does not exist: the report has ${formatCount(last)} lines${address.number < 1 ? ", numbered from 1" : ""}.`;
    case "malformed":
      return `“#${address.address}” is not a report line: the report has ${formatCount(last)} lines, addressed #L1 to #L${last}.`;
    case "blank":
      return `Report line ${address.line} is blank: showing line ${address.shown}, the next line with text.`;
    default:
      return null;
  }
}

function decodeHash(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a stray `%` is left as typed
  }
}

function shorten(text: string): string {
  return text.length > ADDRESS_SHOWN ? `${text.slice(0, ADDRESS_SHOWN)}…` : text;
}
