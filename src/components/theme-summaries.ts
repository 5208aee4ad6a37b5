import { themeLookup, type ThemeFigureRow, type ThemeSummary } from "../lib/summaries-overview.js";
import { reportLineHref } from "./figure-frame.js";

/** Options of the list of themed pages. */
export interface ThemeSummariesOptions {
  routeHref?: (route: string) => string;
  lineHref?: (line: number) => string;
}

/** Returns one short section per theme: its page as a linked heading, a summary written from its figures, and its first report line. */
export function themeSummaries(rows: readonly ThemeFigureRow[], themes: readonly ThemeSummary[], { routeHref = (route: string) => `./${route}`, lineHref = reportLineHref }: ThemeSummariesOptions = {}): HTMLElement {
  const list = document.createElement("div");
  list.className = "grid grid-cols-2 se-themes";
  for (const theme of themes) {
    const section = document.createElement("section");
    section.className = "se-theme card";
    section.dataset.theme = theme.route;
    const heading = document.createElement("h3");
    const link = document.createElement("a");
    link.href = routeHref(theme.route);
    link.textContent = theme.title;
    heading.append(link);
    const summary = document.createElement("p");
    summary.className = "se-theme__summary";
    summary.textContent = theme.summarize(themeLookup(rows, theme.route));
    section.append(heading, summary);
    const lines = rows.filter((row) => row.route === theme.route && row.source_line !== null).map((row) => row.source_line as number);
    if (lines.length) {
      const source = document.createElement("a");
      source.className = "se-line-link";
      source.href = lineHref(Math.min(...lines));
      source.textContent = `From report line ${Math.min(...lines)}`;
      section.append(source);
    }
    list.append(section);
  }
  return list;
}
