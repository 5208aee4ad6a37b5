import { describe, expect, it } from "vitest";
import { checkBudgetExpenditureTotals } from "../../../data-loaders/checks/budget-expenditure-totals.js";
import { checkBudgetIncomeTotals } from "../../../data-loaders/checks/budget-income-totals.js";
import { checkBudgetNetPosition } from "../../../data-loaders/checks/budget-net-position.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { parseReportText } from "../../../data-loaders/report/report-text.js";
import { lineStarting, REPORT_SOURCE, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const HEALTH_LINE = lineStarting("Health agencies:");
const INCOME_TOTAL_LINE = lineStarting("Total\t\t£305,438.00");
const reportWithoutLines = (lines: number[]) => parseReportText(REPORT_SOURCE.split("\n").map((text, index) => (lines.includes(index + 1) ? "" : text)).join("\n"));

describe("checkBudgetIncomeTotals on the report", () => {
  // 49,837 + 24,552 + 24,552 = 98,941; 117,630 + 98,941 + 5,188 + 26,545 + 550 + 13,125 + 43,459 = 305,438, the printed Total.
  it("finds only a note explaining the health agencies' block", () => {
    expect(checkBudgetIncomeTotals(report)).toEqual([
      {
        check_id: "budget_income_health_block",
        table_name: "budget_income",
        severity: "info",
        message:
          'The line "Health agencies: PCT Luton/L&D Hospital & SEPT" prints £49,837.00, and the three amounts printed under it without a label are its other parts and its subtotal: £49,837.00 + £24,552.00 + £24,552.00 = £98,941.00. The published row uses the subtotal £98,941.00.',
        expected: 98941,
        actual: 98941,
        source_line: 972
      }
    ]);
  });

  it("finds no error or warning: the Total and the health subtotal both hold", () => {
    expect(checkBudgetIncomeTotals(report).filter((finding) => finding.severity !== "info")).toEqual([]);
  });
});

describe("checkBudgetIncomeTotals", () => {
  it("fires on the Total when a partner amount changes (Police £26,545.00 -> £26,645.00)", () => {
    const broken = reportWithLine(lineStarting("Police\t"), (text) => text.replace("£26,545.00", "£26,645.00"));
    expect(checkBudgetIncomeTotals(broken).filter((finding) => finding.severity !== "info")).toEqual([
      {
        check_id: "budget_income_total",
        table_name: "budget_income",
        severity: "error",
        message:
          'Table A\'s printed Total income is £305,438.00, but its 7 partner amounts, counting "Health agencies: PCT Luton/L&D Hospital & SEPT" at its subtotal £98,941.00, add up to £305,538.00 (£100.00 more).',
        expected: 305438,
        actual: 305538,
        source_line: INCOME_TOTAL_LINE
      }
    ]);
  });

  it("says 'less' when the partner amounts fall short of the Total", () => {
    const broken = reportWithLine(INCOME_TOTAL_LINE, () => "Total\t\t£306,000.00");
    expect(checkBudgetIncomeTotals(broken)[0]).toMatchObject({
      check_id: "budget_income_total",
      message: 'Table A\'s printed Total income is £306,000.00, but its 7 partner amounts, counting "Health agencies: PCT Luton/L&D Hospital & SEPT" at its subtotal £98,941.00, add up to £305,438.00 (£562.00 less).',
      expected: 306000,
      actual: 305438
    });
  });

  it("fires on the health subtotal, not the Total, when one of its parts changes (£24,552.00 -> £24,562.00)", () => {
    const broken = reportWithLine(HEALTH_LINE + 1, () => "\t\t£24,562.00");
    expect(checkBudgetIncomeTotals(broken)).toEqual([
      {
        check_id: "budget_income_subtotal",
        table_name: "budget_income",
        severity: "error",
        message:
          'The line "Health agencies: PCT Luton/L&D Hospital & SEPT" prints £49,837.00, and the three amounts printed under it without a label are its other parts and its subtotal, but the parts do not add up to the subtotal: £49,837.00 + £24,562.00 + £24,552.00 = £98,951.00, not £98,941.00. The published row uses the printed subtotal £98,941.00.',
        expected: 98941,
        actual: 98951,
        source_line: HEALTH_LINE
      }
    ]);
  });

  it("fires on both the subtotal and the Total when the subtotal itself changes", () => {
    const broken = reportWithLine(HEALTH_LINE + 3, () => "\t\t£98,000.00");
    expect(checkBudgetIncomeTotals(broken).map(({ check_id, expected, actual }) => ({ check_id, expected, actual }))).toEqual([
      { check_id: "budget_income_total", expected: 305438, actual: 304497 },
      { check_id: "budget_income_subtotal", expected: 98000, actual: 98941 }
    ]);
  });

  it("warns, and keeps the line's own amount, when only one unlabeled amount is printed under a line", () => {
    // Lines 973 and 974 blanked: "£98,941.00" alone under the health agencies' £49,837.00.
    const lone = reportWithoutLines([HEALTH_LINE + 1, HEALTH_LINE + 2]);
    expect(checkBudgetIncomeTotals(lone)).toEqual([
      expect.objectContaining({ check_id: "budget_income_total", message: "Table A's printed Total income is £305,438.00, but its 7 partner amounts add up to £256,334.00 (£49,104.00 less).", expected: 305438, actual: 256334 }),
      {
        check_id: "budget_income_unlabeled_amount",
        table_name: "budget_income",
        severity: "warning",
        message:
          'The line "Health agencies: PCT Luton/L&D Hospital & SEPT" prints £49,837.00, and one amount, £98,941.00, is printed under it without a label; it is unclear whether it is part of the partner\'s contribution, so the published row keeps £49,837.00.',
        expected: null,
        actual: 98941,
        source_line: HEALTH_LINE + 3
      }
    ]);
  });
});

describe("checkBudgetExpenditureTotals", () => {
  // 132,640.49 + 3,933.04 + 335.70 + 62,383.55 + 8,072.75 + 0.00 = 207,365.53
  it("finds nothing on the report: the six lines add up to the printed £207,365.53", () => {
    expect(checkBudgetExpenditureTotals(report)).toEqual([]);
  });

  it("fires when an expenditure line changes by a penny", () => {
    const broken = reportWithLine(lineStarting("Salaries\t"), (text) => text.replace("132,640.49", "132,640.50"));
    expect(checkBudgetExpenditureTotals(broken)).toEqual([
      {
        check_id: "budget_expenditure_total",
        table_name: "budget_expenditure",
        severity: "error",
        message: "Table B's printed total expenditure is £207,365.53, but its 6 expenditure lines add up to £207,365.54.",
        expected: 207365.53,
        actual: 207365.54,
        source_line: 993
      }
    ]);
  });
});

describe("checkBudgetNetPosition", () => {
  // 305,438.00 - 207,365.53 = 98,072.47; 43,464.00 + 72,542.57 + 98,072.47 = 214,079.04
  it("finds nothing on the report: the 12/13 underspend and the net position both hold", () => {
    expect(checkBudgetNetPosition(report)).toEqual([]);
  });

  it("fires on the net position alone when it changes", () => {
    const line = lineStarting("12/13 EOY net position");
    const broken = reportWithLine(line, (text) => text.replace("£214,079.04", "£214,079.00"));
    expect(checkBudgetNetPosition(broken)).toEqual([
      {
        check_id: "budget_net_position",
        table_name: "budget_position",
        severity: "error",
        message:
          'The "12/13 EOY net position" is £214,079.00, but the underspends printed above it (CDOP Underspend from 11/12 £43,464.00; Underspend from 11/12 £72,542.57; Underspend from 12/13 £98,072.47) add up to £214,079.04.',
        expected: 214079,
        actual: 214079.04,
        source_line: line
      }
    ]);
  });

  it("fires on the 12/13 underspend, and on the net position built from it, when the underspend changes", () => {
    const line = lineStarting("Underspend from 12/13");
    const broken = reportWithLine(line, (text) => text.replace("£98,072.47", "£98,072.00"));
    expect(checkBudgetNetPosition(broken)).toEqual([
      {
        check_id: "budget_year_underspend",
        table_name: "budget_position",
        severity: "error",
        message: '"Underspend from 12/13" is £98,072.00, but Table A\'s Total income £305,438.00 less Table B\'s total expenditure £207,365.53 is £98,072.47.',
        expected: 98072,
        actual: 98072.47,
        source_line: line
      },
      expect.objectContaining({ check_id: "budget_net_position", expected: 214079.04, actual: 214078.57 })
    ]);
  });
});
