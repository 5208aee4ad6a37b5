// Runs every data loader in src/data into Framework's cache before `observable build`, as Framework would, then dates
// each output to one fixed instant. Framework writes a file's modification time into the pages (`lastModified`) and into
// the hashed names of the modules that use it, so outputs dated by the clock would make every build differ.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The modification time every loader output gets: the date the zip of every table gives its entries (1 June 2013). */
export const DATA_FILE_DATE = new Date(Date.UTC(2013, 5, 1));

/** How often the command says how far the loaders have got. */
const PROGRESS_INTERVAL_MS = 15_000;

/** The interpreter Framework runs each kind of loader with; this site's loaders are all TypeScript. */
export const LOADER_COMMANDS: Record<string, string> = { ".ts": "tsx", ".js": "node" };

/** One data loader: its path under the source root, the path of the file it writes, and its route parameters. */
export interface DataLoader {
  loader: string;
  output: string;
  args?: string[];
}

/**
 * Returns the runs of a parameterised loader (`data/query-results/[page].json.ts`): one per value, each with the output
 * path and the `--name=value` argument Framework would give it.
 */
export function expandParameterisedLoader(loader: string, values: readonly string[]): DataLoader[] {
  const match = /^(.*\/)\[(\w+)\](\.[A-Za-z0-9]+)\.(ts|js)$/.exec(loader);
  if (!match) throw new Error(`data loaders: expected a loader named <folder>/[param].<ext>.ts, found ${loader}`);
  const [, folder, name, extension] = match as unknown as [string, string, string, string];
  return values.map((value) => ({ loader, output: `${folder}${value}${extension}`, args: [`--${name}=${value}`] }));
}

/** Returns the loaders in a folder of the source root (`data/marac_meetings.parquet.ts` writes `data/marac_meetings.parquet`). */
export function findDataLoaders(sourceRoot: string, folder = "data"): DataLoader[] {
  return readdirSync(join(sourceRoot, folder))
    .filter((name) => statSync(join(sourceRoot, folder, name)).isFile())
    .sort()
    .map((name) => {
      const extension = Object.keys(LOADER_COMMANDS).find((candidate) => name.endsWith(candidate));
      const output = extension ? name.slice(0, -extension.length) : "";
      if (!extension || !/\.[A-Za-z0-9]+$/.test(output)) {
        throw new Error(`data loaders: expected only loaders named <file>.<ext>${Object.keys(LOADER_COMMANDS).join(" or <file>.<ext>")} in src/${folder}, found ${name}`);
      }
      return { loader: `${folder}/${name}`, output: `${folder}/${output}` };
    });
}

/** Runs one loader with its stdout written to `outputPath` (through a temporary file, so a failure leaves no output). */
export function runDataLoader(sourceRoot: string, { loader, args }: DataLoader, outputPath: string): Promise<void> {
  const extension = Object.keys(LOADER_COMMANDS).find((candidate) => loader.endsWith(candidate))!;
  const command = LOADER_COMMANDS[extension] === "tsx" ? join(ROOT, "node_modules", ".bin", "tsx") : process.execPath;
  const temporary = `${outputPath}.${process.pid}`;
  mkdirSync(join(outputPath, ".."), { recursive: true });
  const fd = openSync(temporary, "w");
  const child = spawn(command, [join(sourceRoot, loader), ...(args ?? [])], { stdio: ["ignore", fd, "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      closeSync(fd);
      if (code === 0) {
        renameSync(temporary, outputPath);
        resolve();
      } else {
        rmSync(temporary, { force: true });
        reject(new Error(`data loaders: expected src/${loader} to exit with 0, found ${code}${stderr ? `:\n${stderr.trim()}` : ""}`));
      }
    });
  });
}

/** How far the loaders have got: outputs written, of how many, and the loaders running now. */
export interface DataLoaderProgress {
  written: number;
  total: number;
  running: readonly DataLoader[];
}

/**
 * Runs every loader (as many at once as there are cores), dates each output `DATA_FILE_DATE`, and returns the loaders;
 * `onProgress` hears each start and each output written.
 */
