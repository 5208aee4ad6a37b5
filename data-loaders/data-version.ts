import { createHash } from "node:crypto";
import { extractReport } from "./index.js";
import { committedTableParquet } from "./loader.js";
import { COMMITTED_REPORT_SHA256, readCommittedReport } from "./sources/committed-report.js";

/** The data a build publishes, by hash: the report's SHA-256 and the SHA-256 of each table's Parquet file. */
export interface CommittedDataVersion {
  report_sha256: string;
  parquet_sha256: Record<string, string>;
}

/** Returns the committed report's data version (what a notebook carries, to say when it is opened against other data). */
export function committedDataVersion(): CommittedDataVersion {
  const names = extractReport(readCommittedReport()).map((table) => table.name).sort();
  return {
    report_sha256: COMMITTED_REPORT_SHA256,
    parquet_sha256: Object.fromEntries(names.map((name) => [name, createHash("sha256").update(committedTableParquet(name)).digest("hex")]))
  };
}
