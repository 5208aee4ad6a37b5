import { describe, expect, it } from "vitest";
import { checkOfstedActions } from "../../../data-loaders/checks/ofsted-actions.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();

describe("checkOfstedActions on the report", () => {
  it("finds only the caseload figure left as 'x' in action 1's progress (line 1197)", () => {
    expect(checkOfstedActions(report)).toEqual([
      {
        check_id: "ofsted_action_placeholder",
        table_name: "ofsted_actions",
        severity: "warning",
        message:
          'Action 1 (Cross cutting, "Take action to reduce caseloads in the…"): the progress update has "x" where a figure should have been filled in: "In February 2013 the average case load size was x with very similar caseload size between teams."',
        expected: null,
        actual: null,
        source_line: 1197
      }
    ]);
  });
});

describe("ofsted_action_placeholder", () => {
  it("does not fire once the figure is filled in", () => {
    const line = lineStarting("\t<p>case load size was x");
    const mutated = reportWithLine(line, (text) => text.replace("was x with", "was 24 with"));
    expect(checkOfstedActions(mutated)).toEqual([]);
  });
});

describe("ofsted_action_rag_missing", () => {
  it("fires when the Rag rating cell opens with no recognised judgement", () => {
    const line = lineStarting("<p>NHS Bedfordshire & Luton and the LSCB must ensure");
    const mutated = reportWithLine(line, (text) => text.replace(/<p>Completed<\/p>$/, "<p>Awaiting audit</p>"));
    expect(checkOfstedActions(mutated).filter((finding) => finding.check_id === "ofsted_action_rag_missing")).toEqual([
      {
        check_id: "ofsted_action_rag_missing",
        table_name: "ofsted_actions",
        severity: "warning",
        message:
          'Action 9 (Safeguarding, "NHS Bedfordshire & Luton and the LSCB must…"): no RAG judgement (Good progress, Some progress, Completed, Actions complete) is given — it reads "Awaiting audit".',
        expected: null,
        actual: null,
        source_line: line
      }
    ]);
  });

  it("fires when the Rag rating cell is empty", () => {
    const line = lineStarting("<p>NHS Bedfordshire & Luton and the LSCB must ensure");
    const mutated = reportWithLine(line, (text) => text.replace(/<p>Completed<\/p>$/, ""));
    expect(checkOfstedActions(mutated).find((finding) => finding.check_id === "ofsted_action_rag_missing")?.message).toMatch(/— the cell is empty\.$/);
  });

  it("does not fire on the report, where every action opens with a judgement", () => {
    expect(checkOfstedActions(report).filter((finding) => finding.check_id === "ofsted_action_rag_missing")).toEqual([]);
  });
});
