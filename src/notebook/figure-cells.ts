// "Open in notebook" for a figure: its SQL (filter values already written in) as a SQL cell, and its chart as a chart
// cell reading that result, in a `#notebook=` link that needs nothing but the page to open.
import { notebookHash } from "./link.js";
import type { Cell, ChartMark, Notebook } from "./model.js";

/** What a figure hands the notebook: a title, its SQL, and optionally its chart's mark and columns. */
export interface FigureQuery {
  title: string;
  sql: string;
  chart?: { mark: ChartMark; x: string; y: string; color?: string; fx?: string };
}

/** Returns the notebook a figure opens as: a text cell with its title, a SQL cell `figure`, and its chart. */
export function notebookForQuery({ title, sql, chart }: FigureQuery): Notebook {
  const cells: Cell[] = [
    { id: "title", type: "text", markdown: `# ${title.replace(/[\r\n]+/g, " ")}\n\nFrom the site's figure: its SQL, with the filters it was showing.` },
    { id: "figure", type: "sql", name: "figure", sql }
  ];
  if (chart) cells.push({ id: "chart", type: "chart", from: "figure", ...chart });
  return { version: 1, title, cells };
}

/** Returns the notebook's address for a figure's query, relative to any page of the site: `./notebook#notebook=…`. */
export function notebookHrefForQuery(query: FigureQuery): string {
  return `./notebook${notebookHash(notebookForQuery(query))}`;
}
