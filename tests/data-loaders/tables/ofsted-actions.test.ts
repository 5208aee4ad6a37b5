import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { ofstedActions, parseOfstedActionPlan, splitRagCell } from "../../../data-loaders/tables/ofsted-actions.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";
import { linesStarting } from "../report-lines.js";

const report = readCommittedReport();

describe("ofsted_actions", () => {
  const rows = ofstedActions.parse(report);

  it("has one row per recommendation, numbered in report order: 4 cross-cutting, 5 safeguarding, 7 looked-after-children", () => {
    expect(rows.map((row) => row.action_no)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    const count = (theme: string) => rows.filter((row) => row.theme === theme).length;
    expect([count("Cross cutting"), count("Safeguarding"), count("Looked after children")]).toEqual([4, 5, 7]);
  });

  it("reads action 1 whole, its progress and commentary rejoined across the page break after line 1195", () => {
    expect(rows[0]).toEqual({
      action_no: 1,
      theme: "Cross cutting",
      timescale: "Within three months",
      recommendation: "Take action to reduce caseloads in the neighbourhood team and increase the time available to care planning and direct work with children",
      progress: [
        "We have maintained the reduction of caseload in the neighbourhood Teams reported in the last update",
        "Average care loads in the neighbourhood teams stood at 30 children per social worker in December 2011 with considerable discrepancies between different neighbourhoods. In February 2013 the average case load size was x with very similar caseload size between teams.",
        "We hope to further reduce caseloads through the introduction of Deputy Team Managers. Funding has now been identified for this and recruitment of interim staff is in progress while formal processes to amend JDs and team structures is completed"
      ].join("\n"),
      rag_rating: "Good progress",
      rag_commentary: "We have achieved a significant reduction in case loads. Further reduction should result from the implementation of the Deputy Manager role",
      source_line: 1195
    });
  });

  it("puts each bulleted progress item on its own line", () => {
    expect(rows[2]!.progress).toBe(
      [
        "Information has been provided to all staff on the importance of completing chronologies",
        "The functionality of CareFirst in providing effective chronologies has been reviewed.",
        "Soft market testing of IT systems reveals that no IT provider has an effective way of enabling chronologies to be generated",
        "Work is currently underway with OLM (CareFirst provider) to implement more effective chronologies"
      ].join("\n")
    );
  });

  it("gives each action the timescale heading above it, writing '3' and '6' as words", () => {
    expect(rows.map((row) => row.timescale.replace("Within ", "").replace(" months", ""))).toEqual([
      "three", "three", "three", "six",
      "three", "three", "three", "six", "six",
      "three", "three", "three", "three", "three", "six", "six"
    ]);
  });

  it("reads a judgement printed without paragraph tags (action 4, 'Good progress <p>Steps…')", () => {
    expect(rows[3]).toMatchObject({
      timescale: "Within six months",
      rag_rating: "Good progress",
      rag_commentary:
        "Steps have been taken to improve the functionality of CareFirst both as a case management tool and to produce management information. Implementation of the first stage of this has been well received with a reduction in SW time spent recording."
    });
  });

  it("leaves the commentary NULL when the cell holds only the judgement (action 9, 'Completed')", () => {
    expect(rows[8]).toMatchObject({ theme: "Safeguarding", rag_rating: "Completed", rag_commentary: null, source_line: 1215 });
  });

  it("rejoins a recommendation, its progress and its commentary cut mid-sentence by a page break (action 11)", () => {
    expect(rows[10]).toEqual({
      action_no: 11,
      theme: "Looked after children",
      timescale: "Within three months",
      recommendation: "Ensure the timing and location of looked after reviews takes full account of children’s wishes and feelings",
      progress: [
        "Service has ensured that",
        "Child’s placement is considered as the first choice of venue for reviews by social workers in their work with children prior to reviews.",
        "Alternative venue to be sought where this is not appropriate in line with children's wishes and feelings.",
        "The service is not able to resource fully meeting children's wishes for reviews to be held outside of school hours"
      ].join("\n"),
      rag_rating: "Good progress",
      rag_commentary: "Staff are aware of the need to respect children's views, although resource implication mean this is not always possible",
      source_line: 1222
    });
  });

  it("drops the stray full stop before 'NHS Bedfordshire and Luton must ensure…' and reads 'Actions complete' (action 13)", () => {
    expect(rows[12]).toMatchObject({
      recommendation:
        "NHS Bedfordshire and Luton must ensure that all looked after children and young people receive age appropriate health education and promotion information, and that this is recorded in their health assessments.",
      rag_rating: "Actions complete",
      rag_commentary: "Health promotion packs are available to be used",
      source_line: 1226
    });
  });

  it("takes the commentary of action 14 from the line after the page break", () => {
    expect(rows[13]).toMatchObject({
      recommendation: "NHS Luton and Bedfordshire and LBC must ensure that the SDQ's outcomes are reviewed as part of the emotional health and wellbeing assessment during the review of the health assessments",
      progress: "New designated nurse is now in post and pathway is now being developed – target date is 1st April 2013",
      rag_rating: "Some progress",
      rag_commentary: "Action is now being taken to address this"
    });
  });

  it("ends with the last action before the References", () => {
    expect(rows[15]).toMatchObject({ theme: "Looked after children", timescale: "Within six months", rag_rating: "Good progress", rag_commentary: "Review has been completed and plans in place to address issues", source_line: 1232 });
  });

  it("keeps every printed line an action was read from", () => {
    expect(parseOfstedActionPlan(report)[7]!.fragments.map((fragment) => fragment.line)).toEqual([1212, 1214]);
  });
});

describe("splitRagCell", () => {
  it("splits the leading judgement from the commentary", () => {
    expect(splitRagCell("Some progress\nAction is now being taken")).toEqual({ ragRating: "Some progress", ragCommentary: "Action is now being taken" });
  });

  it("returns a NULL rating, keeping the text as commentary, when no judgement opens the cell", () => {
    expect(splitRagCell("Partly done")).toEqual({ ragRating: null, ragCommentary: "Partly done" });
    expect(splitRagCell("")).toEqual({ ragRating: null, ragCommentary: null });
  });
});

describe("ofsted_actions errors", () => {
  it("names the action and line when a row has a missing cell", () => {
    const line = lineStarting("<p>Ensure the effective use of chronologies");
    const broken = reportWithLine(line, (text) => text.slice(0, text.lastIndexOf("\t")));
    expect(() => ofstedActions.parse(broken)).toThrow(`ofsted_actions row "Ensure the effective use of…": expected 3 cells or a theme or timescale heading, found 2 cells (report line ${line})`);
  });

  it("refuses a heading that is neither a theme nor a timescale", () => {
    // The second "Within six months" heading, under Safeguarding.
    const line = linesStarting("Within six months")[1]!;
    const broken = reportWithLine(line, () => "Within six weeks\t\t");
    expect(() => ofstedActions.parse(broken)).toThrow(
      `ofsted_actions row "Within six weeks": expected a theme (Cross Cutting Actions, Safeguarding, Looked After Children) or timescale (Within three/six months) heading, found "Within six weeks" (report line ${line})`
    );
  });

  it("stops when a theme's heading is changed and its actions are lost", () => {
    const line = lineStarting("Looked After Children");
    const broken = reportWithLine(line, () => "Looked After Kids");
    expect(() => ofstedActions.parse(broken)).toThrow(`ofsted_actions row "Looked after children": expected at least one action under the theme "Looked after children", found none (report line ${line})`);
  });

  it("refuses an action printed before any timescale heading", () => {
    const line = linesStarting("Within three months")[0]!;
    const broken = reportWithLine(line, () => "");
    expect(() => ofstedActions.parse(broken)).toThrow(
      `ofsted_actions row "Take action to reduce caseloads in the…": expected a timescale heading under the theme "Cross cutting", found none (report line ${line + 1})`
    );
  });

  it("refuses a continuation with no action above it", () => {
    const line = lineStarting("<p>Improve the quality of assessments");
    const broken = reportWithLine(line, (text) => text.replace(/^[^\t]*/, ""));
    expect(() => ofstedActions.parse(broken)).toThrow(`ofsted_actions row "" column "Recommendation": expected a recommendation, found "" (report line ${line})`);
  });

  it("stops when the caption is missing", () => {
    const line = lineStarting("Appendix 4 :Safeguarding");
    const broken = reportWithLine(line, () => "Appendix 4");
    expect(() => ofstedActions.parse(broken)).toThrow(ReportFormatError);
    expect(() => ofstedActions.parse(broken)).toThrow(/^ofsted_actions: expected one caption line matching .*, found none/);
  });

  it("stops when a header label changes", () => {
    const line = lineStarting("Recommendation\tProgress February 2013");
    const broken = reportWithLine(line, (text) => text.replace("Rag rating", "Status"));
    expect(() => ofstedActions.parse(broken)).toThrow(`ofsted_actions column "header 3": expected header label /^Rag rating$/i, found "Status" (report line ${line})`);
  });
});
