// How far DuckDB-WASM has got with starting in this page, for the progress bar under each form
// (src/components/database-progress-bar.ts): the wasm's bytes so far, then starting, then ready or failed.

/**
 * The size in bytes of DuckDB-WASM 1.29.0's `duckdb-eh.wasm` as built (`tests/src/database-progress.test.ts` checks it
 * against node_modules). DuckDB counts the bytes it has read after the browser undid any Brotli or gzip, so this, not
 * the response's Content-Length, is what they are a share of.
 */
export const DUCKDB_WASM_BYTES = 35_659_694;

/** DuckDB-WASM's own progress report (its `InstantiationProgress`): bytes read so far and the response's Content-Length (0 when it sent none). */
export interface WasmProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

/** Where the page's database stands: fetching its wasm, starting (compiling, opening, loading tables), ready or failed. */
export type DatabasePhase = "fetching" | "starting" | "ready" | "failed";

/** One report: the phase and, while fetching, the wasm's progress. */
export interface DatabaseProgress {
  phase: DatabasePhase;
  wasm: WasmProgress;
}

/** What a progress bar shows for a report: `<progress>`'s value and max (value null: indeterminate) and its words. */
export interface ProgressView {
  value: number | null;
  max: number;
  text: string;
}

/**
 * Returns what the progress bar shows. The share of the wasm read is exact (decoded bytes of a file of known size).
 * The megabytes are said as they travel: when the response was compressed (its Content-Length is smaller than the
 * file), the bytes so far are that share of the Content-Length; when it gave no length, they are said unpacked.
 */
export function describeDatabaseProgress({ phase, wasm }: DatabaseProgress): ProgressView {
  if (phase === "ready") return { value: 1, max: 1, text: "The database is ready." };
  if (phase === "failed") return { value: null, max: 1, text: "The database could not start." };
  const share = Math.min(1, wasm.bytesLoaded / DUCKDB_WASM_BYTES);
  if (phase === "starting" || share >= 1) return { value: 1, max: 1, text: "Starting the database…" };
  if (wasm.bytesLoaded === 0) return { value: null, max: 1, text: "Loading the database…" };
  if (wasm.bytesTotal > 0 && wasm.bytesTotal < DUCKDB_WASM_BYTES) {
    return { value: share, max: 1, text: `Loading the database: ${megabytes(share * wasm.bytesTotal)} of ${megabytes(wasm.bytesTotal)} MB` };
  }
  return { value: share, max: 1, text: `Loading the database: ${megabytes(wasm.bytesLoaded)} of ${megabytes(DUCKDB_WASM_BYTES)} MB` };
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

const listeners = new Set<(progress: DatabaseProgress) => void>();
let latest: DatabaseProgress | undefined;

/** Calls `listener` with every report from now on, and at once with the latest one if DuckDB has started; returns a function that stops it. */
export function onDatabaseProgress(listener: (progress: DatabaseProgress) => void): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => listeners.delete(listener);
}

/** Returns the latest report, or undefined while DuckDB has not been started in this page. */
export function latestDatabaseProgress(): DatabaseProgress | undefined {
  return latest;
}

/**
 * Records a report and passes it on. A restart starts again from "fetching"; bytes never go back within one start
 * (DuckDB reports from a stream transform that may lag its own earlier report).
 */
export function reportDatabaseProgress(phase: DatabasePhase, wasm?: WasmProgress): void {
  const restarted = phase === "fetching" && latest?.phase !== "fetching";
  const previous = restarted || !latest ? { bytesLoaded: 0, bytesTotal: 0 } : latest.wasm;
  const next = wasm ? { bytesLoaded: Math.max(previous.bytesLoaded, wasm.bytesLoaded), bytesTotal: wasm.bytesTotal || previous.bytesTotal } : previous;
  latest = { phase, wasm: next };
  for (const listener of listeners) listener(latest);
}
