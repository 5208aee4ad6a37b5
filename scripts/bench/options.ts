// `npm run bench`'s command-line options: the whole benchmark by default, or any part of it for trying something out.
import { parseArgs } from "node:util";

/** What one `npm run bench` measures, and where it writes the results. */
export interface BenchOptions {
  /** Cold loads per page (the floor is loaded before each of them). */
  runs: number;
  /** Loads per page under slow mobile; 0 skips slow mobile. */
  slowRuns: number;
  /** Changes per control once the page has settled (at least one per value); 0 skips the controls. */
  changes: number;
  /** Cold loads per control changed the instant the page becomes live (at least one per value other than the default). */
  liveRuns: number;
  /** Edits of the notebook chain's first cell, each timed until the chain has re-run; 0 skips them. */
  edits: number;
  /** The pages that start DuckDB to do their job, whose DuckDB ready is measured cold and warm (the notebook opens the bench's chain). */
  duckdbPages: string[];
  /** When a slow-mobile load is given up, in milliseconds. */
  slowTimeoutMs: number;
  /** The pages to load ("/", "/domestic-abuse"…), or null for every built page. */
  pages: string[] | null;
  /** The built site to measure: `dist` after a clean build, or a folder already built (no build). */
  dist: string;
  /** Whether to time a clean `npm run build` first. */
  build: boolean;
  /** Whether to also time each page's first filter change made at the ready marker, while DuckDB has not started. */
  firstChange: boolean;
  /** The folder for latest.json and latest.md. */
  out: string;
  /** Whether this run measures everything (and so may replace bench/results). */
  complete: boolean;
}

/** Where a complete run writes; a partial run writes to PARTIAL_OUT unless --out says otherwise, so bench/results keeps the last complete run. */
export const COMPLETE_OUT = "bench/results";
export const PARTIAL_OUT = "tmp/bench";

/**
 * Returns the options of `npm run bench -- [--runs 7] [--slow-runs 3] [--changes 20] [--live-runs 7] [--edits 20]
 * [--slow-timeout-s 15] [--pages /,/board] [--duckdb-pages /notebook,/explorer] [--dist <folder> | --skip-build]
 * [--first-change] [--out <folder>]`; throws naming the bad option.
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      // Issue 14: at least 7 cold loads per page, interleaved with the floor.
      runs: { type: "string", default: "7" },
      "slow-runs": { type: "string", default: "3" },
      changes: { type: "string", default: "20" },
      "live-runs": { type: "string", default: "7" },
      // Issue 12: p50 and p95 over 20 edits.
      edits: { type: "string", default: "20" },
      "duckdb-pages": { type: "string", multiple: true },
      // 15 s is over 5× the floor under slow mobile: a page still loading then is far past its 2× budget.
      "slow-timeout-s": { type: "string", default: "15" },
      pages: { type: "string", multiple: true },
      dist: { type: "string" },
      "skip-build": { type: "boolean", default: false },
      "first-change": { type: "boolean", default: false },
      out: { type: "string" }
    }
  });
  if (positionals.length) throw new Error(`npm run bench: expected options only (pages go in --pages /,/board), found ${JSON.stringify(positionals.join(" "))}`);
  const pages = values.pages ? values.pages.flatMap((list) => list.split(",")).filter((path) => path !== "") : null;
  for (const path of pages ?? []) if (!path.startsWith("/")) throw new Error(`--pages: expected paths starting with "/", found ${JSON.stringify(path)}`);
  // "none" (or an empty list) measures no page's DuckDB start.
  const duckdbPages = (values["duckdb-pages"] ?? ["/notebook", "/explorer"]).flatMap((list) => list.split(",")).filter((path) => path !== "" && path !== "none");
  for (const path of duckdbPages) if (!path.startsWith("/")) throw new Error(`--duckdb-pages: expected paths starting with "/" (or none), found ${JSON.stringify(path)}`);
  if (values.dist !== undefined && values["skip-build"]) throw new Error("--dist: expected either --dist <folder> or --skip-build, found both");
  const options = {
    runs: wholeNumber("--runs", values.runs, 1),
    slowRuns: wholeNumber("--slow-runs", values["slow-runs"], 0),
    changes: wholeNumber("--changes", values.changes, 0),
    liveRuns: wholeNumber("--live-runs", values["live-runs"], 1),
    edits: wholeNumber("--edits", values.edits, 0),
    duckdbPages,
    slowTimeoutMs: wholeNumber("--slow-timeout-s", values["slow-timeout-s"], 1) * 1000,
    pages,
    dist: values.dist ?? "dist",
    build: values.dist === undefined && !values["skip-build"],
    firstChange: values["first-change"]
  };
  const complete = options.build && pages === null && options.slowRuns > 0 && options.changes > 0 && options.edits > 0 && duckdbPages.length > 0;
  return { ...options, out: values.out ?? (complete ? COMPLETE_OUT : PARTIAL_OUT), complete };
}

function wholeNumber(flag: string, value: string | undefined, least: 0 | 1): number {
  const number = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isInteger(number) || number < least) {
    throw new Error(`${flag}: expected a ${least === 1 ? "positive " : ""}whole number${least === 0 ? " (0 skips it)" : ""}, found ${JSON.stringify(value)}`);
  }
  return number;
}
