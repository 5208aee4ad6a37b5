import { extractReport, findExtractedTable } from "./index.js";
import { writeParquet } from "./parquet.js";
import { readCommittedReport } from "./sources/committed-report.js";
import { REPORT_TABLES } from "./tables/index.js";

/** Returns the named table of the committed report as Parquet bytes (what a Framework data loader writes to stdout). */
export function committedTableParquet(name: string): Uint8Array {
  const report = readCommittedReport();
  const definition = REPORT_TABLES.find((table) => table.name === name);
  // The catalog tables describe every other table, so they need the whole extraction.
  const { columns, rows } = definition ? { columns: definition.columns, rows: definition.parse(report) } : findExtractedTable(extractReport(report), name);
  return writeParquet(rows, columns);
}
