// Links the first use of each glossary term in a built page to its definition on the glossary page.
// Pages are Framework's own well-formed output, so a small tag/text tokeniser is enough: no DOM library.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { GLOSSARY_FILE, parseGlossaryCsv, type GlossaryEntry } from "../src/lib/glossary.js";

/** The glossary file the page and the term linker read: src/content/glossary.csv. */
export const GLOSSARY_PATH = fileURLToPath(new URL(`../src/${GLOSSARY_FILE}`, import.meta.url));

/** Reads and checks the glossary file; throws naming the row of anything malformed. */
export function readGlossary(path = GLOSSARY_PATH): GlossaryEntry[] {
  return parseGlossaryCsv(readFileSync(path, "utf-8"));
}

/** Where the links point and how a page's terms are found. */
export interface GlossaryLinkOptions {
  /** The glossary page, relative to the page being linked (`./glossary` for a page at the site's root). */
  glossaryHref?: string;
}

/** Elements whose text is never linked: links and abbreviations already, headings, code, form controls, and raw text. */
export const UNLINKED_ELEMENTS: ReadonlySet<string> = new Set([
  "a", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "script", "style", "textarea",
  "button", "label", "summary", "select", "option", "optgroup", "datalist", "title", "template", "noscript", "svg",
  "math", "iframe", "object", "dfn"
]);

// Elements whose content is not markup: everything up to their end tag passes through untouched.
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title"]);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", rsquo: "'", lsquo: "'", ldquo: "\u201c",
  rdquo: "\u201d", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026"
};
const WORD_CHARACTER = "A-Za-z0-9";

/** Returns HTML with the first use of each glossary term in its text wrapped in a link to the term's definition. */
export function linkGlossaryTerms(mainHtml: string, glossary: readonly GlossaryEntry[], { glossaryHref = "./glossary" }: GlossaryLinkOptions = {}): string {
  const alreadyLinked = new Set(Array.from(mainHtml.matchAll(/href\s*=\s*["'][^"']*#term-([a-z0-9-]+)["']/g), (match) => match[1]));
  const pending = glossary.filter((entry) => !alreadyLinked.has(entry.id)).map((entry) => ({ entry, pattern: termPattern(entry) }));
  const openUnlinked = new Map<string, number>();
  let output = "";
  for (const token of tokenizeHtml(mainHtml)) {
    if (token.kind === "tag" && token.name && UNLINKED_ELEMENTS.has(token.name)) {
      const depth = openUnlinked.get(token.name) ?? 0;
      if (token.closing) openUnlinked.set(token.name, Math.max(0, depth - 1));
      else if (!token.selfClosing && !VOID_ELEMENTS.has(token.name)) openUnlinked.set(token.name, depth + 1);
    }
    const insideUnlinked = Array.from(openUnlinked.values()).some((depth) => depth > 0);
    output += token.kind === "text" && !insideUnlinked && pending.length > 0 ? linkText(token.raw, pending, glossaryHref) : token.raw;
  }
  return output;
}

/** Returns a whole page with glossary links added inside its `<main>…</main>` only; throws if the page has no main. */
export function linkGlossaryTermsInPage(pageHtml: string, glossary: readonly GlossaryEntry[], options: GlossaryLinkOptions = {}): string {
  const start = pageHtml.search(/<main[\s>]/i);
  const end = pageHtml.toLowerCase().lastIndexOf("</main>");
  if (start < 0 || end < start) {
    throw new Error(`glossary links: expected a page with one <main>…</main>, found ${start < 0 ? "no <main>" : "no </main> after <main>"}`);
  }
  return pageHtml.slice(0, start) + linkGlossaryTerms(pageHtml.slice(start, end), glossary, options) + pageHtml.slice(end);
}

/** Returns the attribute-safe form of a string (`&`, `<`, `>`, both quotes escaped). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Returns the pattern that finds an entry's term or aliases as whole words. Abbreviations and single words match
 * exactly as written ("CAF" is not "caf", "Channel" is not "channel"); a phrase starting with an ordinary word
 * ("Private fostering") also matches with its first letter in the other case, as at the start of a sentence.
 */
export function termPattern(entry: GlossaryEntry): RegExp {
  const keys = [entry.term, ...(entry.aliases ?? [])].sort((a, b) => b.length - a.length);
  const alternatives = keys.map((key) => {
    const isPhrase = /\s/.test(key.trim()) && /^([a-z]|[A-Z][a-z])/.test(key);
    const first = key[0]!;
    const head = isPhrase ? `[${first.toUpperCase()}${first.toLowerCase()}]` : escapeRegExp(first);
    return head + escapeRegExp(key.slice(1)).replace(/\s+/g, "\\s+");
  });
  return new RegExp(`(?<![${WORD_CHARACTER}])(?:${alternatives.join("|")})(?![${WORD_CHARACTER}])`, "g");
}

