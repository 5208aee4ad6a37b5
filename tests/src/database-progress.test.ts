import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeDatabaseProgress, DUCKDB_WASM_BYTES, latestDatabaseProgress, onDatabaseProgress, reportDatabaseProgress, type DatabaseProgress } from "../../src/lib/database-progress.js";

const fetching = (bytesLoaded: number, bytesTotal: number): DatabaseProgress => ({ phase: "fetching", wasm: { bytesLoaded, bytesTotal } });

describe("DUCKDB_WASM_BYTES", () => {
  it("is the size of the duckdb-eh.wasm the site ships", () => {
    expect(statSync("node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm").size).toBe(DUCKDB_WASM_BYTES);
  });
});

describe("describeDatabaseProgress", () => {
  it("says a Brotli wasm's megabytes as they travel: the share read of the compressed length", () => {
    // A quarter of the file unpacked so far, of 4.72 MB sent.
    expect(describeDatabaseProgress(fetching(DUCKDB_WASM_BYTES / 4, 4_720_000))).toEqual({ value: 0.25, max: 1, text: "Loading the database: 1.2 of 4.7 MB" });
  });

  it("says an uncompressed wasm's bytes as they are", () => {
    expect(describeDatabaseProgress(fetching(17_829_847, DUCKDB_WASM_BYTES))).toEqual({ value: 0.5, max: 1, text: "Loading the database: 17.8 of 35.7 MB" });
  });

  it("says the unpacked bytes when the response gave no length", () => {
    expect(describeDatabaseProgress(fetching(10_000_000, 0)).text).toBe("Loading the database: 10.0 of 35.7 MB");
  });

  it("is indeterminate before the first bytes, and full once the wasm is read or compiling", () => {
    expect(describeDatabaseProgress(fetching(0, 0))).toEqual({ value: null, max: 1, text: "Loading the database…" });
    expect(describeDatabaseProgress(fetching(DUCKDB_WASM_BYTES, 4_720_000))).toEqual({ value: 1, max: 1, text: "Starting the database…" });
    expect(describeDatabaseProgress({ phase: "starting", wasm: { bytesLoaded: 0, bytesTotal: 0 } }).text).toBe("Starting the database…");
  });

  it("says when the database is ready or failed", () => {
    expect(describeDatabaseProgress({ phase: "ready", wasm: { bytesLoaded: 0, bytesTotal: 0 } })).toEqual({ value: 1, max: 1, text: "The database is ready." });
    expect(describeDatabaseProgress({ phase: "failed", wasm: { bytesLoaded: 0, bytesTotal: 0 } }).text).toBe("The database could not start.");
  });
});

describe("reportDatabaseProgress", () => {
  it("passes every report to listeners, the latest at once to a new one, and never lets bytes go back within one start", () => {
    const heard: DatabaseProgress[] = [];
    reportDatabaseProgress("fetching");
    const stop = onDatabaseProgress((progress) => heard.push(progress));
    reportDatabaseProgress("fetching", { bytesLoaded: 2_000_000, bytesTotal: 4_720_000 });
    reportDatabaseProgress("fetching", { bytesLoaded: 1_000_000, bytesTotal: 4_720_000 });
    reportDatabaseProgress("ready");
    stop();
    reportDatabaseProgress("fetching");
    expect(heard.map(({ phase, wasm }) => [phase, wasm.bytesLoaded])).toEqual([
      ["fetching", 0],
      ["fetching", 2_000_000],
      ["fetching", 2_000_000],
      ["ready", 2_000_000]
    ]);
    // A restart starts again from nothing.
    expect(latestDatabaseProgress()).toEqual(fetching(0, 0));
  });
});
