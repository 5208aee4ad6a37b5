import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { businessPlan, completionStatus } from "../../../data-loaders/tables/business-plan.js";
import { parseBusinessPlan } from "../../../data-loaders/tables/business-plan-table.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";
import { linesStarting } from "../report-lines.js";

const report = readCommittedReport();

describe("business_plan", () => {
  const rows = businessPlan.parse(report);
  const row = (objectiveStart: string) => rows.find((candidate) => candidate.objective.startsWith(objectiveStart))!;

  it("has one row per objective: 35 objectives under 7 priorities", () => {
    expect(rows.length).toBe(35);
    const perPriority = [1, 2, 3, 4, 5, 6, 7].map((no) => rows.filter((candidate) => candidate.priority_no === no).length);
    expect(perPriority).toEqual([7, 4, 2, 7, 5, 7, 3]);
  });

  it("reads the priority headings without their markup, bullets or numbers", () => {
    const plan = parseBusinessPlan(report);
    expect(plan.priorities.map((priority) => priority.text.split("\n")[0])).toEqual([
      "To establish robust governance arrangements, ensuring the independent authority of the LSCB as a statutory body is recognized",
      "To promote participation, communication and consultation with professionals, children, young people, parents and carers",
      "To ensure effective safeguarding policies and procedures are in place to support the work of professionals",
      "To improve the quality and effectiveness of safeguarding practice through evaluation, support and driving continuous improvement",
      "To ensure the Children's workforce is supported by the provision of relevant and high quality single agency and multi agency Safeguarding training",
      "To learn from serious case reviews, child deaths and other serious incidents",
      "To co- ordinate safeguarding arrangements in three specific areas:"
    ]);
    expect(plan.priorities.map((priority) => priority.line)).toEqual([1026, 1053, 1075, 1082, 1114, 1124, 1137]);
  });

  it("numbers the two headings printed without a number (2 and 6) by their place", () => {
    expect(parseBusinessPlan(report).priorities.map((priority) => [priority.priorityNo, priority.numbered])).toEqual([
      [1, true], [2, false], [3, true], [4, true], [5, true], [6, false], [7, true]
    ]);
  });

  it("keeps the three areas of priority 7 as list lines", () => {
    expect(rows.at(-1)!.priority).toBe(
      "To co- ordinate safeguarding arrangements in three specific areas:\nFaith Communities\nChildren at risk of/involved in Sexual Exploitation\nProtect children experiencing neglect through effective use of the Graded Care Profile (GCP) tool."
    );
  });

  it("rejoins 'Agree a clear budget plan' / 'for the LSCB.' across the page break after line 1040", () => {
    expect(row("Agree a clear budget plan")).toEqual({
      priority_no: 1,
      priority: "To establish robust governance arrangements, ensuring the independent authority of the LSCB as a statutory body is recognized",
      objective: "Agree a clear budget plan for the LSCB.",
      key_tasks: "Calculate the costs of implementing the LSCB business plan for 2012 - 13",
      responsibility: "LSCB Business Manager",
      outcome_required: "The LSCB is clear about the resources required to implement its business plan.",
      completion: "Completed",
      status: "completed",
      source_line: 1040
    });
  });

  it("merges the lines with an empty Objective cell into the objective above, one task per line", () => {
    expect(row("Undertake an annual review of LSCB governance")).toMatchObject({
      key_tasks: [
        "The LSCB Governance Arrangements are collectively negotiated and understood by all LSCB Members.",
        "The LSCB Governance Arrangements are taken back to Member agencies to promote organisational understanding",
        "Board Members, including Lay Members, are properly inducted and supported in their role. LSCB Members re sign their Welcome Pack on an annual basis.",
        "To Review Membership annually ensuring board members are sufficiently senior to hold others to account and effect change. Where the LSCB Member is unable to attend, their named representative must be able to commit to decisions made by the LSCB.",
        "Specify the communication, reporting and accountability relationships with the Children's Trust Board, Shadow Health & Wellbeing Board and LBC Health & Social Care Review group to ensure the LSCB is kept informed of any restructuring/integration /downsizing or alignment by partners",
        "Monitor and report on attendance at LSCB and sub group meetings"
      ].join("\n"),
      responsibility: "LSCB Chair/LSCB\nLSCB Business Manager",
      outcome_required: [
        "The LSCB, Executive and sub-groups have a stable and committed membership.",
        "The LSCB has clearly understood communication, reporting and accountability relationships with key strategic planning partnerships.",
        "The LSCB, Executive and sub-groups have a stable and committed membership."
      ].join("\n"),
      source_line: 1029
    });
  });

  it("marks an objective carried forward when part of it moves to the 13/14 plan, even if another task is complete", () => {
    expect(row("Undertake an annual review of LSCB governance")).toMatchObject({
      completion:
        "Annually - Business Planning Meeting Feb 6 th 2013 This has not been fully completed as awaiting revision of WT 2013 now available, the LSCB Governance Arrangements should be formally reviewed. This should be carried over to 13/14 Business Plan.\nCompleted – this will be included in 12/13 Annual report",
      status: "carried_forward"
    });
  });

  it("rejoins an objective cut after 'the children's' and starts a new line for the next task after the page break", () => {
    expect(row("Strengthen communications")).toMatchObject({
      objective: "Strengthen communications between LSCB and the children's workforce and the public",
      key_tasks:
        "Develop and issue a quarterly LSBC newsletters and policy briefings to the whole workforce.\nConduct Practitioner Discussion groups with LSCB Independent Chair\nContinuing development of the LSCB website promoting access by Professionals, children, young people/parents and carers",
      completion: "1 st Publication – April 2012 2 nd Publication – Nov 2012\nCompleted\nCompleted",
      status: "completed",
      source_line: 1069
    });
  });

  it("keeps the list of vulnerable groups, across the page break, as lines of one objective", () => {
    expect(row("Ensure that the welfare of all vulnerable groups")).toMatchObject({
      objective: [
        "Ensure that the welfare of all vulnerable groups of children and young people are safeguarded e.g.",
        "Living away from home", "Trafficked", "Children of parents with learning disabilities", "Children with disabilities",
        "Missing from home", "Vulnerable parents", "Children using or affected by alcohol or drugs", "Children affected by Domestic abuse",
        "Children Missing Education", "Home Schooled Children", "In conflict with the law", "Parents/Carers with Mental Health issues",
        "Children who are privately fostered"
      ].join("\n"),
      key_tasks: "To receive requested assurance reports (either single agency report or joint report) in respect of identified groups of vulnerable.",
      outcome_required:
        "The LSCB is assured of the safeguarding arrangements for specific vulnerable groups of children to gauge how well their needs are being met, taking account of any practice guidance.",
      source_line: 1093
    });
  });

  it("numbers an <ol> task list one item per line, rejoining item 3 across the page break", () => {
    expect(row("The LSCB will implement a T&F group")).toMatchObject({
      key_tasks:
        "1. Plan & deliver professionals seminar\n2. Complete audit to ascertain scope scale of CSE across Bedfordshire & Luton\n3. Review current Professional training workshop\n4. Consider options for improving awareness with wider community",
      outcome_required: "The LSCB is informed of the scope & nature of CSE across the County and processes are in place to support young people at risk of or experiencing CSE.",
      completion: "Completed – T&F group in place"
    });
  });

  it("treats blank task cells as NULL (training evaluation objective, line 1119)", () => {
    expect(row("To monitor and evaluate the effectiveness of single agency")).toMatchObject({
      key_tasks: null,
      responsibility: "LSCB Training Unit",
      outcome_required: null,
      completion: "Completed For inclusion in 12/13 Annual Report",
      source_line: 1119
    });
  });

  it("reads the last objective, whose Objective cell opens with list markup, as an objective of its own", () => {
    expect(rows.at(-1)).toMatchObject({
      priority_no: 7,
      objective: "To raise awareness in faith communities as to how they can contribute to safeguarding and promoting the welfare of children",
      completion: "Project in place",
      status: "in_progress",
      source_line: 1143
    });
  });

  it("derives 29 completed, 3 carried-forward and 3 in-progress objectives", () => {
    const count = (status: string) => rows.filter((candidate) => candidate.status === status).length;
    expect([count("completed"), count("carried_forward"), count("in_progress"), count("not_stated")]).toEqual([29, 3, 3, 0]);
    expect(rows.filter((candidate) => candidate.status !== "completed").map((candidate) => candidate.source_line)).toEqual([1029, 1045, 1062, 1136, 1142, 1143]);
  });

  it("finds the stated number of priorities in the introduction", () => {
    expect(parseBusinessPlan(report).statedPriorityCount).toEqual({ count: 7, line: 1003 });
  });
});

