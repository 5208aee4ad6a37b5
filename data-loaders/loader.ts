import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { zipSync } from "fflate";
import { extractReport, findExtractedTable, type ExtractedTable } from "./index.js";
import { writeParquet } from "./parquet.js";
import { COMMITTED_REPORT_PATH, readCommittedReport } from "./sources/committed-report.js";
import { REPORT_TABLES } from "./tables/index.js";

// Every zip entry gets this timestamp, so the same report always gives a byte-identical archive.
const ZIP_DATE = new Date(Date.UTC(2013, 5, 1));

/** Returns one table of the committed report (only that table is parsed, unless it is a catalog table). */
export function committedTable(name: string): ExtractedTable {
  const report = readCommittedReport();
  const definition = REPORT_TABLES.find((table) => table.name === name);
  // The catalog tables describe every other table, so they need the whole extraction.
  return definition ? { name, columns: definition.columns, rows: definition.parse(report) } : findExtractedTable(extractReport(report), name);
}

/** Returns the named table of the committed report as Parquet bytes (what a Framework data loader writes to stdout). */
export function committedTableParquet(name: string): Uint8Array {
  const { rows, columns } = committedTable(name);
  return writeParquet(rows, columns);
}

/**
 * Returns a zip of every table as Parquet and as CSV (written by `writeCsv`: the site's own CSV writer, so the zip's
 * files are the catalog's downloads), plus the report text it was read from.
 */
export function committedTablesZip(writeCsv: (table: ExtractedTable) => string): Uint8Array {
  const tables = extractReport(readCommittedReport());
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {
    [basename(COMMITTED_REPORT_PATH)]: [readFileSync(COMMITTED_REPORT_PATH), { mtime: ZIP_DATE }]
  };
  for (const { name, columns, rows } of tables) {
    entries[`${name}.parquet`] = [writeParquet(rows, columns), { mtime: ZIP_DATE }];
    entries[`${name}.csv`] = [new TextEncoder().encode(writeCsv({ name, columns, rows })), { mtime: ZIP_DATE }];
  }
  return zipSync(entries, { level: 6 });
}
