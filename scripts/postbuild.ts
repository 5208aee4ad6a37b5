// Fixes what Framework 1.13.4 cannot configure, in every built page, prerenders each page's cells (scripts/prerender.ts)
// and adds each page's Content-Security-Policy.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { addContentSecurityPolicyMeta, formatHeadersFile, inlineScriptHashes } from "./content-security-policy.js";
import { linkGlossaryTermsInPage, readGlossary } from "./glossary-links.js";
import { precompressFiles } from "./precompress.js";
import { prerenderSite, type PrerenderedPage } from "./prerender.js";
import { cacheHeaderRules, formatHeaderRules } from "./static-headers.js";

const DIST = fileURLToPath(new URL("../dist", import.meta.url));

/** The skip link every page starts with, for keyboard and screen-reader users. */
export const SKIP_LINK = '<a class="skip-link" href="#observablehq-main">Skip to content</a>';

/** The accessible names postbuild gives Framework's sidebar toggle, its sidebar and its previous/next links. */
export const SIDEBAR_TOGGLE_LABEL = "Show the list of pages";
export const SIDEBAR_LABEL = "Pages";
export const PAGER_LABEL = "Previous and next page";

/**
 * Keeps the sidebar toggle's aria-pressed true to whether the sidebar shows: checked, or left to the layout
 * (indeterminate) on a window at least as wide as Framework's 640px + 6rem + 272px, where the sidebar is open by default.
 */
export const SIDEBAR_TOGGLE_STATE_SCRIPT =
  '<script>{const t=document.getElementById("observablehq-sidebar-toggle"),w=matchMedia("(min-width: 1008px)"),s=()=>t.setAttribute("aria-pressed",String(t.checked||(t.indeterminate&&w.matches)));s();t.addEventListener("change",s);w.addEventListener("change",s)}</script>';

/** Returns a page with `lang="en-GB"`, a zoomable viewport, a skip link first, and a sidebar list holding only list items. */
export function fixPageHtml(html: string): string {
  const fixed = html
    // Framework puts the sidebar's close <label> inside an <ol>, which may hold only <li> (axe rule "list").
    .replace(/<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$2$1<ol>")
    .replace(/<html(?![^>]*\blang=)([^>]*)>/, '<html lang="en-GB"$1>')
    // Framework preloads every module of the page at high priority, so they arrive and compile on the main thread while
    // the HTML is still parsed, and the prerendered charts are painted later (measured on /pack and /board: the last
    // chart painted ~25% later). At low priority the page paints first; the modules are still fetched at once.
    .replace(/<link rel="modulepreload" href=/g, '<link rel="modulepreload" fetchpriority="low" href=')
    .replace(/<meta name="viewport" content="[^"]*">/, '<meta name="viewport" content="width=device-width, initial-scale=1">')
    .replace(/<body([^>]*)>(?!\s*<a class="skip-link")/, `<body$1>\n${SKIP_LINK}`)
    // Framework's shell names its sidebar toggle only by a title and its two navigation landmarks not at all, and does
    // not mark the current page's link: screen readers announced "navigation" twice and no "current page".
    .replace(/<input id="observablehq-sidebar-toggle" type="checkbox"(?![^>]*aria-label)/, `$& aria-label="${SIDEBAR_TOGGLE_LABEL}" role="button" aria-pressed="false"`)
    // The toggle is a checkbox outside every landmark (axe region): as a toggle button (exempt, and allowed on a checkbox
    // with aria-pressed) it says whether the list of pages is shown; the script keeps aria-pressed true to that.
    .replace(/<\/body>/, (end) => (html.includes(SIDEBAR_TOGGLE_STATE_SCRIPT) ? end : `${SIDEBAR_TOGGLE_STATE_SCRIPT}\n${end}`))
    .replace(/<nav id="observablehq-sidebar">/, `<nav id="observablehq-sidebar" aria-label="${SIDEBAR_LABEL}">`)
    .replace(/<nav>(?=<a rel="(?:prev|next)")/, `<nav aria-label="${PAGER_LABEL}">`)
    .replace(/(<li class="observablehq-link observablehq-link-active"><a)(?! aria-current)/g, '$1 aria-current="page"');
  for (const [test, what] of [
    [/<html lang="en-GB"/, 'lang="en-GB"'],
    [/<meta name="viewport" content="width=device-width, initial-scale=1">/, "a zoomable viewport"],
    [/<a class="skip-link"/, "a skip link"]
  ] as const) {
    if (!test.test(fixed)) throw new Error(`postbuild: expected a page with ${what}, found none after the fix`);
  }
  return fixed;
}

/**
 * Framework's stylesheet for Observable Inputs (4 kB), which only the pages with a filter link: it is written into those
 * pages, since a second render-blocking request delayed their first chart (A/B on /board, /early-help and /partners,
 * 9 interleaved cold loads each: the first chart 15–80 ms sooner).
 */
export const INLINED_STYLESHEET = /^\.\/(?:\.\.\/)*_observablehq\/stdlib\/inputs\.[0-9a-f]{8}\.css$/;

/** Returns the page with each stylesheet whose href matches `pattern` written into a <style> element (`read` gives its text) and its preload removed. */
export function inlineStylesheets(html: string, pattern: RegExp, read: (href: string) => string): string {
  return html
    .replace(/<link rel="preload" as="style" href="([^"]+)">\n?/g, (link, href: string) => (pattern.test(href) ? "" : link))
    .replace(/<link rel="stylesheet" type="text\/css" href="([^"]+)">/g, (link, href: string) => {
      if (!pattern.test(href)) return link;
      const css = read(href);
      if (/<\/style/i.test(css)) throw new Error(`postbuild: expected a stylesheet that can sit in a <style> element, found "</style" in ${href}`);
      return `<style>${css}</style>`;
    });
}