describe("completionStatus", () => {
  it("is not_stated for a blank cell", () => {
    expect(completionStatus(null)).toBe("not_stated");
    expect(completionStatus(" ")).toBe("not_stated");
  });

  it("is carried_forward when the work moves to the 13/14 plan", () => {
    expect(completionStatus("This should be carried into 13/14 Business plan")).toBe("carried_forward");
    expect(completionStatus("This work is a continuous activity and will be ongoing in 13/14 Business Plan")).toBe("carried_forward");
    expect(completionStatus("To be carried forward")).toBe("carried_forward");
  });

  it("is completed for 'Complete', 'Completed' and 'Review completed'", () => {
    expect(completionStatus("Complete New model of CP Conferencing")).toBe("completed");
    expect(completionStatus("Nov 2012- Completed but response poor. Report to Dec Executive")).toBe("completed");
    expect(completionStatus("Review completed")).toBe("completed");
  });

  it("does not read 'not yet completed' as completed", () => {
    expect(completionStatus("Audit not yet completed")).toBe("in_progress");
  });

  it("is in_progress for any other note", () => {
    expect(completionStatus("The use of the GCP tool remains low")).toBe("in_progress");
    expect(completionStatus("Project in place")).toBe("in_progress");
  });
});

describe("business_plan errors", () => {
  it("names the objective and line when a row has a missing cell", () => {
    const line = lineStarting("Review the implementation of the business plan");
    const broken = reportWithLine(line, (text) => text.replace(/\t$/, ""));
    expect(() => businessPlan.parse(broken)).toThrow(`business_plan row "Review the implementation of the…": expected 6 cells, found 5 (report line ${line})`);
  });

  it("refuses a priority heading whose number is out of sequence", () => {
    const line = lineStarting("• 4. To improve the quality");
    const broken = reportWithLine(line, (text) => text.replace("• 4.", "• 5."));
    expect(() => businessPlan.parse(broken)).toThrow(`business_plan row "5. To improve the quality and…" column "Objective": expected priority number 4, found 5 (report line ${line})`);
  });

  it("refuses a rating on an objective row", () => {
    const line = lineStarting("Develop a clear business plan");
    const broken = reportWithLine(line, (text) => `${text}Green`);
    expect(() => businessPlan.parse(broken)).toThrow(
      `business_plan row "Develop a clear business plan which…" column "Priority RAG Rating": expected a blank cell on an objective row (ratings sit on priority headings), found "Green" (report line ${line})`
    );
  });

  it("refuses tasks printed before any objective of their priority", () => {
    const line = lineStarting("To have comprehensive and integrated systems");
    const broken = reportWithLine(line, (text) => text.replace(/^[^\t]*/, ""));
    expect(() => businessPlan.parse(broken)).toThrow(`business_plan row "To continually review the LSCB…" column "Objective": expected an objective before its tasks, found "" (report line ${line})`);
  });

  it("stops when the caption is missing", () => {
    const line = lineStarting("The LSCB Annual Business Plan 2012-2013");
    const broken = reportWithLine(line, () => "Business Plan");
    expect(() => businessPlan.parse(broken)).toThrow(ReportFormatError);
    expect(() => businessPlan.parse(broken)).toThrow(/^business_plan: expected one caption line matching .*, found none/);
  });

  it("stops when a header label changes", () => {
    const line = linesStarting("Objective\tKey Tasks")[0]!;
    const broken = reportWithLine(line, (text) => text.replace("Outcome Required", "Outcome"));
    expect(() => businessPlan.parse(broken)).toThrow(`business_plan column "header 4": expected header label "Outcome Required", found "Outcome" (report line ${line})`);
  });

  it("stops when a header repeated after a page break changes", () => {
    const line = linesStarting("Objective\tKey Tasks")[5]!;
    const broken = reportWithLine(line, (text) => text.replace("Completion Date", "Completed"));
    expect(() => businessPlan.parse(broken)).toThrow(`business_plan column "header 5": expected the repeated header label "Completion Date", found "Completed" (report line ${line})`);
  });
});
