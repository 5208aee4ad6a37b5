// The Markdown a text cell may hold, read into a small tree that the page turns into DOM nodes with textContent: raw
// HTML is never interpreted (`<b>` stays the four characters), and a link keeps only an address on this site.
// Supported: # headings (1–3), paragraphs, - or * lists, ``` code blocks, **strong**, *em*, `code`, [text](./page)
// and {{name.column}}, which inserts the first row's value of a named result.

/** A piece of a line of text. */
export type Inline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "strong" | "em"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] }
  | { kind: "value"; name: string; column: string };

/** A block of a text cell. */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; children: Inline[] }
  | { kind: "paragraph"; children: Inline[] }
  | { kind: "list"; items: Inline[][] }
  | { kind: "code"; text: string };

/** Returns the blocks of a text cell's Markdown. */
export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replaceAll("\r\n", "\n").split("\n");
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", children: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (line.startsWith("```")) {
      endParagraph();
      const code: string[] = [];
      while (++at < lines.length && !lines[at]!.startsWith("```")) code.push(lines[at]!);
      blocks.push({ kind: "code", text: code.join("\n") });
    } else if (heading) {
      endParagraph();
      blocks.push({ kind: "heading", level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]!.trim()) });
    } else if (item) {
      endParagraph();
      const last = blocks[blocks.length - 1];
      const items = last?.kind === "list" && lines[at - 1]?.trim() !== "" ? last.items : (blocks.push({ kind: "list", items: [] }), (blocks[blocks.length - 1] as { items: Inline[][] }).items);
      items.push(parseInline(item[1]!));
    } else if (line.trim() === "") endParagraph();
    else paragraph.push(line.trim());
  }
  endParagraph();
  return blocks;
}

/** Returns the `{{name.column}}` references of a text cell, names lower-cased. */
export function findValueReferences(markdown: string): { name: string; column: string }[] {
  return [...markdown.matchAll(VALUE)].map((match) => ({ name: match[1]!.toLowerCase(), column: match[2]! }));
}

const VALUE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Returns the pieces of one line: code spans first (nothing inside them is read), then values, links and emphasis. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*|\b_(.+?)_\b/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ kind: "text", text: text.slice(last, match.index) });
    if (match[1] !== undefined) out.push({ kind: "code", text: match[1] });
    else if (match[2] !== undefined) out.push({ kind: "value", name: match[2].toLowerCase(), column: match[3]! });
    else if (match[4] !== undefined) {
      const href = safeHref(match[5]!);
      if (href) out.push({ kind: "link", href, children: parseInline(match[4]) });
      else out.push({ kind: "text", text: match[0] });
    } else if (match[6] !== undefined) out.push({ kind: "strong", children: parseInline(match[6]) });
    else out.push({ kind: "em", children: parseInline(match[7] ?? match[8]!) });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** Returns the address if it stays on this site (`./page`, `/page`, `#part`), else null: a notebook links nowhere else. */
export function safeHref(href: string): string | null {
  return /^(\.{0,2}\/(?!\/)|#)[A-Za-z0-9._~\/#?=&%+-]*$/.test(href) ? href : null;
}
