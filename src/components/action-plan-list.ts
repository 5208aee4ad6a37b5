import { RAG_FILLS, SECONDARY_FILL } from "../lib/palette.js";
import { reportLineHref } from "./figure-frame.js";

/** A recommendation of the Ofsted action plan as the ofstedActions query returns it. */
export interface ActionPlanRow extends Record<string, unknown> {
  action_no: number;
  theme: string;
  timescale: string;
  recommendation: string;
  rag_rating: string;
  rag_commentary: string | null;
  progress: string;
  source_line: number;
}

/** Options of the action list: the heading level of each theme, and where a report line links to. */
export interface ActionPlanListOptions {
  headingLevel?: 3 | 4;
  lineHref?: (line: number) => string;
}

/** Returns the actions grouped by theme, each with its rating in words (and colour), commentary and progress. */
export function actionPlanList(rows: readonly ActionPlanRow[], { headingLevel = 3, lineHref = reportLineHref }: ActionPlanListOptions = {}): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-actions";
  if (rows.length === 0) {
    container.append(text("p", "", "No actions match this choice."));
    return container;
  }
  let list: HTMLElement | null = null;
  let theme: string | null = null;
  for (const row of rows) {
    if (row.theme !== theme) {
      theme = row.theme;
      container.append(text(`h${headingLevel}`, "se-actions__theme", theme));
      container.append((list = text("ol", "se-actions__list")));
    }
    const item = text("li", "se-action");
    item.append(text("p", "se-action__meta", `Action ${row.action_no} · ${row.timescale}`));
    item.append(text("p", "se-action__recommendation", row.recommendation));
    const rating = text("p", "se-action__rating", "Rating: ");
    const badge = text("span", "se-rag", row.rag_rating);
    badge.style.setProperty("--se-rag-colour", RAG_FILLS[row.rag_rating] ?? SECONDARY_FILL);
    rating.append(badge);
    if (row.rag_commentary) rating.append(` ${row.rag_commentary.replace(/\n/g, " ")}`);
    item.append(rating);
    const details = document.createElement("details");
    details.append(text("summary", "", "Progress reported"));
    const progress = text("ul", "");
    for (const line of row.progress.split("\n").map((part) => part.trim()).filter(Boolean)) progress.append(text("li", "", line));
    details.append(progress);
    const source = document.createElement("a");
    source.className = "se-line-link";
    source.href = lineHref(row.source_line);
    source.textContent = `Report line ${row.source_line}`;
    item.append(details, source);
    list!.append(item);
  }
  return container;
}

function text(tag: string, className: string, content?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}
