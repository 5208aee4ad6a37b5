const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", pound: "£",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", bull: "•"
};

/** Tags that start a new line of text: paragraphs, lists, list items and line breaks. */
const BLOCK_TAG = /<\/?(?:p|ul|ol|li|div)\b[^>]*>|<br\s*\/?>/gi;
/** Any other tag (`<b>`, `<span …>`); autolinks such as `<http://…>` are kept as their address. */
const INLINE_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/gi;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/gi;
/** The bullet characters the report uses for list items (`•`, and `○` for a nested list). */
const BULLET = /[•○◦▪●]/g;

/** Returns text with HTML character references (`&amp;`, `&#8217;`, `&#x2013;`) replaced by their characters; unknown ones are kept. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Returns the plain text of a cell's markup: tags, bullets and `**bold**` markers removed, entities decoded, each paragraph or list item on its own line. */
export function stripMarkup(text: string): string {
  const plain = breakOrderedLists(text.replace(/\*\*(.+?)\*\*/g, "$1"))
    .replace(AUTOLINK, "$1")
    .replace(BLOCK_TAG, "\n")
    .replace(INLINE_TAG, "")
    .replace(BULLET, "\n");
  return decodeEntities(plain)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Puts each item of an `<ol>` list on its own line: the report prints `<ol …> 1. Plan … 2. Monitor …` without `<li>` tags. */
function breakOrderedLists(text: string): string {
  const parts = text.split(/(<ol\b[^>]*>|<\/ol>)/i);
  let inList = false;
  return parts
    .map((part) => {
      if (/^<ol\b/i.test(part)) inList = true;
      else if (/^<\/ol>$/i.test(part)) inList = false;
      else if (inList) return breakNumberedItems(part);
      return part;
    })
    .join("");
}

function breakNumberedItems(segment: string): string {
  let next = 1;
  // Only the next number in sequence starts an item, so "Key Stage 4. " inside item 2 stays put.
  return segment.replace(/(^|\s)(\d+)\.(?=\s)/g, (match, _space: string, number: string) => {
    if (Number(number) !== next) return match;
    next++;
    return `\n${number}.`;
  });
}
