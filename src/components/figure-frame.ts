import { dataTable, type TableColumn } from "./data-table.js";

/** What a figure shows: its takeaway title, data promise, summary, table twin and chart. */
export interface FigureOptions<Row> {
  id: string;
  title: string;
  subtitle: string;
  source: { label: string; href?: string };
  rows: Promise<Row[]>;
  columns: readonly TableColumn<Row>[];
  summarize: (rows: Row[]) => string;
  draw: (rows: Row[], options: { width: number; ariaLabel: string; ariaDescription: string }) => Element;
  headingLevel?: 2 | 3;
}

/** A figure on the page and the promise that settles once its chart is drawn (or has failed). */
export interface Figure {
  node: HTMLElement;
  drawn: Promise<void>;
}

/** Returns a figure laid out at once with a loading placeholder, filled in when its rows arrive. */
export function figureFrame<Row>(options: FigureOptions<Row>): Figure {
  const { id, title, subtitle, source, rows, columns, summarize, draw, headingLevel = 2 } = options;
  const node = document.createElement("figure");
  node.className = "se-figure";
  node.id = id;
  node.dataset.figure = id;
  node.dataset.state = "loading";
  node.setAttribute("aria-busy", "true");

  const heading = document.createElement(`h${headingLevel}`);
  heading.id = `${id}-title`;
  heading.textContent = title;
  const subtitleNode = paragraph("se-figure__subtitle", subtitle);
  const summary = paragraph("se-figure__summary", "Loading the data…");
  summary.id = `${id}-summary`;
  const chart = document.createElement("div");
  chart.className = "se-figure__chart se-figure__chart--loading";
  const twin = document.createElement("details");
  twin.className = "se-figure__table";
  const twinLabel = document.createElement("summary");
  twinLabel.textContent = "Show table";
  twin.append(twinLabel);
  const caption = document.createElement("figcaption");
  caption.append("Source: ", sourceLink(source));
  node.setAttribute("aria-labelledby", heading.id);
  node.append(heading, subtitleNode, summary, chart, twin, caption);

  const drawn = rows.then(
    (data) => {
      const text = summarize(data);
      summary.textContent = text;
      const render = (width: number) => chart.replaceChildren(draw(data, { width, ariaLabel: title, ariaDescription: text }));
      render(chartWidth(chart));
      let lastWidth = chartWidth(chart);
      new ResizeObserver(() => {
        const width = chartWidth(chart);
        if (width !== lastWidth) render((lastWidth = width));
      }).observe(chart);
      chart.classList.remove("se-figure__chart--loading");
      twin.append(dataTable(data, columns, { caption: title }));
      node.dataset.state = "ready";
      node.removeAttribute("aria-busy");
    },
    (error: unknown) => {
      summary.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      chart.classList.remove("se-figure__chart--loading");
      node.dataset.state = "error";
      node.removeAttribute("aria-busy");
      throw error;
    }
  );
  return { node, drawn };
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

function sourceLink({ label, href }: { label: string; href?: string }): Node {
  if (!href) return document.createTextNode(label);
  const link = document.createElement("a");
  link.href = href;
  link.textContent = label;
  return link;
}

function chartWidth(element: HTMLElement): number {
  return Math.max(280, Math.floor(element.getBoundingClientRect().width || 640));
}
