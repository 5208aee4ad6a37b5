import { describe, expect, it } from "vitest";
import { checkMaracProse } from "../../../data-loaders/checks/marac-prose.js";
import { checkRatePrintedAsPercent } from "../../../data-loaders/checks/rate-printed-as-percent.js";
import { checkRestatedFigures } from "../../../data-loaders/checks/restated-figures.js";
import { checkStatedBreakdowns } from "../../../data-loaders/checks/stated-breakdowns.js";
import { checkStatedDirections } from "../../../data-loaders/checks/stated-directions.js";
import { checkStatedPercentages } from "../../../data-loaders/checks/stated-percentages.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { lineContaining } from "../line-containing.js";
import { reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const edit = (text: string, from: string, to: string) => reportWithLine(lineContaining(text), (line) => line.replace(from, to));

describe("checkStatedPercentages", () => {
  it("finds every count stated with its percentage consistent on the real report (902 (82%), 6 (19%), 47% (170)…)", () => {
    expect(checkStatedPercentages(report).filter((finding) => finding.check_id === "stated_percentage_mismatch")).toEqual([]);
  });

  it("fires when a stated count and percentage disagree", () => {
    const line = lineContaining("with 902 (82%) of employees");
    expect(checkStatedPercentages(edit("with 902 (82%) of employees", "902 (82%)", "902 (85%)"))).toContainEqual({
      check_id: "stated_percentage_mismatch",
      table_name: "indicators",
      severity: "error",
      message: "Employees allocated a place on multi-agency training: the report gives 902 (85%) of the 1,101 applications, but 902 out of 1,101 is 81.93%, which rounds to 82%.",
      expected: 85,
      actual: 82,
      source_line: line
    });
  });

  it("warns when no whole number of deaths out of 31 gives the stated share (22% White British, 20% Dallow)", () => {
    const unreachable = checkStatedPercentages(report).filter((finding) => finding.check_id === "stated_percentage_unreachable");
    expect(unreachable.map((finding) => [finding.severity, finding.expected, finding.actual, finding.source_line])).toEqual([
      ["warning", 22, 23, lineContaining("only 22% of the children who died")],
      ["warning", 20, 19, lineContaining("20% of the deaths were in the Dallow Ward")],
      ["info", 2.68, 2.66, lineContaining("accounting for 16.8% and 2.68%")]
    ]);
    expect(unreachable[0]!.message).toBe(
      "Child deaths of White British children: the report says 22% of the 31 deaths, but no whole number of deaths out of 31 gives 22% (6 would be 19%, 7 would be 23%)."
    );
  });

  it("does not warn when the share is reachable", () => {
    const fixed = edit("only 22% of the children who died", "only 22%", "only 23%");
    expect(checkStatedPercentages(fixed).map((finding) => finding.source_line)).not.toContain(lineContaining("only 22% of the children who died"));
  });

  it("returns a warning instead of throwing when a sentence it needs has changed", () => {
    const line = lineContaining("with 902 (82%) of employees");
    const broken = reportWithLine(line, (text) => text.replace("Applications for training events reached", "Applications reached"));
    const findings = checkStatedPercentages(broken);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check_id: "stated_percentage_mismatch", severity: "warning", expected: null, actual: null, source_line: line });
    expect(findings[0]!.message).toMatch(/^This check could not be run because the report could not be read as expected: indicators row "training_applications, training_places_allocated, training_places_allocated_pct": expected one sentence matching/);
  });
});

describe("checkStatedBreakdowns", () => {
  it("fires on the real report: the four areas of concern are said to make 89.2% but add up to 91.88%", () => {
    expect(checkStatedBreakdowns(report)).toEqual([
      {
        check_id: "stated_breakdown_sum",
        table_name: "indicators",
        severity: "error",
        message:
          "Referrals in the four areas of concern combined (2012): the report gives the whole as 89.2%, but the parts it gives (child protection 16.8%, homeless young people 2.68%, domestic violence 20.3%, general childcare 52.1%) add up to 91.88%.",
        expected: 89.2,
        actual: 91.88,
        source_line: lineContaining("these four areas of concern combined")
      }
    ]);
  });

  it("accepts a whole that matches its parts to the report's rounding", () => {
    expect(checkStatedBreakdowns(edit("these four areas of concern combined", "89.2%", "91.9%"))).toEqual([]);
  });

  it("fires when counts do not add up exactly (Channel: adults and young people make the 9 referrals)", () => {
    const findings = checkStatedBreakdowns(edit("individual cases were referred to the Channel Panel", "7 were adults", "6 were adults"));
    expect(findings.filter((finding) => finding.message.startsWith("Individuals referred")).map((finding) => [finding.expected, finding.actual])).toEqual([[9, 8]]);
    expect(findings.filter((finding) => finding.message.startsWith("Adults referred")).map((finding) => [finding.expected, finding.actual])).toEqual([[6, 7]]);
  });
});

