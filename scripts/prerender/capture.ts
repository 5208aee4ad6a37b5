// Code the prerender runs inside each built page, kept as a plain JavaScript string (tsx would otherwise wrap named
// functions in a `__name` helper that does not exist in the page).

/** The width and height of the window pages are prerendered in (and, so its charts are reused, the bench loads them in). */
export const PRERENDER_VIEWPORT = { width: 1280, height: 720 } as const;

/**
 * An init script: when the page sets `<html data-ready>`, records at once (before anything runs after the ready marker)
 * `window.__prerender = {ready, cells}`, where cells maps each Framework cell id to the HTML the cell displayed, with
 * Framework's loading indicators left out, every form control disabled (it does nothing until the page is live) and
 * links to the build's own server made relative.
 */
export const CAPTURE_CELLS_WHEN_READY = `(() => {
  const relativeToPage = (path) => {
    const depth = location.pathname.split("/").length - 2;
    return (depth > 0 ? "../".repeat(depth) : "./") + path.slice(1);
  };
  const capture = () => {
    const cells = {};
    const comments = document.createNodeIterator(document.body, NodeFilter.SHOW_COMMENT);
    for (let root = comments.nextNode(); root; root = comments.nextNode()) {
      const match = /^:([0-9a-f]{8}(?:-\\d+)?):$/.exec(root.data);
      if (!match) continue;
      const box = document.createElement("div");
      for (let node = root.parentNode.firstChild; node && node !== root; node = node.nextSibling) box.append(node.cloneNode(true));
      for (const loading of box.querySelectorAll("observablehq-loading")) loading.remove();
      for (const control of box.querySelectorAll("button, input, select, textarea")) control.setAttribute("disabled", "");
      // A link a cell made absolute (a FileAttachment's href) would point at the build's own server: make it relative.
      for (const linked of box.querySelectorAll("[href], [src]")) {
        for (const name of ["href", "src"]) {
          const value = linked.getAttribute(name);
          if (value && value.startsWith(location.origin + "/")) linked.setAttribute(name, relativeToPage(value.slice(location.origin.length)));
        }
      }
      if (box.childNodes.length) cells[match[1]] = box.innerHTML;
    }
    return cells;
  };
  const observer = new MutationObserver(() => {
    const ready = document.documentElement.dataset.ready;
    if (ready === undefined) return;
    observer.disconnect();
    window.__prerender = { ready, cells: ready === "true" ? capture() : {} };
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
})();`;