interface HtmlToken {
  kind: "tag" | "text" | "other";
  raw: string;
  name?: string;
  closing?: boolean;
  selfClosing?: boolean;
}

// A tag whose attribute values may hold `>` inside quotes.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^"'>]|"[^"]*"|'[^']*')*)>/y;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
const DECLARATION = /<[!?][^>]*>/y;

/** Splits HTML into tags, text, and comments or declarations; raw-text elements' content counts as one tag token. */
function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let position = 0;
  let textStart = 0;
  const flushText = function* (): Generator<HtmlToken> {
    if (position > textStart) yield { kind: "text", raw: html.slice(textStart, position) };
  };
  while (position < html.length) {
    if (html[position] !== "<") {
      position = html.indexOf("<", position + 1);
      if (position < 0) position = html.length;
      continue;
    }
    COMMENT.lastIndex = DECLARATION.lastIndex = TAG.lastIndex = position;
    const other = COMMENT.exec(html) ?? DECLARATION.exec(html);
    const tag = other ? null : TAG.exec(html);
    if (!other && !tag) {
      position++; // a stray "<" is text
      continue;
    }
    yield* flushText();
    if (other) {
      yield { kind: "other", raw: other[0] };
      position += other[0].length;
    } else if (tag) {
      const name = tag[2]!.toLowerCase();
      const closing = tag[1] === "/";
      const selfClosing = /\/\s*$/.test(tag[3]!);
      let raw = tag[0];
      if (!closing && !selfClosing && RAW_TEXT_ELEMENTS.has(name)) {
        const close = html.toLowerCase().indexOf(`</${name}`, position + raw.length);
        raw = html.slice(position, close < 0 ? html.length : close);
        yield { kind: "other", raw };
        position += raw.length;
        textStart = position;
        continue;
      }
      yield { kind: "tag", raw, name, closing, selfClosing };
      position += raw.length;
    }
    textStart = position;
  }
  yield* flushText();
}

/** Wraps, in one run of HTML text, the first match of each pending entry, removing the entries it links. */
function linkText(rawText: string, pending: { entry: GlossaryEntry; pattern: RegExp }[], glossaryHref: string): string {
  const { text, rawOffsets } = decodeText(rawText);
  const links: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (let from = 0; ; ) {
    let best: { start: number; end: number; index: number } | null = null;
    for (const [index, { pattern }] of pending.entries()) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match && (!best || match.index < best.start || (match.index === best.start && match[0].length > best.end - best.start))) {
        best = { start: match.index, end: match.index + match[0].length, index };
      }
    }
    if (!best) break;
    links.push({ start: best.start, end: best.end, entry: pending[best.index]!.entry });
    pending.splice(best.index, 1);
    from = best.end;
  }
  let output = "";
  let rawPosition = 0;
  for (const { start, end, entry } of links) {
    const rawStart = rawOffsets[start]!;
    const rawEnd = rawOffsets[end]!;
    output += rawText.slice(rawPosition, rawStart);
    output += `<a class="se-term" href="${escapeAttribute(`${glossaryHref}#term-${entry.id}`)}"><abbr title="${escapeAttribute(entry.definition)}">${rawText.slice(rawStart, rawEnd)}</abbr></a>`;
    rawPosition = rawEnd;
  }
  return output + rawText.slice(rawPosition);
}

/** Returns HTML text with its character references decoded (curly apostrophes read as straight), and where each character starts in the HTML. */
function decodeText(rawText: string): { text: string; rawOffsets: number[] } {
  let text = "";
  const rawOffsets: number[] = [];
  const reference = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;
  for (let position = 0; position < rawText.length; ) {
    reference.lastIndex = position;
    const match = rawText[position] === "&" ? reference.exec(rawText) : null;
    const decoded = match ? decodeReference(match[1]!) : rawText[position]!;
    for (let unit = 0; unit < decoded.length; unit++) rawOffsets.push(position);
    text += decoded.replace(/\u2019/g, "'");
    position += match ? match[0].length : 1;
  }
  rawOffsets.push(rawText.length);
  return { text, rawOffsets };
}

function decodeReference(name: string): string {
  if (name.startsWith("#")) {
    const codePoint = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
  }
  // An unknown name stands for a character that is not part of any term.
  return NAMED_ENTITIES[name] ?? "\ufffd";
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
