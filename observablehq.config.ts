// Observable Framework configuration: a plain object. Nothing here may point off the site's own origin.
export default {
  title: "Safeguarding Explorer",
  root: "src",
  output: "dist",
  pages: [
    { name: "Overview", path: "/" },
    { name: "Early help", path: "/early-help" },
    { name: "Domestic abuse (MARAC)", path: "/domestic-abuse" },
    { name: "Children's social care", path: "/childrens-social-care" },
    { name: "Young people", path: "/young-people" },
    { name: "Child deaths", path: "/child-deaths" },
    { name: "Allegations and prevention", path: "/allegations-and-prevention" },
    { name: "Workforce and budget", path: "/workforce-and-budget" },
    { name: "Board", path: "/board" },
    { name: "Partners", path: "/partners" },
    { name: "The report", path: "/report" },
    { name: "Data quality", path: "/quality" },
    { name: "Data catalog", path: "/catalog" },
    { name: "SQL explorer", path: "/explorer" },
    { name: "Glossary", path: "/glossary" }
  ],
  // The default list loads a Google font on every page; we use system fonts instead.
  globalStylesheets: [],
  style: "style.css",
  head: '<link rel="icon" href="data:,">',
  footer:
    "Safeguarding Explorer. Source: Luton Safeguarding Children Board, Annual Report 2012/13. Built with Observable Framework.",
  toc: false,
  search: false,
  // The site starts DuckDB-WASM itself (src/lib/duckdb-client.ts): Framework's client crashes with `mvp` disabled.
  // Should a page use Framework's `sql` or DuckDBClient, no extension may be downloaded.
  duckdb: { extensions: { json: null, parquet: null } }
};
