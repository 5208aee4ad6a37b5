import { type ReportText } from "../report/report-text.js";
import { shorten } from "../report/short-text.js";
import { BUSINESS_PLAN_TABLE, parseBusinessPlan, type BusinessPlanObjective, type BusinessPlanPriority } from "../tables/business-plan-table.js";
import { compareFigures, type DataQualityRow } from "./finding.js";

/**
 * Returns business_plan findings: a priority count that disagrees with the one the introduction
 * states, priority headings printed without their number, priorities whose RAG rating the text
 * does not give, and objectives with no one named responsible or no completion note.
 */
export function checkBusinessPlan(report: ReportText): DataQualityRow[] {
  const plan = parseBusinessPlan(report);
  const findings: (DataQualityRow | null)[] = [];
  if (plan.statedPriorityCount) {
    const { count, line } = plan.statedPriorityCount;
    findings.push(
      compareFigures({
        check_id: "business_plan_priority_count",
        table_name: BUSINESS_PLAN_TABLE,
        severity: "error",
        message: `The business plan's introduction says the LSCB identified ${count} priorities, but its table lists ${plan.priorities.length}.`,
        expected: count,
        actual: plan.priorities.length,
        source_line: line
      })
    );
  }
  for (const priority of plan.priorities) {
    findings.push(checkNumbered(priority), checkRagRating(priority));
    for (const objective of priority.objectives) findings.push(...checkObjective(priority, objective));
  }
  return findings.filter((finding): finding is DataQualityRow => finding !== null);
}

function checkNumbered(priority: BusinessPlanPriority): DataQualityRow | null {
  if (priority.numbered) return null;
  return {
    check_id: "business_plan_priority_unnumbered",
    table_name: BUSINESS_PLAN_TABLE,
    severity: "info",
    message: `The heading of priority ${priority.priorityNo} ("${shorten(priority.text, 60)}") is printed without its number; it is numbered ${priority.priorityNo} by its place in the plan.`,
    expected: priority.priorityNo,
    actual: null,
    source_line: priority.line
  };
}

function checkRagRating(priority: BusinessPlanPriority): DataQualityRow | null {
  if (/\b(?:red|amber|green)\b/i.test(priority.ragRating)) return null;
  return {
    check_id: "business_plan_rag_missing",
    table_name: BUSINESS_PLAN_TABLE,
    // A note rather than a warning: the rating was printed as a colour, which the text version cannot carry.
    severity: "info",
    message: `Priority ${priority.priorityNo} ("${shorten(priority.text, 60)}"): its RAG rating was shown by colour only, so the report text does not say whether it is Red, Amber or Green.`,
    expected: null,
    actual: null,
    source_line: priority.line
  };
}

function checkObjective(priority: BusinessPlanPriority, objective: BusinessPlanObjective): DataQualityRow[] {
  const about = `Priority ${priority.priorityNo}, objective "${shorten(objective.objective, 70)}"`;
  const finding = (check_id: string, message: string): DataQualityRow => ({
    check_id,
    table_name: BUSINESS_PLAN_TABLE,
    severity: "warning",
    message,
    expected: null,
    actual: null,
    source_line: objective.line
  });
  return [
    objective.responsibility === null ? finding("business_plan_responsibility_missing", `${about}: no one is named as responsible.`) : null,
    objective.completion === null ? finding("business_plan_completion_missing", `${about}: the Completion Date cell is blank, so its progress is not stated.`) : null
  ].filter((row): row is DataQualityRow => row !== null);
}
