import { ReportFormatError } from "../errors.js";
import type { ReportText } from "./report-text.js";

/** The kinds of figure a placeholder reads, e.g. `{value:count}` reads `3,003`. */
export type PlaceholderType = "count" | "decimal" | "percent" | "money" | "percent_change" | "number_word";

/** One `{name:type}` or `{name:type:fall}` placeholder of a template; `fall` negates a change the words call a fall. */
export interface Placeholder {
  name: string;
  type: PlaceholderType;
  fall: boolean;
}

/** What a template needs besides its text: the table and the row (indicator) its errors name. */
export interface SentenceTemplateOptions {
  /** The contract table named in error messages. */
  table: string;
  /** The row named in error messages, e.g. an indicator_id. */
  id: string;
  /** Literal text with typed placeholders; a leading `^` anchors it to the start of a line. */
  text: string;
}

/** A compiled template: its placeholders in order and the one regular expression that finds it. */
export interface SentenceTemplate {
  table: string;
  id: string;
  text: string;
  placeholders: readonly Placeholder[];
  pattern: RegExp;
  /** A literal fragment every matching line contains, tested before the regular expression. */
  mustContain: string;
}

/** The one place a template matched: its line, the matched text, and each placeholder's value and text. */
export interface SentenceMatch {
  id: string;
  line: number;
  quote: string;
  values: Record<string, number>;
  texts: Record<string, string>;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
const NOT_AFTER_DIGIT = String.raw`(?<![\d,.])`;
const NOT_BEFORE_DIGIT = String.raw`(?![.,]?\d)`;

/** Number words the report spells out ("Seventy young people", "Eleven of these"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100
};

const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
  .join("|");

const PLACEHOLDER_PATTERNS: Record<PlaceholderType, string> = {
  count: `${NOT_AFTER_DIGIT}${NUMBER}${NOT_BEFORE_DIGIT}`,
  decimal: String.raw`${NOT_AFTER_DIGIT}-?${NUMBER}(?:\.\d+)?${NOT_BEFORE_DIGIT}`,
  percent: String.raw`${NOT_AFTER_DIGIT}\d+(?:\.\d+)?\s?%`,
  money: String.raw`£\s?${NUMBER}(?:\.\d{1,2})?${NOT_BEFORE_DIGIT}`,
  percent_change: String.raw`(?<![\d,.+\-−])[+\-−]?\d+(?:\.\d+)?\s?%`,
  number_word: `(?<![A-Za-z])(?:${NUMBER_WORD_PATTERN})(?![A-Za-z])`
};

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*):([a-z_]+)(?::(fall))?\}/g;

/** Returns the template compiled once into a regular expression; throws on an unknown placeholder type. */
export function compileSentenceTemplate(options: SentenceTemplateOptions): SentenceTemplate {
  const { table, id } = options;
  let text = options.text;
  const anchored = text.startsWith("^");
  if (anchored) text = text.slice(1);
  const placeholders: Placeholder[] = [];
  const literals: string[] = [];
  let source = anchored ? "^" : "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [whole, name, type, fall] = match as unknown as [string, string, string, string | undefined];
    if (!(type in PLACEHOLDER_PATTERNS)) {
      throw new TypeError(`${table} row ${JSON.stringify(id)}: expected a placeholder type (${Object.keys(PLACEHOLDER_PATTERNS).join(", ")}), found ${JSON.stringify(whole)}`);
    }
    if (placeholders.some((placeholder) => placeholder.name === name)) {
      throw new TypeError(`${table} row ${JSON.stringify(id)}: expected distinct placeholder names, found ${JSON.stringify(name)} twice`);
    }
    const literal = text.slice(last, match.index);
    literals.push(literal);
    source += literalPattern(literal) + `(${PLACEHOLDER_PATTERNS[type as PlaceholderType]})`;
    placeholders.push({ name, type: type as PlaceholderType, fall: fall !== undefined });
    last = match.index + whole.length;
  }
  literals.push(text.slice(last));
  source += literalPattern(text.slice(last));
  if (placeholders.length === 0) {
    throw new TypeError(`${table} row ${JSON.stringify(id)}: expected at least one placeholder, found ${JSON.stringify(options.text)}`);
  }
  const fragments = literals.flatMap((literal) => literal.split(/\s+/)).filter(Boolean);
  const mustContain = fragments.reduce((longest, fragment) => (fragment.length > longest.length ? fragment : longest), "");
  return { table, id, text: options.text, placeholders, pattern: new RegExp(source, "g"), mustContain };
}

