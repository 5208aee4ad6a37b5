/** A search hit as the reportSearch query returns it. */
export interface SearchHit {
  line: number;
  section: string | null;
  text: string;
}

/** Returns the search results: how many lines match, each with its section, a link to the line and the words marked. */
export function reportSearchResults(term: string, hits: readonly SearchHit[]): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-report-search";
  const count = document.createElement("p");
  count.setAttribute("role", "status");
  count.textContent = term === "" ? "" : `${hits.length} ${hits.length === 1 ? "line matches" : "lines match"} “${term}”.`;
  container.append(count);
  if (term === "" || hits.length === 0) return container;
  const list = document.createElement("ol");
  for (const hit of hits) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#L${hit.line}`;
    link.textContent = `Line ${hit.line}${hit.section ? ` (${hit.section})` : ""}`;
    const excerpt = document.createElement("p");
    excerpt.append(...highlight(hit.text.replace(/\*\*(.*?)\*\*/g, "$1").replaceAll("\t", " | "), term));
    item.append(link, excerpt);
    list.append(item);
  }
  container.append(list);
  return container;
}

/** Returns text nodes with each case-insensitive occurrence of `term` wrapped in <mark>. */
export function highlight(text: string, term: string): Node[] {
  const nodes: Node[] = [];
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  let position = 0;
  for (let found = lower.indexOf(needle); needle && found >= 0; found = lower.indexOf(needle, position)) {
    nodes.push(document.createTextNode(text.slice(position, found)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(found, found + needle.length);
    nodes.push(mark);
    position = found + needle.length;
  }
  nodes.push(document.createTextNode(text.slice(position)));
  return nodes;
}
