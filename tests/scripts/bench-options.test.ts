import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "../../scripts/bench/options.js";

describe("parseBenchOptions", () => {
  it("measures everything by default and writes to bench/results", () => {
    expect(parseBenchOptions([])).toEqual({
      runs: 7,
      slowRuns: 3,
      changes: 20,
      liveRuns: 7,
      edits: 20,
      duckdbPages: ["/notebook", "/explorer"],
      slowTimeoutMs: 15_000,
      pages: null,
      dist: "dist",
      build: true,
      firstChange: false,
      out: "bench/results",
      complete: true
    });
  });

  it("measures a few pages of a site already built, as bench:first-paint did, writing to tmp/bench", () => {
    expect(parseBenchOptions(["--dist", "tmp/other-dist", "--pages", "/,/domestic-abuse", "--runs", "3", "--first-change"])).toMatchObject({
      runs: 3,
      pages: ["/", "/domestic-abuse"],
      dist: "tmp/other-dist",
      build: false,
      firstChange: true,
      out: "tmp/bench",
      complete: false
    });
  });

  it("takes pages as one list, repeated, or with an equals sign", () => {
    expect(parseBenchOptions(["--pages", "/board", "--pages", "/quality"]).pages).toEqual(["/board", "/quality"]);
    expect(parseBenchOptions(["--pages=/,/board"]).pages).toEqual(["/", "/board"]);
  });

  it("skips slow mobile or the interactions with 0, and a partial run keeps bench/results unless --out says so", () => {
    expect(parseBenchOptions(["--slow-runs", "0", "--changes", "0"])).toMatchObject({ slowRuns: 0, changes: 0, complete: false, out: "tmp/bench" });
    expect(parseBenchOptions(["--edits", "0"])).toMatchObject({ edits: 0, complete: false, out: "tmp/bench" });
    expect(parseBenchOptions(["--duckdb-pages", "none"])).toMatchObject({ complete: false, out: "tmp/bench" });
    expect(parseBenchOptions(["--skip-build", "--out", "bench/results"])).toMatchObject({ build: false, dist: "dist", complete: false, out: "bench/results" });
  });

  it("takes the pages that start DuckDB as a list, or none", () => {
    expect(parseBenchOptions(["--duckdb-pages", "/explorer,/notebook"]).duckdbPages).toEqual(["/explorer", "/notebook"]);
    expect(parseBenchOptions(["--duckdb-pages", "none"]).duckdbPages).toEqual([]);
    expect(parseBenchOptions(["--live-runs", "3"]).liveRuns).toBe(3);
  });

  it("names the option it cannot use and what it expected", () => {
    expect(() => parseBenchOptions(["--duckdb-pages", "explorer"])).toThrow('--duckdb-pages: expected paths starting with "/" (or none), found "explorer"');
    expect(() => parseBenchOptions(["--live-runs", "0"])).toThrow('--live-runs: expected a positive whole number, found "0"');
    expect(() => parseBenchOptions(["--runs", "0"])).toThrow('--runs: expected a positive whole number, found "0"');
    expect(() => parseBenchOptions(["--slow-runs=-1"])).toThrow('--slow-runs: expected a whole number (0 skips it), found "-1"');
    expect(() => parseBenchOptions(["--changes", "many"])).toThrow('--changes: expected a whole number (0 skips it), found "many"');
    expect(() => parseBenchOptions(["--edits", "2.5"])).toThrow('--edits: expected a whole number (0 skips it), found "2.5"');
    expect(() => parseBenchOptions(["--pages", "board"])).toThrow('--pages: expected paths starting with "/", found "board"');
    expect(() => parseBenchOptions(["--dist", "dist", "--skip-build"])).toThrow("--dist: expected either --dist <folder> or --skip-build, found both");
    expect(() => parseBenchOptions(["/", "/domestic-abuse"])).toThrow('npm run bench: expected options only (pages go in --pages /,/board), found "/ /domestic-abuse"');
  });
});
