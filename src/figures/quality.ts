// The data-quality audit: src/quality.md places it.
import { qualityAudit } from "../components/quality-audit.js";
import { call, defineBlock, defineQuery } from "./define.js";

/** Every data_quality finding with the report's own words at its line, grouped by table, worst first. */
export const audit = defineBlock({
  id: "quality-audit",
  calls: {
    findings: call(
      defineQuery("qualityAudit", {
        tables: ["data_quality", "report_paragraphs"],
        sql: `SELECT q.table_name, q.severity, q.check_id, q.message, q.expected, q.actual, q.source_line, p.text AS report_text
FROM data_quality q
LEFT JOIN report_paragraphs p ON p.line = q.source_line
ORDER BY q.table_name, CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, q.source_line, q.check_id, q.message`
      })
    )
  },
  render: ({ findings }) => qualityAudit(findings)
});
