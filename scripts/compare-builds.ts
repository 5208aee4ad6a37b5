// Builds the site twice from an empty Framework cache (`npm run build:release`) and lists every file that differs,
// to show that the same sources always give the same Parquet files and pages. Slow (two clean builds): not in npm test.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "./postbuild.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** How two build folders differ: files only one has, and files both have with different contents. */
export interface BuildDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: { path: string; firstDifferingLine?: number }[];
}

// Framework's default footer says when the site was built; this site sets its own footer, so this should never match.
const FRAMEWORK_BUILD_DATE = /(Built with <a href="https:\/\/observablehq\.com\/"[^>]*>Observable<\/a> on <a title=")[^"]*(">)[^<]*(<\/a>)/g;
const TEXT_EXTENSIONS = new Set([".html", ".js", ".css", ".json", ".csv", ".txt", ".md", ""]);

/** Returns a page with Framework's build date, if it has one, replaced by a fixed placeholder; nothing else changes. */
export function normaliseBuildDate(html: string): string {
  return html.replace(FRAMEWORK_BUILD_DATE, "$1(build date)$2(build date)$3");
}

/** Compares two folders file by file (pages with their build date normalised, every other file byte for byte). */
export function compareBuildFolders(first: string, second: string): BuildDifference {
  const filesOf = (folder: string) => new Set(listFiles(folder).map((path) => relative(folder, path).replaceAll("\\", "/")));
  const firstFiles = filesOf(first);
  const secondFiles = filesOf(second);
  const difference: BuildDifference = {
    onlyInFirst: [...firstFiles].filter((path) => !secondFiles.has(path)).sort(),
    onlyInSecond: [...secondFiles].filter((path) => !firstFiles.has(path)).sort(),
    differing: []
  };
  for (const path of [...firstFiles].filter((path) => secondFiles.has(path)).sort()) {
    const a = readFileSync(join(first, path));
    const b = readFileSync(join(second, path));
    if (extname(path) === ".html" ? normaliseBuildDate(a.toString("utf-8")) === normaliseBuildDate(b.toString("utf-8")) : a.equals(b)) continue;
    difference.differing.push(TEXT_EXTENSIONS.has(extname(path)) ? { path, firstDifferingLine: firstDifferingLine(a.toString("utf-8"), b.toString("utf-8")) } : { path });
  }
  return difference;
}

/** Returns a report of a comparison: one line per differing file, or a line saying the builds are identical. */
export function formatBuildDifference(difference: BuildDifference, fileCount: number): string {
  const lines = [
    ...difference.onlyInFirst.map((path) => `only in the first build: ${path}`),
    ...difference.onlyInSecond.map((path) => `only in the second build: ${path}`),
    ...difference.differing.map(({ path, firstDifferingLine }) => `differs: ${path}${firstDifferingLine ? ` (from line ${firstDifferingLine})` : ""}`)
  ];
  return lines.length === 0 ? `identical: all ${fileCount} files of the two builds match` : lines.join("\n");
}

function firstDifferingLine(a: string, b: string): number {
  const linesA = a.split("\n");
  const linesB = b.split("\n");
  const index = linesA.findIndex((line, i) => line !== linesB[i]);
  return (index < 0 ? linesA.length : index) + 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(ROOT, "tmp", "compare-builds");
  rmSync(out, { recursive: true, force: true });
  for (const label of ["first", "second"]) {
    const started = performance.now();
    execFileSync("npm", ["run", "build:release"], { cwd: ROOT, stdio: "inherit" });
    console.log(`compare-builds: ${label} clean build took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    cpSync(join(ROOT, "dist"), join(out, label), { recursive: true });
  }
  if (!existsSync(join(out, "second", "index.html"))) throw new Error(`compare-builds: expected a built site in ${out}/second, found none`);
  const difference = compareBuildFolders(join(out, "first"), join(out, "second"));
  console.log(formatBuildDifference(difference, listFiles(join(out, "first")).length));
  console.log(`compare-builds: both builds kept in ${relative(ROOT, out)}/`);
  const differs = difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length > 0;
  process.exitCode = differs ? 1 : 0;
}
