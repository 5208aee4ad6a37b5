// Puts what each cell displayed at build time into the page's HTML, where Framework's client finds it as the cell's
// loading indicator (`<observablehq-loading>` just before the cell's root comment) and removes it when the live cell
// first displays. Until then the reader sees the page as the build drew it.

/**
 * The inline script each prerendered page gets in its head: with a query string, or an explorer query or a notebook in the hash, the
 * view may differ from the build's, so the prerendered cells are hidden (style.css).
 */
export const URL_PARAMS_GUARD = '<script>if (location.search || /^#(sqlz?|notebook)=/.test(location.hash)) document.documentElement.classList.add("se-url-params");</script>';

/** Returns `html` with each cell's prerendered HTML before its root comment, and the URL-parameters guard after the title. */
export function injectPrerenderedCells(html: string, cells: Readonly<Record<string, string>>, page: string): string {
  if (html.includes("data-prerendered")) throw new Error(`prerender ${page}: expected a page not yet prerendered, found prerendered cells`);
  let injected = html;
  for (const [id, cellHtml] of Object.entries(cells)) {
    const root = `<!--:${id}:-->`;
    const found = injected.split(root).length - 1;
    if (found !== 1) throw new Error(`prerender ${page}: expected one root comment ${root} for cell ${id}, found ${found}`);
    injected = injected.replace(root, () => `<observablehq-loading data-prerendered>${cellHtml}</observablehq-loading>${root}`);
  }
  // Right after the title, before any stylesheet: an inline script after a stylesheet would stop the parser until the
  // stylesheet has loaded.
  if (!/<\/title>/.test(injected)) throw new Error(`prerender ${page}: expected a </title> to put the URL-parameters guard after, found none`);
  return injected.replace("</title>", () => `</title>\n${URL_PARAMS_GUARD}`);
}
