// The floor: the least a browser can do to show the MARAC cases chart — one static HTML page, Plot and inline data,
// no Framework, no DuckDB. Every page of the site is measured against it.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { precompressFiles } from "../precompress.js";
import { dirname, join, relative, resolve } from "node:path";

/** One month of the MARAC table as the floor chart draws it (the site's maracCasesByMonth query, computed in Node). */
export interface FloorMonthRow {
  month: string;
  cases: number;
  repeat_cases: number;
  children: number;
}

/** A marac_meetings row as extracted (month is an ISO date; a blank cell is null). */
export interface MaracMeetingInput {
  month: string;
  cases: number | null;
  repeat_cases: number | null;
  children: number | null;
}

/** Returns cases, repeat cases and children summed per month, months in order, as maracCasesByMonth does in SQL. */
export function sumCasesByMonth(meetings: readonly MaracMeetingInput[]): FloorMonthRow[] {
  const months = new Map<string, FloorMonthRow>();
  for (const meeting of meetings) {
    const row = months.get(meeting.month) ?? { month: meeting.month, cases: 0, repeat_cases: 0, children: 0 };
    row.cases += meeting.cases ?? 0;
    row.repeat_cases += meeting.repeat_cases ?? 0;
    row.children += meeting.children ?? 0;
    months.set(meeting.month, row);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Returns the floor page's HTML: the MARAC cases chart (the site's marks) drawn with Plot from rows inlined in the page. */
export function floorHtml(rows: readonly FloorMonthRow[], plotModule = "./plot.js"): string {
  if (rows.length === 0) throw new Error("floorHtml: expected at least one month of MARAC cases, found none");
  // `<` is escaped so no value can close the script element.
  const data = JSON.stringify(rows).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Floor: MARAC cases by month</title>
<style>body { font: 14px system-ui, sans-serif; margin: 1rem auto; max-width: 960px; padding: 0 1rem; }</style>
</head>
<body>
<main>
<h1>MARAC cases by month</h1>
<figure data-figure="marac-cases-by-month" data-state="loading"></figure>
</main>
<script type="module">
import * as Plot from ${JSON.stringify(plotModule)};
const rows = ${data}.map((row) => ({...row, month: new Date(row.month)}));
const figure = document.querySelector("[data-figure]");
const month = new Intl.DateTimeFormat("en-GB", {month: "short", year: "2-digit", timeZone: "UTC"});
figure.append(Plot.plot({
  width: figure.clientWidth || 640,
  height: 340,
  x: {type: "band", label: null, tickFormat: (date) => month.format(date), padding: 0.2},
  y: {label: "Number", grid: true, nice: true},
  marks: [
    Plot.barY(rows, {x: "month", y: "cases", fill: "steelblue"}),
    Plot.barY(rows, {x: "month", y: "repeat_cases", fill: "#888", insetLeft: 8, insetRight: 8}),
    Plot.lineY(rows, {x: "month", y: "children", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "6,3"}),
    Plot.dot(rows, {x: "month", y: "children", fill: "currentColor", r: 4, symbol: "diamond"}),
    Plot.ruleY([0])
  ]
}));
figure.dataset.state = "ready";
document.documentElement.dataset.ready = "true";
</script>
</body>
</html>
`;
}

/** Returns the path of the vendored Plot module (`_esm.js`) in Framework's npm cache, or throws naming what was found. */
export function findVendoredPlot(npmCache: string): string {
  const folder = join(npmCache, "@observablehq");
  const versions = readdirSync(folder).filter((name) => name.startsWith("plot@"));
  if (versions.length !== 1) throw new Error(`floor page: expected one vendored plot@<version> in ${folder}, found ${versions.length ? versions.join(", ") : "none"}`);
  return join(folder, versions[0]!, "_esm.js");
}

/**
 * Returns `module` and every module it imports by a relative path, transitively (Framework's vendored Plot imports the
 * d3 modules other packages share, such as `../../d3-selection@3.0.0/_esm.js`), each once.
 */
export function moduleWithRelativeImports(module: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+)"/g)) visit(resolve(dirname(file), specifier!));
  };
  visit(resolve(module));
  return [...found];
}

/**
 * Writes the floor page (index.html) and a copy of the vendored Plot module with the modules it imports (under
 * `_npm/`, as the vendored tree lays them out) into `dir`, each with the Brotli and gzip copies the site's build gives
 * its own files, so the floor travels compressed as the pages do.
 */
export function writeFloorPage(dir: string, rows: readonly FloorMonthRow[], plotModulePath: string, npmCache: string): void {
  mkdirSync(dir, { recursive: true });
  const copies = moduleWithRelativeImports(plotModulePath).map((module) => {
    const copy = join(dir, "_npm", relative(npmCache, module));
    if (relative(npmCache, module).startsWith("..")) throw new Error(`floor page: expected Plot's imports inside ${npmCache}, found ${module}`);
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(module, copy);
    return copy;
  });
  writeFileSync(join(dir, "index.html"), floorHtml(rows, `./_npm/${relative(npmCache, plotModulePath)}`));
  precompressFiles([...copies, join(dir, "index.html")]);
}
