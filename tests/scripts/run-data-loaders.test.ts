import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_FILE_DATE, dateStaticAttachments, expandParameterisedLoader, findDataLoaders, formatDataLoaderProgress, runDataLoaders, type DataLoaderProgress } from "../../scripts/run-data-loaders.js";

/** Returns a new source root whose data folder holds the given files (name -> contents). */
function sourceRootWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "src-"));
  mkdirSync(join(root, "data"));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(root, "data", name), contents);
  return root;
}

describe("findDataLoaders", () => {
  it("names each loader's output as Framework does, by dropping the loader's extension", () => {
    const root = sourceRootWith({ "marac_meetings.parquet.ts": "", "marac_meetings.csv.ts": "", "tables.zip.js": "" });
    expect(findDataLoaders(root)).toEqual([
      { loader: "data/marac_meetings.csv.ts", output: "data/marac_meetings.csv" },
      { loader: "data/marac_meetings.parquet.ts", output: "data/marac_meetings.parquet" },
      { loader: "data/tables.zip.js", output: "data/tables.zip" }
    ]);
  });

  it("refuses a file in the data folder that is not a loader, naming it", () => {
    expect(() => findDataLoaders(sourceRootWith({ "notes.md": "" }))).toThrow("data loaders: expected only loaders named <file>.<ext>.ts or <file>.<ext>.js in src/data, found notes.md");
    expect(() => findDataLoaders(sourceRootWith({ "helpers.ts": "" }))).toThrow("found helpers.ts");
  });
});

describe("runDataLoaders", () => {
  it("writes each loader's stdout to the cache, dated 1 June 2013 whatever the clock says", async () => {
    const root = sourceRootWith({ "counts.csv.js": 'process.stdout.write("cases\\n363\\n");', "empty.txt.js": "" });
    const cache = join(root, ".observablehq", "cache");
    await runDataLoaders(root, cache);
    expect(readFileSync(join(cache, "data", "counts.csv"), "utf-8")).toBe("cases\n363\n");
    expect(readFileSync(join(cache, "data", "empty.txt"), "utf-8")).toBe("");
    expect(statSync(join(cache, "data", "counts.csv")).mtimeMs).toBe(DATA_FILE_DATE.getTime());
    expect(DATA_FILE_DATE.toISOString()).toBe("2013-06-01T00:00:00.000Z");
  });

  it("fails with the loader's name, exit code and error output, and leaves no partial output", async () => {
    const root = sourceRootWith({ "broken.csv.js": 'process.stdout.write("half");\nconsole.error("marac_meetings: expected 17 cells, found 16");\nprocess.exit(3);' });
    const cache = join(root, "cache");
    await expect(runDataLoaders(root, cache, { parallel: 1 })).rejects.toThrow("data loaders: expected src/data/broken.csv.js to exit with 0, found 3:\nmarac_meetings: expected 17 cells, found 16");
    expect(existsSync(join(cache, "data", "broken.csv"))).toBe(false);
  });
});

describe("runDataLoaders progress", () => {
  it("reports each loader as it starts and as its output is written", async () => {
    const root = sourceRootWith({ "a.txt.js": 'process.stdout.write("a");', "b.txt.js": 'process.stdout.write("b");' });
    const heard: { written: number; total: number; running: string[] }[] = [];
    await runDataLoaders(root, join(root, "cache"), { parallel: 1, onProgress: ({ written, total, running }) => heard.push({ written, total, running: running.map((loader) => loader.output) }) });
    expect(heard).toEqual([
      { written: 0, total: 2, running: ["data/a.txt"] },
      { written: 1, total: 2, running: [] },
      { written: 1, total: 2, running: ["data/b.txt"] },
      { written: 2, total: 2, running: [] }
    ]);
  });

  it("says how many files are written, of how many, in how long, and which loaders are running", () => {
    const progress: DataLoaderProgress = { written: 20, total: 48, running: [{ loader: "data/indicators.parquet.ts", output: "data/indicators.parquet" }, { loader: "data/query-results/[page].json.ts", output: "data/query-results/board.json", args: ["--page=board"] }] };
    expect(formatDataLoaderProgress(progress, 15.4)).toBe("data loaders: 20 of 48 files written in 15 s; running data/indicators.parquet, data/query-results/board.json");
    expect(formatDataLoaderProgress({ written: 48, total: 48, running: [] }, 30)).toBe("data loaders: 48 of 48 files written in 30 s");
  });
});

describe("expandParameterisedLoader", () => {
  it("gives one run per value, with Framework's output path and --name=value argument", () => {
    expect(expandParameterisedLoader("data/query-results/[page].json.ts", ["index", "board"])).toEqual([
      { loader: "data/query-results/[page].json.ts", output: "data/query-results/index.json", args: ["--page=index"] },
      { loader: "data/query-results/[page].json.ts", output: "data/query-results/board.json", args: ["--page=board"] }
    ]);
  });

  it("refuses a loader that is not named [param].<ext>.ts", () => {
    expect(() => expandParameterisedLoader("data/query-results/page.json.ts", ["index"])).toThrow("data loaders: expected a loader named <folder>/[param].<ext>.ts, found data/query-results/page.json.ts");
  });
});

describe("dateStaticAttachments", () => {
  it("dates the files pages attach as they are, and nothing a loader writes or nothing outside the source folder", () => {
    const root = mkdtempSync(join(tmpdir(), "attachments-"));
    mkdirSync(join(root, "lib"));
    mkdirSync(join(root, "content"));
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "lib", "client.ts"), 'FileAttachment("./worker.js"); FileAttachment("../data/x.parquet"); FileAttachment("../../outside.txt")');
    writeFileSync(join(root, "lib", "worker.js"), "");
    writeFileSync(join(root, "glossary.md"), 'FileAttachment("content/glossary.csv") FileAttachment("content/missing.csv")');
    writeFileSync(join(root, "content", "glossary.csv"), "id\n");
    writeFileSync(join(root, "data", "x.parquet"), "");
    expect(dateStaticAttachments(root)).toEqual(["content/glossary.csv", "lib/worker.js"]);
    expect(statSync(join(root, "lib", "worker.js")).mtime).toEqual(DATA_FILE_DATE);
    expect(statSync(join(root, "data", "x.parquet")).mtime).not.toEqual(DATA_FILE_DATE);
  });
});