export async function runDataLoaders(
  sourceRoot: string,
  cacheRoot: string,
  {
    date = DATA_FILE_DATE,
    parallel = availableParallelism(),
    parameterised = [] as DataLoader[],
    onProgress = (_progress: DataLoaderProgress): void => {}
  } = {}
): Promise<DataLoader[]> {
  const loaders = [...findDataLoaders(sourceRoot), ...parameterised];
  const pending = [...loaders];
  const running = new Set<DataLoader>();
  let written = 0;
  const report = () => onProgress({ written, total: loaders.length, running: [...running] });
  const worker = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) {
      const outputPath = join(cacheRoot, next.output);
      running.add(next);
      report();
      await runDataLoader(sourceRoot, next, outputPath);
      utimesSync(outputPath, date, date);
      running.delete(next);
      written++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return loaders;
}

/** Returns a progress line: `data loaders: 20 of 48 files written in 15 s; running data/indicators.parquet, …`. */
export function formatDataLoaderProgress({ written, total, running }: DataLoaderProgress, seconds: number): string {
  const names = running.map(({ output }) => output);
  return `data loaders: ${written} of ${total} files written in ${Math.round(seconds)} s${names.length ? `; running ${names.join(", ")}` : ""}`;
}

/**
 * Dates every file the site attaches as it is (a `FileAttachment("…")` of a file in src/ that no loader writes, such as
 * the glossary's CSV or DuckDB's worker wrapper) DATA_FILE_DATE, as the loaders' outputs are: Framework writes each
 * attachment's modification time into the pages, and a checkout's time would make two clones build differently.
 * Returns the files dated, relative to `sourceRoot`.
 */
export function dateStaticAttachments(sourceRoot: string, date = DATA_FILE_DATE): string[] {
  const sources = readdirSync(sourceRoot, { recursive: true, encoding: "utf-8" }).filter((path) => /\.(md|ts|js)$/.test(path) && !path.startsWith(".observablehq"));
  const dated = new Set<string>();
  for (const source of sources) {
    for (const [, target] of readFileSync(join(sourceRoot, source), "utf-8").matchAll(/FileAttachment\("([^"]+)"\)/g)) {
      const file = join(sourceRoot, dirname(source), target!);
      const path = relative(sourceRoot, file);
      if (path.startsWith("..") || path.startsWith(`data${sep}`) || !existsSync(file)) continue;
      utimesSync(file, date, date);
      dated.add(path.replaceAll(sep, "/"));
    }
  }
  return [...dated].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sourceRoot = join(ROOT, "src");
  dateStaticAttachments(sourceRoot);
  const cacheRoot = join(sourceRoot, ".observablehq", "cache");
  // Loaders read the data-loaders/ library, whose changes Framework does not see: always run them afresh.
  rmSync(join(cacheRoot, "data"), { recursive: true, force: true });
  const started = performance.now();
  // The per-page query results: one run of the [page] loader per page whose defaults ship with the site.
  const { SHIPPED_PAGES } = await import("../src/lib/queries/page-results.js");
  const parameterised = expandParameterisedLoader("data/query-results/[page].json.ts", SHIPPED_PAGES);
  // The loaders take from 20 s to well over a minute on a busy machine: say how far they are every PROGRESS_INTERVAL_MS.
  let progress: DataLoaderProgress = { written: 0, total: 0, running: [] };
  const timer = setInterval(() => console.log(formatDataLoaderProgress(progress, (performance.now() - started) / 1000)), PROGRESS_INTERVAL_MS);
  const loaders = await runDataLoaders(sourceRoot, cacheRoot, { parameterised, onProgress: (now) => (progress = now) }).finally(() => clearInterval(timer));
  console.log(`data loaders: wrote ${loaders.length} files into ${relative(ROOT, cacheRoot)}/data in ${((performance.now() - started) / 1000).toFixed(1)} s, dated ${DATA_FILE_DATE.toISOString().slice(0, 10)}`);
}