/** Returns every file path under a folder. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = listFiles(DIST);
  const glossary = readGlossary();
  let pages = 0;
  for (const file of files) {
    if (file.endsWith(".html")) {
      const fixed = inlineStylesheets(fixPageHtml(readFileSync(file, "utf-8")), INLINED_STYLESHEET, (href) => readFileSync(join(dirname(file), href), "utf-8"));
      // The glossary page defines the terms; linking them to themselves would only add noise.
      const toGlossary = relative(dirname(file), join(DIST, "glossary")).replaceAll("\\", "/");
      const glossaryHref = toGlossary.startsWith(".") ? toGlossary : `./${toGlossary}`;
      writeFileSync(file, basename(file) === "glossary.html" ? fixed : linkGlossaryTermsInPage(fixed, glossary, { glossaryHref }));
      pages++;
    }
  }
  // The pages are prerendered as they will be served, under their policy; the guard script it adds is hashed after.
  secureEveryPage(files);
  if (process.env.PRERENDER === "off") console.log("postbuild: PRERENDER=off, pages are not prerendered (every chart is drawn in the browser)");
  else {
    // A page takes from one second to many on a busy machine: name each as it is written, so the build is never silent.
    const onPage = ({ path, index, total, ms }: PrerenderedPage) => console.log(`postbuild: prerendered ${path} (${index + 1} of ${total}) in ${(ms / 1000).toFixed(1)} s`);
    const { pages: prerendered, cells } = await prerenderSite(DIST, { onPage });
    console.log(`postbuild: prerendered ${cells} cells of ${prerendered} pages`);
  }
  const hashes = secureEveryPage(files);
  console.log(`postbuild: fixed ${pages} pages; Content-Security-Policy with ${new Set(hashes).size} inline-script hashes`);
  // Last: the pages are final only once their policy is in.
  const compressed = precompressFiles(listFiles(DIST));
  console.log(`postbuild: Brotli and gzip copies of ${compressed.files} files (${formatMegabytes(compressed.bytes)} → ${formatMegabytes(compressed.brotliBytes)} with Brotli)`);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

// Hashes each page's inline scripts into its policy and writes `_headers`; returns every hash. Run last, once no other
// step will change a page. One header policy serves every path, so it allows the union of the pages' hashes; each
// page's <meta> narrows it.
function secureEveryPage(files: readonly string[]): string[] {
  const hashes: string[] = [];
  for (const file of files.filter((path) => path.endsWith(".html"))) {
    const secured = addContentSecurityPolicyMeta(readFileSync(file, "utf-8"));
    hashes.push(...inlineScriptHashes(secured));
    writeFileSync(file, secured);
  }
  const pageFiles = files.filter((path) => path.endsWith(".html")).map((path) => relative(DIST, path).replaceAll("\\", "/"));
  writeFileSync(join(DIST, "_headers"), formatHeadersFile(hashes) + formatHeaderRules(cacheHeaderRules(pageFiles)));
  return hashes;
}
