// A text cell's blocks as DOM nodes, built with createElement and textContent: nothing is parsed as HTML.
import type { Block, Inline } from "./markdown.js";

/** Returns the nodes of a text cell's blocks (headings start at h3: the page is h1 and each cell h2). */
export function markdownNodes(blocks: readonly Block[]): Node[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case "heading":
        return element(`h${block.level + 2}`, block.children);
      case "paragraph":
        return element("p", block.children);
      case "list": {
        const list = document.createElement("ul");
        for (const item of block.items) list.append(element("li", item));
        return list;
      }
      case "code": {
        const pre = document.createElement("pre");
        pre.textContent = block.text;
        return pre;
      }
    }
  });
}

function element(tag: string, children: readonly Inline[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children.map(inlineNode));
  return node;
}

function inlineNode(inline: Inline): Node {
  switch (inline.kind) {
    case "text":
      return document.createTextNode(inline.text);
    case "code": {
      const code = document.createElement("code");
      code.textContent = inline.text;
      return code;
    }
    case "strong":
    case "em":
      return element(inline.kind, inline.children);
    case "link": {
      const link = element("a", inline.children) as HTMLAnchorElement;
      link.href = inline.href;
      return link;
    }
    case "value":
      return document.createTextNode(`{{${inline.name}.${inline.column}}}`);
  }
}
