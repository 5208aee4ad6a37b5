import { describe, expect, it } from "vitest";
import { checkBusinessPlan } from "../../../data-loaders/checks/business-plan.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const byCheck = (findings: ReturnType<typeof checkBusinessPlan>, checkId: string) => findings.filter((finding) => finding.check_id === checkId);

describe("checkBusinessPlan on the report", () => {
  const findings = checkBusinessPlan(report);

  it("finds 10 things: 7 colour-only RAG ratings, 2 unnumbered headings and 1 objective with no one responsible", () => {
    expect(findings.map((finding) => [finding.check_id, finding.severity, finding.expected, finding.actual, finding.source_line])).toEqual([
      ["business_plan_rag_missing", "info", null, null, 1026],
      ["business_plan_priority_unnumbered", "info", 2, null, 1053],
      ["business_plan_rag_missing", "info", null, null, 1053],
      ["business_plan_rag_missing", "info", null, null, 1075],
      ["business_plan_rag_missing", "info", null, null, 1082],
      ["business_plan_responsibility_missing", "warning", null, null, 1083],
      ["business_plan_rag_missing", "info", null, null, 1114],
      ["business_plan_priority_unnumbered", "info", 6, null, 1124],
      ["business_plan_rag_missing", "info", null, null, 1124],
      ["business_plan_rag_missing", "info", null, null, 1137]
    ]);
  });

  it("says which objective has no one named responsible", () => {
    expect(byCheck(findings, "business_plan_responsibility_missing")[0]!.message).toBe(
      'Priority 4, objective "To have comprehensive and integrated systems in place, which enable…": no one is named as responsible.'
    );
  });

  it("explains an unnumbered heading in words", () => {
    expect(byCheck(findings, "business_plan_priority_unnumbered")[1]!.message).toBe(
      'The heading of priority 6 ("To learn from serious case reviews, child deaths and other…") is printed without its number; it is numbered 6 by its place in the plan.'
    );
  });
});

describe("business_plan_priority_count", () => {
  it("fires as an error when the introduction states a different number of priorities", () => {
    const line = lineStarting("The LSCB will provide strong and effective leadership");
    const mutated = reportWithLine(line, (text) => text.replace("following 7 priorities", "following 8 priorities"));
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_priority_count")).toEqual([
      {
        check_id: "business_plan_priority_count",
        table_name: "business_plan",
        severity: "error",
        message: "The business plan's introduction says the LSCB identified 8 priorities, but its table lists 7.",
        expected: 8,
        actual: 7,
        source_line: line
      }
    ]);
  });

  it("does not fire when the 7 stated priorities are the 7 listed", () => {
    expect(byCheck(checkBusinessPlan(report), "business_plan_priority_count")).toEqual([]);
  });
});

describe("business_plan_priority_unnumbered", () => {
  it("does not fire once the heading carries its number", () => {
    const line = lineStarting("• To promote participation");
    const mutated = reportWithLine(line, (text) => text.replace("• To promote", "• 2. To promote"));
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_priority_unnumbered").map((finding) => finding.source_line)).toEqual([1124]);
  });
});

describe("business_plan_rag_missing", () => {
  it("does not fire for a priority whose RAG cell names its colour", () => {
    const line = lineStarting("• 4. To improve the quality");
    const mutated = reportWithLine(line, (text) => text.replace(/•$/, "• Green"));
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_rag_missing").map((finding) => finding.source_line)).not.toContain(line);
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_rag_missing").length).toBe(6);
  });
});

describe("business_plan_responsibility_missing", () => {
  it("does not fire once the objective names who is responsible", () => {
    const line = lineStarting("To have comprehensive and integrated systems");
    const mutated = reportWithLine(line, (text) => text.replace("further scrutiny.\t\t", "further scrutiny.\tLSCB Executive\t"));
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_responsibility_missing")).toEqual([]);
  });
});

describe("business_plan_completion_missing", () => {
  it("fires when an objective's Completion Date cell is blank", () => {
    const line = lineStarting("Develop a clear business plan");
    const mutated = reportWithLine(line, (text) => text.replace(/\tCompleted\t$/, "\t\t"));
    expect(byCheck(checkBusinessPlan(mutated), "business_plan_completion_missing")).toEqual([
      {
        check_id: "business_plan_completion_missing",
        table_name: "business_plan",
        severity: "warning",
        message: 'Priority 1, objective "Develop a clear business plan which reflects LSCB Priorities": the Completion Date cell is blank, so its progress is not stated.',
        expected: null,
        actual: null,
        source_line: line
      }
    ]);
  });

  it("does not fire on the report, where every objective has a completion note", () => {
    expect(byCheck(checkBusinessPlan(report), "business_plan_completion_missing")).toEqual([]);
  });
});
