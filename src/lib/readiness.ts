// Framework never runs a cell whose input promise rejected, so a page's markPageReady cell can wait forever. Watching
// for the error box Framework draws for a failed cell (`.observablehq--error`) reports that failure on every page.
let cellFailed = false;
if (typeof document !== "undefined") {
  const noteFailure = () => {
    if (cellFailed || !document.querySelector(".observablehq--error")) return;
    cellFailed = true;
    document.documentElement.dataset.ready = "error";
  };
  new MutationObserver(noteFailure).observe(document.documentElement, { childList: true, subtree: true });
  noteFailure();
}

/** Sets `<html data-ready>` to "true" once every figure is drawn, or "error" if any fails or any cell of the page failed. */
export function markPageReady(drawn: readonly Promise<unknown>[]): Promise<void> {
  return Promise.allSettled(drawn).then((results) => {
    const failed = cellFailed || results.some((result) => result.status === "rejected");
    document.documentElement.dataset.ready = failed ? "error" : "true";
  });
}
