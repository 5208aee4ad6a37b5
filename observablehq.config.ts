// Observable Framework configuration: a plain object. Nothing here may point off the site's own origin.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { NAVIGATION } from "./src/figures/pages.js";

// The data's version is the SHA-256 of the report text every table is read from (data-loaders/sources/), computed from
// the file when the site is built, so the footer cannot name another version than the one the tables came from.
const REPORT_SHA256 = createHash("sha256")
  .update(readFileSync(new URL("./data-loaders/sources/luton-lscb-annual-report-2012-13.txt", import.meta.url)))
  .digest("hex");

// Every page's footer: the report (its own title page: board, title, web address; it prints no publication date), the
// data's version, the accessibility statement and how to report a problem.
const FOOTER = [
  `<p>Source: Luton Safeguarding Children Board, <cite>2012/2013 Annual Report on the effectiveness of Safeguarding in Luton</cite>, covering April 2012 to March 2013 (published by the board at www.lutonlscb.org; the report gives no publication date). Every figure links to the report line it was read from.</p>`,
  `<p>Data version: every table is read from the report text whose SHA-256 is <code class="se-footer__sha">${REPORT_SHA256}</code> (the text is in the <a href="./catalog">data catalog</a>'s zip).</p>`,
  `<p><a href="./accessibility">Accessibility statement</a> · <a href="./accessibility#report-a-problem">Report a problem with this site</a> · Built with Observable Framework.</p>`
].join("");

export default {
  title: "Safeguarding Explorer",
  root: "src",
  output: "dist",
  // The navigation, in order: src/figures/pages.ts reads each page's place from its own front matter.
  pages: NAVIGATION,
  // The default list loads a Google font on every page; we use system fonts instead.
  globalStylesheets: [],
  style: "style.css",
  head: '<link rel="icon" href="data:,">',
  footer: FOOTER,
  toc: false,
  search: false,
  // The site starts DuckDB-WASM itself (src/lib/duckdb-client.ts): Framework's client crashes with `mvp` disabled.
  // Should a page use Framework's `sql` or DuckDBClient, no extension may be downloaded.
  duckdb: { extensions: { json: null, parquet: null } }
};
