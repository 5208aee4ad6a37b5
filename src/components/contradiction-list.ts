import { severityLabel } from "../lib/finding-explanations.js";
import { reportLineHref } from "./figure-frame.js";

/** A data_quality finding as the pack's contradictions query returns it. */
export interface ContradictionRow {
  table_name: string;
  severity: string;
  check_id: string;
  message: string;
  source_line: number;
}

/** Returns the findings as one list, each with its severity, its table, its message and a link to its report line. */
export function contradictionList(findings: readonly ContradictionRow[]): HTMLElement {
  const list = document.createElement("ul");
  list.className = "se-contradictions";
  for (const finding of findings) {
    const item = document.createElement("li");
    item.dataset.checkId = finding.check_id;
    const severity = document.createElement("strong");
    severity.textContent = `${severityLabel(finding.severity)} (${finding.table_name}): `;
    const line = document.createElement("a");
    line.href = reportLineHref(finding.source_line);
    line.textContent = `report line ${finding.source_line}`;
    item.append(severity, finding.message, " (", line, ")");
    list.append(item);
  }
  return list;
}
