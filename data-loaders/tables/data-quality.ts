import { runChecks } from "../checks/index.js";
import type { DataQualityRow } from "../checks/finding.js";
import { defineTable } from "../table-definition.js";

/** data_quality: what the report's own numbers disagree on, one row per finding of every reconciliation check. */
export const dataQuality = defineTable<DataQualityRow>({
  name: "data_quality",
  title: "Where the report disagrees with itself",
  description:
    "Findings of the reconciliation checks: printed totals against their rows, figures stated twice, percentages against their counts, blanks and ambiguities. Findings never change the published numbers.",
  sourceSection: "The whole report",
  columns: [
    { name: "check_id", type: "VARCHAR", description: "Which check produced the finding." },
    { name: "table_name", type: "VARCHAR", description: "The table whose numbers the finding is about." },
    { name: "severity", type: "VARCHAR", description: "'error': a printed total or stated figure contradicts what it summarises; 'warning': missing, ambiguous or non-adding data; 'info': a note." },
    { name: "message", type: "VARCHAR", description: "The finding in plain English." },
    { name: "expected", type: "DOUBLE", description: "The figure as printed (the total, or the stated figure), where there is one." },
    { name: "actual", type: "DOUBLE", description: "The figure the rows or the other statement give, where there is one." },
    { name: "source_line", type: "INTEGER", description: "Report line the finding points to." }
  ],
  parse: runChecks
});
