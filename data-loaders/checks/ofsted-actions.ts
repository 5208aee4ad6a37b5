import { stripMarkup } from "../report/markup.js";
import { type ReportText } from "../report/report-text.js";
import { shorten } from "../report/short-text.js";
import { OFSTED_ACTIONS_TABLE, RAG_JUDGEMENTS, parseOfstedActionPlan, type OfstedAction } from "../tables/ofsted-actions.js";
import { type DataQualityRow } from "./finding.js";

/** A lone lower-case "x" standing where a figure was to be filled in ("the average case load size was x"). */
const PLACEHOLDER = /(?:^|\s)x(?=[\s.,;:]|$)/;

/** Returns ofsted_actions findings: actions whose Rag rating cell has no recognised judgement, and progress text with an "x" left where a figure should be. */
export function checkOfstedActions(report: ReportText): DataQualityRow[] {
  return parseOfstedActionPlan(report).flatMap((action) => [...checkRagRating(action), ...checkPlaceholders(action)]);
}

function checkRagRating(action: OfstedAction): DataQualityRow[] {
  if (action.ragRating !== null) return [];
  const found = action.ragCommentary === null ? "the cell is empty" : `it reads "${shorten(action.ragCommentary, 60)}"`;
  return [
    {
      check_id: "ofsted_action_rag_missing",
      table_name: OFSTED_ACTIONS_TABLE,
      severity: "warning",
      message: `${describeAction(action)}: no RAG judgement (${RAG_JUDGEMENTS.join(", ")}) is given — ${found}.`,
      expected: null,
      actual: null,
      source_line: action.line
    }
  ];
}

function checkPlaceholders(action: OfstedAction): DataQualityRow[] {
  const fragment = action.fragments.find((candidate) => PLACEHOLDER.test(stripMarkup(candidate.progress).replaceAll("\n", " ")));
  if (!fragment) return [];
  // Quote the whole sentence from the rejoined progress text: the page break may cut it.
  const sentences = (action.progress ?? "").split(/\n|(?<=\.)\s+/);
  const quote = sentences.find((sentence) => PLACEHOLDER.test(sentence)) ?? "";
  return [
    {
      check_id: "ofsted_action_placeholder",
      table_name: OFSTED_ACTIONS_TABLE,
      severity: "warning",
      message: `${describeAction(action)}: the progress update has "x" where a figure should have been filled in: "${quote}"`,
      expected: null,
      actual: null,
      source_line: fragment.line
    }
  ];
}

function describeAction(action: OfstedAction): string {
  return `Action ${action.actionNo} (${action.theme}, "${shorten(action.recommendation, 50)}")`;
}
