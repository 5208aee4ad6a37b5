import { describeLineAddress, lineShown, readLineAddress } from "../lib/report-line-address.js";
import { explorerHref } from "../lib/sql-link.js";

/** A line of the report as the reportLines query returns it. */
export interface ReportLine {
  line: number;
  section: string | null;
  subsection: string | null;
  text: string;
}

/** A figure extracted from a report line, as the reportFigures query returns it. */
export interface ReportFigure {
  source_line: number;
  source_quote: string;
  indicator_id: string;
}

/** Returns the report as numbered paragraphs (tab-separated lines as table rows), each with the anchor `L<line>`, extracted figures marked. */
export function reportReader(lines: readonly ReportLine[], figures: readonly ReportFigure[] = []): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-report";
  const byLine = new Map<number, ReportFigure[]>();
  for (const figure of figures) byLine.set(figure.source_line, [...(byLine.get(figure.source_line) ?? []), figure]);
  let table: HTMLTableSectionElement | null = null;
  for (const { line, text } of lines) {
    if (text.includes("\t")) {
      if (!table) {
        const wrapper = document.createElement("div");
        wrapper.className = "se-report__table";
        // A table wider than the screen scrolls; keyboard users need to reach it to scroll it.
        wrapper.tabIndex = 0;
        wrapper.setAttribute("role", "region");
        wrapper.setAttribute("aria-label", `Table at report line ${line}`);
        const element = document.createElement("table");
        table = element.createTBody();
        wrapper.append(element);
        container.append(wrapper);
      }
      const row = table.insertRow();
      row.id = `L${line}`;
      const number = document.createElement("th");
      number.scope = "row";
      number.className = "se-report__number";
      number.textContent = String(line);
      row.append(number);
      for (const cell of text.split("\t")) row.insertCell().textContent = cell.trim();
      continue;
    }
    table = null;
    const paragraph = document.createElement("p");
    paragraph.id = `L${line}`;
    const number = document.createElement("a");
    number.className = "se-report__number";
    number.href = `#L${line}`;
    number.textContent = String(line);
    number.setAttribute("aria-label", `Line ${line}`);
    const found = byLine.get(line) ?? [];
    paragraph.append(number, " ", ...markedText(text.replace(/\*\*(.*?)\*\*/g, "$1"), found.map((figure) => figure.source_quote)));
    if (found.length) paragraph.append(" ", figuresLink(line, found));
    container.append(paragraph);
  }
  // The lines arrive after the page has loaded, so the browser cannot jump to #L… by itself; nor to a blank line,
  // which has no element: the next line with text is shown instead.
  const lineNumbers = lines.map((row) => row.line);
  const goToAddress = () => {
    const shown = lineShown(readLineAddress(location.hash, lineNumbers));
    if (shown !== null) container.querySelector(`#L${shown}`)?.scrollIntoView();
  };
  requestAnimationFrame(goToAddress);
  addEventListener("hashchange", goToAddress);
  return container;
}

/**
 * Returns a status line that says, whenever the URL's `#L…` address is not a line of the report (`#L99999`, `#L0`,
 * `#Lfoo`), what is wrong and how many lines the report has, with a link to its start; for a blank line, which line is
 * shown instead; empty otherwise. Put it near the top of the page: the browser stays there when the address finds no line.
 */
export function reportLineNotice(lines: readonly ReportLine[]): HTMLElement {
  const notice = document.createElement("div");
  notice.className = "se-report-notice";
  notice.setAttribute("role", "status");
  const lineNumbers = lines.map((row) => row.line);
  const update = () => {
    const address = readLineAddress(location.hash, lineNumbers);
    const message = describeLineAddress(address, lineNumbers);
    if (message === null) return notice.replaceChildren();
    // Text only: the address typed into the URL is repeated as text, never as markup.
    notice.replaceChildren(message);
    if (address.kind === "blank") return;
    const start = document.createElement("a");
    start.href = `#L${lineNumbers[0]}`;
    start.textContent = "Go to the start of the report";
    notice.append(" ", start, ".");
  };
  // Filled once it is on the page, so that screen readers announce it as a status.
  requestAnimationFrame(update);
  addEventListener("hashchange", update);
  return notice;
}

/** Returns the text as nodes with every quoted passage wrapped in <mark> (overlapping quotes merge). */
export function markedText(text: string, quotes: readonly string[]): Node[] {
  const ranges = quotes
    .map((quote) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const)
    .filter(([start]) => start >= 0)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const nodes: Node[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    nodes.push(document.createTextNode(text.slice(position, start)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    position = end;
  }
  nodes.push(document.createTextNode(text.slice(position)));
  return nodes;
}

function figuresLink(line: number, figures: readonly ReportFigure[]): HTMLAnchorElement {
  const ids = [...new Set(figures.map((figure) => figure.indicator_id))];
  const anchor = document.createElement("a");
  anchor.className = "se-report__figures";
  anchor.href = explorerHref(`SELECT indicator_id, label, category, series, period, value, unit, source_quote\nFROM indicators\nWHERE source_line = ${line}\nORDER BY indicator_id, series, period`);
  anchor.textContent = `${figures.length} ${figures.length === 1 ? "figure" : "figures"} extracted (${ids.join(", ")})`;
  return anchor;
}
