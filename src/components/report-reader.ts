/** A line of the report as the reportLines query returns it. */
export interface ReportLine {
  line: number;
  section: string | null;
  subsection: string | null;
  text: string;
}

/** Returns the report as numbered paragraphs (tab-separated lines as table rows), each with the anchor `L<line>`. */
export function reportReader(lines: readonly ReportLine[]): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-report";
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
    paragraph.append(number, " ", text.replace(/\*\*(.*?)\*\*/g, "$1"));
    container.append(paragraph);
  }
  // The lines arrive after the page has loaded, so the browser cannot jump to #L… by itself.
  requestAnimationFrame(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  });
  return container;
}
