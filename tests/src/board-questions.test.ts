// The board pack's questions, written from the report's data: exact words checked by hand against the report lines.
import { describe, expect, it } from "vitest";
import { runSqlCalls } from "../../data-loaders/query-results.js";
import { callValues, type CallSpec } from "../../src/figures/define.js";
import { QUESTION_FIGURES, questions } from "../../src/figures/pack.js";
import { attendanceQuestion, boardQuestions, objectiveQuestion, type PartnerAttendanceRow, type UnmetObjectiveRow, type WorseComparisonRow } from "../../src/lib/board-questions.js";
import { shippedRows } from "../../src/lib/shipped-results.js";
import { planStatusBars } from "../../src/figures/pack.js";
import { summarizePartnerAttendance, summarizePlanStatus, type PlanStatusRow } from "../../src/lib/summaries-pack.js";

async function rowsOf(spec: CallSpec): Promise<Record<string, unknown>[]> {
  const [result] = await runSqlCalls([{ name: spec.query.name, sql: spec.query.positionalSql, params: callValues(spec), tables: spec.query.tables }]);
  return shippedRows({ ...result!, sql: spec.query.sql, tables: spec.query.tables });
}

describe("the board pack's questions, from the report", () => {
  it("ask about each target missed, each figure worse than its comparison, each partner below the rest of the board and each objective not completed", async () => {
    const data = {
      comparisons: (await rowsOf(questions.calls.comparisons)) as WorseComparisonRow[],
      attendance: (await rowsOf(questions.calls.attendance)) as PartnerAttendanceRow[],
      objectives: (await rowsOf(questions.calls.objectives)) as UnmetObjectiveRow[]
    };
    const asked = boardQuestions(data, QUESTION_FIGURES).map((question) => [question.kind, question.figureId, question.line, question.text]);
    const comparisons = "pack-worse-than-comparison";
    const attendance = "pack-partner-attendance";
    const plan = "pack-plan-status";
    expect(asked).toEqual([
      // Lines 678-680: "73.4% against a target of 78.0% and … 74.9% against a target of 80.0%".
      ["target", comparisons, 678, "Initial assessments completed to timescale: 73.4% in 2012/13, short of the target of 78%. Why was the target missed, and what is being done to meet it?"],
      ["target", comparisons, 680, "Core assessments completed to timescale: 74.9% in 2012/13, short of the target of 80%. Why was the target missed, and what is being done to meet it?"],
      // Line 670: "increased to 9.2% in the year … (6.8% in 2012)"; "rose to 17.6% - from 11.8% last year".
      ["comparison", comparisons, 670, "Child protection plans ending after two years or longer: 9.2% in 2012/13, worse than 6.8% in 2012. What explains the difference, and what is being done about it?"],
      ["comparison", comparisons, 670, "Children becoming subject to a plan for a second or subsequent time: 17.6% in 2012/13, worse than 11.8% in 2011/12. What explains the difference, and what is being done about it?"],
      // Line 690: "(8.7%), show a rise in offending rates compared to 2011/12 (5.5%)".
      ["comparison", comparisons, 690, "Children looked after for over 12 months with a new conviction or disposal: 8.7% in 2012/13, worse than 5.5% in 2011/12. What explains the difference, and what is being done about it?"],
      // Line 708: "71.3% had their annual dental check (against 87.6% in 2011-12) … immunisations fell to 88.2% (from 93.8% …)".
      ["comparison", comparisons, 708, "Looked after children who had their annual dental check: 71.3% in 2012/13, worse than 87.6% in 2011/12. What explains the difference, and what is being done about it?"],
      ["comparison", comparisons, 708, "Looked after children with up-to-date immunisations: 88.2% in 2012/13, worse than 93.8% in 2011/12. What explains the difference, and what is being done about it?"],
      // Lines 1152-1183: 28 members listed for 4 meetings each (112), 70 attended. Line 1166: the CPS's member, 4 meetings, 0 attended
      // (70 of the other 108: 64.8%); line 1173: CAFCASS, 1 of 4 (69 of 108: 63.9%); line 1171: probation, 2 of 4 (68 of 108: 63%);
      // the council's six members (first at line 1159) 13 of 24 (57 of 88: 64.8%); the seven NHS members (first at line 1153) 17 of 28 (53 of 84: 63.1%).
      ["attendance", attendance, 1166, "Crown Prosecution Service: its member attended 0 of 4 board meetings (0%), against 64.8% for the rest of the board. The report's own counts for Crown Prosecution Service do not add up (line 1166): what was its real attendance, and how will it be represented?"],
      ["attendance", attendance, 1173, "CAFCASS: its member attended 1 of 4 board meetings (25%), against 63.9% for the rest of the board. What keeps CAFCASS from the meetings, and how will it be represented?"],
      ["attendance", attendance, 1171, "Bedfordshire Probation Trust: its member attended 2 of 4 board meetings (50%), against 63% for the rest of the board. What keeps Bedfordshire Probation Trust from the meetings, and how will it be represented?"],
      ["attendance", attendance, 1159, "Luton Borough Council: its 6 members attended 13 of 24 board meetings (54.2%), against 64.8% for the rest of the board. What keeps Luton Borough Council from the meetings, and how will it be represented?"],
      ["attendance", attendance, 1153, "NHS bodies in Luton: its 7 members attended 17 of 28 board meetings (60.7%), against 63.1% for the rest of the board. What keeps NHS bodies in Luton from the meetings, and how will it be represented?"],
      // Appendix 1, lines 1029-1143: the six objectives whose completion column says they were not done.
      ["business-plan", plan, 1029, 'Priority 1: "Undertake an annual review of LSCB governance arrangements (using national assessment tools)" (responsible: LSCB Chair/LSCB, LSCB Business Manager) was carried forward into 2013/14. What stopped it, and when will it be done?'],
      ["business-plan", plan, 1045, 'Priority 1: "The independent identity of the LSCB as a statutory body is recognised" (responsible: LSCB Independent chair) was still in progress at the end of the year. What stopped it, and when will it be done?'],
      ["business-plan", plan, 1062, 'Priority 2: "Develop systems and processes for service user participation and consultation" (responsible: LSCB Executive) was carried forward into 2013/14. What stopped it, and when will it be done?'],
      ["business-plan", plan, 1136, 'Priority 6: "Disseminate wider findings of national and local SCR\'s" (responsible: SCR Panel Chair) was carried forward into 2013/14. What stopped it, and when will it be done?'],
      ["business-plan", plan, 1142, 'Priority 7: "To improve response to children through consistent use of the GCP tool in cases of Neglect as an objective measure of care provided and to measure progress" (responsible: Executive Group) was still in progress at the end of the year. What stopped it, and when will it be done?'],
      ["business-plan", plan, 1143, 'Priority 7: "To raise awareness in faith communities as to how they can contribute to safeguarding and promoting the welfare of children" (responsible: Executive group) was still in progress at the end of the year. What stopped it, and when will it be done?']
    ]);
    // The University of Bedfordshire's two members attended 5 of 8 (62.5%), the same as the rest: no question.
    expect(data.attendance.find((row) => row.partner === "University of Bedfordshire")).toMatchObject({ attendance_pct: 62.5, rest_attendance_pct: 62.5 });
  });

  it("summarise the partners' attendance, lowest first", async () => {
    const rows = (await rowsOf(questions.calls.attendance)) as PartnerAttendanceRow[];
    expect(summarizePartnerAttendance(rows)).toBe(
      "12 partners had members on the board. Below the rest of the board: Crown Prosecution Service (0% against 64.8%), CAFCASS (25% against 63.9%), Bedfordshire Probation Trust (50% against 63%), " +
        "Luton Borough Council (54.2% against 64.8%) and NHS bodies in Luton (60.7% against 63.1%). Every meeting attended: Youth Offending Service."
    );
  });
});