describe("checkRestatedFigures", () => {
  it("fires on the real report: private fostering arrangements are 5 in one section and 3 in another", () => {
    const findings = checkRestatedFigures(report);
    expect(findings.map((finding) => [finding.check_id, finding.severity, finding.expected, finding.actual, finding.source_line])).toEqual([
      ["restated_figure_differs", "error", 5, 3, lineContaining("which stands at 3, a reduction of 2")]
    ]);
    expect(findings[0]!.message).toContain(`Private fostering arrangements: the report states 5 at line ${lineContaining("5 'privately fostered' are being monitored")}`);
  });

  it("does not fire when every statement agrees", () => {
    expect(checkRestatedFigures(edit("which stands at 3, a reduction of 2", "stands at 3", "stands at 5"))).toEqual([]);
  });

  it("fires when a restated base differs (Of the 194 children)", () => {
    const findings = checkRestatedFigures(edit("Of the 194 children, 79%", "Of the 194 children", "Of the 195 children"));
    expect(findings.map((finding) => [finding.expected, finding.actual])).toContainEqual([194, 195]);
  });
});

describe("checkStatedDirections", () => {
  it("finds no contradiction between the words and the figures on the real report", () => {
    expect(checkStatedDirections(report)).toEqual([]);
  });

  it("fires when a figure said to have risen is lower", () => {
    const line = lineContaining("but for a second or subsequent time, rose to 17.6%");
    const findings = checkStatedDirections(edit("but for a second or subsequent time, rose to 17.6%", "rose to 17.6%", "rose to 11.0%"));
    expect(findings).toEqual([
      {
        check_id: "stated_direction_contradicted",
        table_name: "indicators",
        severity: "error",
        message: 'Repeat child protection plans: the report says "rose to … from … last year", but 11.0% is not higher than 11.8%.',
        expected: 11,
        actual: 11.8,
        source_line: line
      }
    ]);
  });

  it("fires when an 'almost' change is not just short of the stated one", () => {
    const findings = checkStatedDirections(edit("an increase of almost 50%", "almost 50%", "almost 40%"));
    expect(findings.map((finding) => [finding.check_id, finding.expected, finding.actual])).toEqual([["stated_change_mismatch", 40, 48.8]]);
  });
});

describe("checkMaracProse", () => {
  it("finds the text's 363 referrals, 525 children and 170 non-police referrals in the MARAC table", () => {
    expect(checkMaracProse(report)).toEqual([]);
  });

  it("fires when the text and the TOTAL row disagree", () => {
    const line = lineContaining("with a total of 525 children identified");
    expect(checkMaracProse(edit("with a total of 525 children identified", "525 children", "520 children"))).toEqual([
      {
        check_id: "marac_prose_vs_table",
        table_name: "indicators",
        severity: "error",
        message: `Children in high-risk households discussed at MARAC: the text says 520 (line ${line}) but the MARAC table's TOTAL row (line ${lineContaining("TOTAL\t363")}) gives 525 children.`,
        expected: 525,
        actual: 520,
        source_line: line
      }
    ]);
  });

  it("compares non-police referrals with every agency column but Police", () => {
    const findings = checkMaracProse(edit("were referred by non police agencies", "(170)", "(171)"));
    expect(findings.map((finding) => [finding.expected, finding.actual])).toEqual([[170, 171]]);
  });
});

describe("checkRatePrintedAsPercent", () => {
  it("notes the conception rate printed as 33.7% per 1,000", () => {
    expect(checkRatePrintedAsPercent(report)).toEqual([
      {
        check_id: "rate_printed_as_percent",
        table_name: "indicators",
        severity: "info",
        message: 'A rate is printed with a % sign: "33.7% per 1,000". A percentage and a rate per 1,000 are different measures; the indicators table reads it as 33.7 per 1,000.',
        expected: 33.7,
        actual: null,
        source_line: lineContaining("conception rates stands at")
      }
    ]);
  });

  it("does not fire on a rate written without a % sign", () => {
    expect(checkRatePrintedAsPercent(edit("conception rates stands at", "33.7% per 1,000", "33.7 per 1,000"))).toEqual([]);
  });
});
