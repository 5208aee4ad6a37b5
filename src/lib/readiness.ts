// Framework never runs a cell whose input promise rejected, so a page's markPageReady cell can wait forever. Watching
// for the error box Framework draws for a failed cell (`.observablehq--error`) reports that failure on every page.
let cellFailed = false;
if (typeof document !== "undefined") {
  const isErrorBox = (node: Node) => node instanceof Element && (node.matches(".observablehq--error") || node.querySelector(".observablehq--error") !== null);
  const noteFailure = (found: boolean) => {
    if (cellFailed || !found) return;
    cellFailed = true;
    document.documentElement.dataset.ready = "error";
  };
  // Only the added nodes are looked at: the prerendered pages are large, and are built node by node as they parse.
  new MutationObserver((records) => noteFailure(records.some((record) => [...record.addedNodes].some(isErrorBox)))).observe(document.documentElement, { childList: true, subtree: true });
  noteFailure(document.querySelector(".observablehq--error") !== null);
}

/** Sets `<html data-ready>` to "true" once every figure is drawn, or "error" if any fails or any cell of the page failed. */
export function markPageReady(drawn: readonly Promise<unknown>[]): Promise<void> {
  return Promise.allSettled(drawn).then((results) => {
    const failed = cellFailed || results.some((result) => result.status === "rejected");
    document.documentElement.dataset.ready = failed ? "error" : "true";
  });
}

/** Calls `callback` once `<html data-ready>` is set (at once if it already is). */
export function whenPageReady(callback: () => void): void {
  const root = document.documentElement;
  if (root.dataset.ready) return callback();
  const observer = new MutationObserver(() => {
    if (!root.dataset.ready) return;
    observer.disconnect();
    callback();
  });
  observer.observe(root, { attributes: true, attributeFilter: ["data-ready"] });
}