/** Returns the one match of the template in the report; throws ReportFormatError naming the row when there are none or several. */
export function findSentence(report: ReportText, template: SentenceTemplate): SentenceMatch {
  const matches = matchSentences(report, template);
  const location = { table: template.table, row: template.id };
  const expected = `one sentence matching ${JSON.stringify(template.text)}`;
  if (matches.length === 0) {
    const nearest = nearestLine(report, template);
    const excerpt = nearest === null ? "" : `; the nearest text is line ${nearest}: ${JSON.stringify(excerptOf(report.lines[nearest - 1] ?? ""))}`;
    throw new ReportFormatError({ ...location, line: nearest ?? report.lines.length }, expected, `none${excerpt}`);
  }
  if (matches.length > 1) {
    throw new ReportFormatError({ ...location, line: matches[0]!.line }, expected, `${matches.length}, at lines ${matches.map((match) => match.line).join(", ")}`);
  }
  return matches[0]!;
}

/** Returns every match of the template in the report, in line order (several may share a line). */
export function matchSentences(report: ReportText, template: SentenceTemplate): SentenceMatch[] {
  const found: SentenceMatch[] = [];
  report.lines.forEach((text, index) => {
    if (!text.includes(template.mustContain)) return;
    template.pattern.lastIndex = 0;
    for (let match = template.pattern.exec(text); match; match = template.pattern.exec(text)) {
      if (match[0] === "") template.pattern.lastIndex++;
      found.push(toMatch(template, match, index + 1));
    }
  });
  return found;
}

/** Returns the number a placeholder's matched text stands for (a `fall` is negative). */
export function parsePlaceholder(placeholder: Placeholder, text: string): number {
  const value = placeholderMagnitude(placeholder.type, text);
  return placeholder.fall ? -Math.abs(value) : value;
}

function placeholderMagnitude(type: PlaceholderType, text: string): number {
  switch (type) {
    case "count":
    case "decimal":
      return Number(text.replaceAll(",", ""));
    case "money":
      return Number(text.replace(/[£,\s]/g, ""));
    case "percent":
      return Number(text.replace(/\s?%$/, ""));
    case "percent_change":
      return Number(text.replace(/\s?%$/, "").replace("−", "-"));
    case "number_word":
      return NUMBER_WORDS[text.toLowerCase()]!;
  }
}

function toMatch(template: SentenceTemplate, match: RegExpExecArray, line: number): SentenceMatch {
  const values: Record<string, number> = {};
  const texts: Record<string, string> = {};
  template.placeholders.forEach((placeholder, index) => {
    const text = match[index + 1]!;
    texts[placeholder.name] = text;
    values[placeholder.name] = parsePlaceholder(placeholder, text);
  });
  return { id: template.id, line, quote: match[0], values, texts };
}

/** Escapes regular-expression metacharacters and lets any run of whitespace match any other. */
function literalPattern(literal: string): string {
  return literal
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? String.raw`\s+` : part.replace(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`)))
    .join("");
}

/** The line sharing most of the template's literal words, to point an error at the sentence that changed. */
function nearestLine(report: ReportText, template: SentenceTemplate): number | null {
  const words = [...new Set(template.text.replace(PLACEHOLDER, " ").split(/[^A-Za-z]+/).filter((word) => word.length > 3))];
  let best: number | null = null;
  let bestScore = 0;
  report.lines.forEach((text, index) => {
    const score = words.filter((word) => text.includes(word)).length;
    if (score > bestScore) [best, bestScore] = [index + 1, score];
  });
  return best;
}

function excerptOf(text: string, length = 120): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}
