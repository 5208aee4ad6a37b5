import { defineTable } from "../table-definition.js";
import { BUSINESS_PLAN_TABLE, parseBusinessPlan } from "./business-plan-table.js";

/** Where an objective stood at year end, derived from its Completion Date cell by completionStatus. */
export type BusinessPlanStatus = "completed" | "carried_forward" | "in_progress" | "not_stated";

/** A business_plan row: one objective of the 2012/13 plan under its priority. */
export type BusinessPlanRow = {
  priority_no: number;
  priority: string;
  objective: string;
  key_tasks: string | null;
  responsibility: string | null;
  outcome_required: string | null;
  completion: string | null;
  status: BusinessPlanStatus;
  source_line: number;
};

const CARRIED_FORWARD = /\bcarr(?:y|ied) (?:over|into|forward)\b|\b13\/14 Business Plan\b/i;
const NOT_COMPLETE = /\bnot (?:yet |been |fully )*complete(?:d)?\b/gi;
const COMPLETE = /\bcomplete(?:d)?\b/i;

/**
 * Returns an objective's status from its Completion Date text, by the first rule that applies:
 * `not_stated` when the cell is empty; `carried_forward` when it says the work is carried
 * over/into/forward or continues in the 13/14 Business Plan ("This should be carried into 13/14
 * Business plan", "will be ongoing in 13/14 Business Plan"), even if part of it is complete;
 * `completed` when it says "complete" or "completed" other than as "not (yet/been/fully) completed";
 * `in_progress` for any other text ("The use of the GCP tool remains low", "Project in place").
 */
export function completionStatus(completion: string | null): BusinessPlanStatus {
  if (completion === null || completion.trim() === "") return "not_stated";
  if (CARRIED_FORWARD.test(completion)) return "carried_forward";
  if (COMPLETE.test(completion.replace(NOT_COMPLETE, ""))) return "completed";
  return "in_progress";
}

/** business_plan: one row per objective of the LSCB's 2012/13 business plan, with its year-end completion text and derived status. */
export const businessPlan = defineTable<BusinessPlanRow>({
  name: BUSINESS_PLAN_TABLE,
  title: "LSCB annual business plan 2012/13",
  description:
    "One row per objective of the business plan (Appendix 1), under the priority it serves. An objective's tasks, responsibilities, outcomes and completion notes are one per line, in the order printed; rows cut by page breaks are rejoined.",
  sourceSection: "Appendix 1: The LSCB Annual Business Plan 2012-2013",
  columns: [
    { name: "priority_no", type: "INTEGER", description: "The priority's number, 1–7; priorities 2 and 6 are printed without a number and are numbered by their position." },
    { name: "priority", type: "VARCHAR", description: "The priority heading as printed in the table, its number removed." },
    { name: "objective", type: "VARCHAR", description: "The objective as printed, markup removed; list items on their own lines." },
    { name: "key_tasks", type: "VARCHAR", description: "The objective's key tasks, one per line; NULL when none is printed." },
    { name: "responsibility", type: "VARCHAR", description: "Who is responsible, one line per task that names someone; NULL when blank." },
    { name: "outcome_required", type: "VARCHAR", description: "The outcomes required, one per line; NULL when blank." },
    { name: "completion", type: "VARCHAR", description: "The Completion Date cell verbatim as plain text (often a progress note), one line per task; NULL when blank." },
    {
      name: "status",
      type: "VARCHAR",
      description:
        "Derived from completion, first rule that applies: not_stated if blank; carried_forward if it says carried over/into/forward or refers to the 13/14 Business Plan; completed if it says complete(d) (not 'not completed'); otherwise in_progress."
    },
    { name: "source_line", type: "INTEGER", description: "Report line the objective starts on." }
  ],
  parse: (report) =>
    parseBusinessPlan(report).priorities.flatMap((priority) =>
      priority.objectives.map((objective) => ({
        priority_no: priority.priorityNo,
        priority: priority.text,
        objective: objective.objective,
        key_tasks: objective.keyTasks,
        responsibility: objective.responsibility,
        outcome_required: objective.outcomeRequired,
        completion: objective.completion,
        status: completionStatus(objective.completion),
        source_line: objective.line
      }))
    )
});