describe("the board pack's business-plan figure", () => {
  it("counts the objectives by status: 29 of 35 completed (Appendix 1, lines 1029-1143), 3 carried forward, 3 in progress", async () => {
    const rows = (await rowsOf(planStatusBars.rows)) as PlanStatusRow[];
    expect(rows.map((row) => [row.status, row.objectives])).toEqual([["Completed", 29], ["Carried forward to 2013/14", 3], ["In progress", 3], ["No status stated", 0]]);
    expect(summarizePlanStatus(rows)).toBe("Of the 35 objectives in the 2012/13 business plan, 29 were completed, 3 carried forward to 2013/14, 3 in progress and 0 had no status stated.");
    expect((planStatusBars.title as (rows: PlanStatusRow[]) => string)(rows)).toBe("29 of the business plan's 35 objectives were completed; 6 were not");
  });
});

describe("boardQuestions", () => {
  const figures = { comparisons: "c", attendance: "a", businessPlan: "b" };

  it("asks nothing of a partner at or above the rest of the board, or of a completed objective", () => {
    const partner = (attendance_pct: number): PartnerAttendanceRow => ({ partner: "Police", members: 1, meetings: 4, attended: 3, attendance_pct, rest_attendance_pct: 75, source_line: 1, finding_line: null });
    const objective = (status: string): UnmetObjectiveRow => ({ priority_no: 1, objective: "An objective", responsibility: null, status, source_line: 2 });
    const asked = boardQuestions({ comparisons: [], attendance: [partner(75), partner(80), partner(74.9)], objectives: [objective("completed"), objective("not_stated")] }, figures);
    expect(asked.map((question) => question.kind)).toEqual(["attendance", "business-plan"]);
  });

  it("puts targets before other comparisons, whatever order the rows come in", () => {
    const row = (comparison_kind: string, label: string): WorseComparisonRow => ({ label, value: 1, unit: "count", period: "2012/13", comparison_kind, comparison_label: "2011/12", comparison_value: 2, source_line: 3 });
    expect(boardQuestions({ comparisons: [row("previous", "A"), row("target", "B")], attendance: [], objectives: [] }, figures).map((question) => question.kind)).toEqual(["target", "comparison"]);
  });

  it("names a benchmark by its label and an objective with no one responsible without a responsibility", () => {
    const benchmark: WorseComparisonRow = { label: "Proven re-offending", value: 38, unit: "percent", period: "2011/12", comparison_kind: "benchmark", comparison_label: "England", comparison_value: 35, source_line: 694 };
    expect(boardQuestions({ comparisons: [benchmark], attendance: [], objectives: [] }, figures)[0]!.text).toBe(
      "Proven re-offending: 38% in 2011/12, worse than England (35%). What explains the difference, and what is being done about it?"
    );
    expect(objectiveQuestion({ priority_no: 4, objective: "Systems", responsibility: null, status: "not_stated", source_line: 1083 }, "b").text).toBe(
      'Priority 4: "Systems" has no completion stated. What stopped it, and when will it be done?'
    );
    expect(attendanceQuestion({ partner: "Schools", members: 3, meetings: 12, attended: 6, attendance_pct: 50, rest_attendance_pct: 60, source_line: 9, finding_line: null }, "a").text).toContain("its 3 members attended 6 of 12");
  });
});
