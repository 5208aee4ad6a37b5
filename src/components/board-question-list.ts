import type { BoardQuestion } from "../lib/board-questions.js";
import { reportLineHref } from "./figure-frame.js";

/** Options of the list of questions: the words naming each cited figure, by its id. */
export interface BoardQuestionListOptions {
  figureNames: Readonly<Record<string, string>>;
}

const KIND_HEADINGS: Readonly<Record<BoardQuestion["kind"], string>> = {
  target: "Targets missed",
  comparison: "Worse than a comparison",
  attendance: "Attendance at board meetings",
  "business-plan": "Business-plan objectives not completed"
};

/** Returns the questions as numbered lists under a heading per kind, each ending with links to its figure and report line. */
export function boardQuestionList(questions: readonly BoardQuestion[], { figureNames }: BoardQuestionListOptions): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-questions";
  if (questions.length === 0) {
    const none = document.createElement("p");
    none.textContent = "The data raises no question of these kinds.";
    container.append(none);
    return container;
  }
  let number = 0;
  for (const kind of Object.keys(KIND_HEADINGS) as BoardQuestion["kind"][]) {
    const asked = questions.filter((question) => question.kind === kind);
    if (asked.length === 0) continue;
    const heading = document.createElement("h3");
    heading.textContent = `${KIND_HEADINGS[kind]} (${asked.length})`;
    const list = document.createElement("ol");
    list.start = number + 1;
    for (const question of asked) {
      number += 1;
      const item = document.createElement("li");
      item.dataset.questionKind = kind;
      const figure = document.createElement("a");
      figure.href = `#${question.figureId}`;
      figure.textContent = `Figure: ${figureNames[question.figureId] ?? question.figureId}`;
      const line = document.createElement("a");
      line.href = reportLineHref(question.line);
      line.textContent = `report line ${question.line}`;
      const cites = document.createElement("span");
      cites.className = "se-questions__cites";
      cites.append(" (", figure, "; ", line, ")");
      item.append(question.text, cites);
      list.append(item);
    }
    container.append(heading, list);
  }
  return container;
}
