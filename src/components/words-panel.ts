import { latestWins } from "../lib/filter-state.js";

/** A place on the page for report text that changes with an input: its node, and a way to refill it (the latest call wins). */
export interface WordsPanel<Row> {
  node: HTMLElement;
  update(rows: Promise<Row[]>): Promise<void>;
}

/** Returns an empty panel that `update` fills with `render(rows)`, marking `data-state` loading, ready or error as figures do. */
export function wordsPanel<Row>(render: (rows: Row[]) => Element, { id }: { id: string }): WordsPanel<Row> {
  const node = document.createElement("div");
  node.className = "se-words";
  node.id = id;
  node.dataset.words = id;
  const beginUpdate = latestWins();
  const update = (rows: Promise<Row[]>): Promise<void> => {
    const isLatest = beginUpdate();
    node.dataset.state = "loading";
    node.setAttribute("aria-busy", "true");
    return rows.then(
      (data) => {
        if (!isLatest()) return;
        node.replaceChildren(render(data));
        node.removeAttribute("aria-busy");
        node.dataset.state = "ready";
      },
      (error: unknown) => {
        if (!isLatest()) return;
        node.replaceChildren(`This text could not be shown: ${error instanceof Error ? error.message : String(error)}`);
        node.removeAttribute("aria-busy");
        node.dataset.state = "error";
        throw error;
      }
    );
  };
  return { node, update };
}
