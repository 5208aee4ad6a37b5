import { formatNumber } from "../lib/format.js";
import { explainFinding, severityLabel } from "../lib/finding-explanations.js";
import { reportLineHref } from "./figure-frame.js";

/** A finding as the qualityAudit query returns it. */
export interface AuditFinding {
  table_name: string;
  severity: string;
  check_id: string;
  message: string;
  expected: number | null;
  actual: number | null;
  source_line: number;
  report_text: string | null;
}

/** Returns every finding grouped by table, each with the report's words, expected against actual, and why it matters. */
export function qualityAudit(findings: readonly AuditFinding[]): HTMLElement {
  const container = document.createElement("div");
  container.className = "se-audit";
  const tables = [...new Set(findings.map((finding) => finding.table_name))];
  for (const table of tables) {
    const section = document.createElement("section");
    section.id = `table-${table}`;
    const heading = document.createElement("h2");
    const inTable = findings.filter((finding) => finding.table_name === table);
    heading.textContent = `${table} (${inTable.length} ${inTable.length === 1 ? "finding" : "findings"})`;
    section.append(heading);
    for (const finding of inTable) section.append(findingCard(finding));
    container.append(section);
  }
  return container;
}

function findingCard(finding: AuditFinding): HTMLElement {
  const card = document.createElement("article");
  card.className = `se-finding card se-finding--${finding.severity}`;
  card.dataset.checkId = finding.check_id;
  const title = document.createElement("h3");
  title.textContent = `${severityLabel(finding.severity)}: ${finding.check_id}`;
  const message = document.createElement("p");
  message.textContent = finding.message;
  const figures = document.createElement("dl");
  figures.className = "se-finding__figures";
  for (const [term, value] of [["Expected (as printed)", finding.expected], ["Actual (from the other figures)", finding.actual]] as const) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = formatNumber(value);
    figures.append(dt, dd);
  }
  const quote = document.createElement("blockquote");
  quote.textContent = finding.report_text === null ? "(no text on this line)" : finding.report_text.replace(/\*\*(.*?)\*\*/g, "$1").replaceAll("\t", " | ");
  const source = document.createElement("a");
  source.href = reportLineHref(finding.source_line);
  source.textContent = `Report line ${finding.source_line}`;
  const why = document.createElement("p");
  why.className = "se-finding__why";
  why.textContent = `Why it matters: ${explainFinding(finding.check_id, finding.severity)}`;
  card.append(title, message, figures, quote, source, why);
  return card;
}
