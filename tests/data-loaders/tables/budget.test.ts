import { describe, expect, it } from "vitest";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { budgetExpenditure, parseBudgetExpenditureTable } from "../../../data-loaders/tables/budget-expenditure.js";
import { budgetIncome, parseBudgetIncomeTable } from "../../../data-loaders/tables/budget-income.js";
import { budgetPosition, parseBudgetPositionTable } from "../../../data-loaders/tables/budget-position.js";
import { parseReportText } from "../../../data-loaders/report/report-text.js";
import { lineStarting, REPORT_SOURCE, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();
const pence = (amounts: number[]) => amounts.reduce((total, amount) => total + Math.round(amount * 100), 0);
const reportWithoutLines = (lines: number[]) => parseReportText(REPORT_SOURCE.split("\n").map((text, index) => (lines.includes(index + 1) ? "" : text)).join("\n"));

describe("budget_income", () => {
  const rows = budgetIncome.parse(report);

  it("has one row per partner of Table A, Total excluded, the health agencies at their block's subtotal", () => {
    expect(rows).toEqual([
      { partner: "Children & Learning", share_pct: 47, share_note: null, amount_gbp: 117630, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 971 },
      { partner: "Health agencies: PCT Luton/L&D Hospital & SEPT", share_pct: 40, share_note: null, amount_gbp: 98941, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 972 },
      { partner: "Probation", share_pct: 2, share_note: null, amount_gbp: 5188, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 977 },
      { partner: "Police", share_pct: 11, share_note: null, amount_gbp: 26545, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 978 },
      { partner: "CAFCASS", share_pct: null, share_note: "Nationally set contribution", amount_gbp: 550, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 979 },
      { partner: "Course Charges", share_pct: null, share_note: "N/A", amount_gbp: 13125, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 980 },
      { partner: "CDOP", share_pct: null, share_note: "N/A", amount_gbp: 43459, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 981 }
    ]);
  });

  it("reads the health agencies' block as parts £49,837.00 (line 972), £24,552.00, £24,552.00 and subtotal £98,941.00 (line 975)", () => {
    const health = parseBudgetIncomeTable(report).rows[1]!;
    expect(health).toMatchObject({ amount: 49837, line: 972 });
    expect(health.parts).toEqual([
      { amount: 49837, line: 972 },
      { amount: 24552, line: 973 },
      { amount: 24552, line: 974 }
    ]);
    expect(health.subtotal).toEqual({ amount: 98941, line: 975 });
  });

  it("gives every other partner line only its own amount as a part and no subtotal", () => {
    const others = parseBudgetIncomeTable(report).rows.filter((_, index) => index !== 1);
    expect(others.every((row) => row.subtotal === null && row.parts.length === 1 && row.parts[0]!.amount === row.amount)).toBe(true);
  });

  it("does not publish the block's parts as rows", () => {
    expect(rows.some((row) => row.amount_gbp === 24552 || row.amount_gbp === 49837)).toBe(false);
  });

  it("keeps the printed Total £305,438.00 on line 982", () => {
    expect(parseBudgetIncomeTable(report).total).toEqual({ amount: 305438, line: 982 });
  });

  it("reproduces the printed Total: 117,630 + 98,941 + 5,188 + 26,545 + 550 + 13,125 + 43,459 = 305,438.00", () => {
    expect(pence(rows.map((row) => row.amount_gbp))).toBe(30543800);
  });

  it("keeps a line's own amount when only one unlabeled amount is printed under it", () => {
    // Blank lines 973 and 974, leaving "£98,941.00" alone under the health agencies' line.
    const health = lineStarting("Health agencies:");
    const table = parseBudgetIncomeTable(reportWithoutLines([health + 1, health + 2]));
    expect(table.rows[1]).toMatchObject({ parts: [{ amount: 49837, line: health }, { amount: 98941, line: health + 3 }], subtotal: null });
  });
});

describe("budget_expenditure", () => {
  const rows = budgetExpenditure.parse(report);

  it("has one row per expenditure line of Table B, read exactly as printed on lines 986–991", () => {
    expect(rows).toEqual([
      { category: "Salaries", amount_gbp: 132640.49, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 986 },
      { category: "Premises (rents/rates/insurance)", amount_gbp: 3933.04, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 987 },
      { category: "Transport (travel to conferences/meetings)", amount_gbp: 335.7, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 988 },
      { category: "Supplies & Services (includes external trainers, venues, refreshments, launch event, stationary, printing & Child B SCR)", amount_gbp: 62383.55, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 989 },
      { category: "Support Services(HR/accountancy/payroll)", amount_gbp: 8072.75, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 990 },
      { category: "Capital Financing Costs (covers asset register charges for pc and laptops)", amount_gbp: 0, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 991 }
    ]);
  });

  it("reproduces the printed total expenditure £207,365.53 on line 993", () => {
    const { total } = parseBudgetExpenditureTable(report);
    expect(total).toEqual({ label: "Total expenditure", amount: 207365.53, line: 993 });
    expect(pence(rows.map((row) => row.amount_gbp))).toBe(20736553);
  });
});

describe("budget_position", () => {
  it("has the five lines under Table B, lines 993–997", () => {
    expect(budgetPosition.parse(report)).toEqual([
      { item: "Total expenditure", amount_gbp: 207365.53, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 993 },
      { item: "CDOP Underspend from 11/12", amount_gbp: 43464, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 994 },
      { item: "Underspend from 11/12", amount_gbp: 72542.57, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 995 },
      { item: "Underspend from 12/13", amount_gbp: 98072.47, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 996 },
      { item: "12/13 EOY net position", amount_gbp: 214079.04, financial_year: "2012/13", period_start: "2012-04-01", period_end: "2013-03-31", period_kind: "financial_year", source_line: 997 }
    ]);
  });

  it("picks out the year's underspend and the net position for the arithmetic check", () => {
    const table = parseBudgetPositionTable(report);
    expect(table.yearUnderspend).toEqual({ label: "Underspend from 12/13", amount: 98072.47, line: 996 });
    expect(table.netPosition).toEqual({ label: "12/13 EOY net position", amount: 214079.04, line: 997 });
    expect(table.underspends.map((line) => line.line)).toEqual([994, 995, 996]);
  });

  it("reproduces the printed net position: 43,464.00 + 72,542.57 + 98,072.47 = 214,079.04", () => {
    expect(pence([43464, 72542.57, 98072.47])).toBe(21407904);
  });
});

describe("budget table errors", () => {
  it("names Table A's row when a line loses its % cell", () => {
    const line = lineStarting("Probation\t");
    const broken = reportWithLine(line, () => "Probation\t£5,188.00");
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "Probation": expected 3 cells, found 2 (report line ${line})`);
  });

  it("names the % column when a share is text other than the report's notes", () => {
    const line = lineStarting("Police\t");
    const broken = reportWithLine(line, (text) => text.replace("11%", "eleven"));
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "Police" column "% contribution": expected a percentage such as 47%, found "eleven" (report line ${line})`);
  });

  it("names the Total column when an amount is not money", () => {
    const line = lineStarting("Course Charges\t");
    const broken = reportWithLine(line, (text) => text.replace("£13,125.00", "£13k"));
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "Course Charges" column "Total": expected an amount in pounds, found "£13k" (report line ${line})`);
  });

  it("names the health line when one of its unlabeled amounts is not money", () => {
    const line = lineStarting("Health agencies:") + 2;
    const broken = reportWithLine(line, () => "\t\tTBC");
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "Health agencies: PCT Luton/L&D Hospital & SEPT (unlabeled amount)" column "Total": expected an amount in pounds, found "TBC" (report line ${line})`);
  });

  it("rejects a partner line with no amount (a blank is not 0)", () => {
    const line = lineStarting("CDOP\t");
    const broken = reportWithLine(line, () => "CDOP\tN/A\t");
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "CDOP" column "Total": expected an amount in pounds, found "" (report line ${line})`);
  });

  it("stops when Table A's caption is missing", () => {
    const broken = reportWithLine(lineStarting("Table A - LSCB Income"), () => "LSCB Income");
    expect(() => budgetIncome.parse(broken)).toThrow(/^budget_income: expected one caption line matching .*, found none/);
  });

  it("stops when a Table A header label changes", () => {
    const line = lineStarting("LSCB Partner Agency");
    const broken = reportWithLine(line, (text) => text.replace("% contribution", "Share"));
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income column "header 2": expected header label "% contribution", found "Share" (report line ${line})`);
  });

  it("stops at Table B's caption when Table A's Total row is missing", () => {
    const broken = reportWithLine(lineStarting("Total\t\t£305,438.00"), () => "");
    const caption = lineStarting("Table B - LSCB Expenditure");
    expect(() => budgetIncome.parse(broken)).toThrow(`budget_income row "Total": expected a Total row closing the table, found "Table B - LSCB Expenditure, EOY 2012/13" (report line ${caption})`);
  });

  it("names Table B's row and column when an amount is not money", () => {
    const line = lineStarting("Salaries\t");
    const broken = reportWithLine(line, (text) => text.replace("132,640.49", "132,640.49p"));
    expect(() => budgetExpenditure.parse(broken)).toThrow(`budget_expenditure row "Salaries" column "amount": expected an amount in pounds, found "132,640.49p" (report line ${line})`);
  });

  it("names Table B's row when a line loses its padding cell", () => {
    const line = lineStarting("Transport (travel");
    const broken = reportWithLine(line, (text) => text.replace(/\t$/, ""));
    expect(() => budgetExpenditure.parse(broken)).toThrow(`budget_expenditure row "Transport (travel to conferences/meetings)": expected 3 cells, found 2 (report line ${line})`);
  });

  it("rejects text in Table B's empty third column", () => {
    const line = lineStarting("Salaries\t");
    const broken = reportWithLine(line, (text) => `${text}note`);
    expect(() => budgetExpenditure.parse(broken)).toThrow(`budget_expenditure row "Salaries" column "3": expected an empty cell, found "note" (report line ${line})`);
  });

  it("stops when Table B's caption is missing", () => {
    const broken = reportWithLine(lineStarting("Table B - LSCB Expenditure"), () => "LSCB Expenditure");
    expect(() => budgetExpenditure.parse(broken)).toThrow(/^budget_expenditure: expected one caption line matching .*, found none/);
  });

  it("stops when Table B's second header line changes", () => {
    const line = lineStarting("\tTotal cost across");
    const broken = reportWithLine(line, () => "\tCost\t");
    expect(() => budgetExpenditure.parse(broken)).toThrow(`budget_expenditure column "header 2": expected header label "Total cost across LSCB Business & Training units", found "Cost" (report line ${line})`);
  });

  it("names budget_position when an underspend is not money", () => {
    const line = lineStarting("Underspend from 11/12");
    const broken = reportWithLine(line, (text) => text.replace("£72,542.57", "£72.542,57"));
    expect(() => budgetPosition.parse(broken)).toThrow(`budget_position row "Underspend from 11/12" column "amount": expected an amount in pounds, found "£72.542,57" (report line ${line})`);
  });

  it("stops when the lines under Table B do not open with Total expenditure", () => {
    const line = lineStarting("Total expenditure");
    const broken = reportWithLine(line, (text) => text.replace("Total expenditure", "Expenditure total"));
    expect(() => budgetPosition.parse(broken)).toThrow(`budget_position row "Expenditure total": expected a "Total expenditure" line under Table B, found "Expenditure total" (report line ${line})`);
  });

  it("stops when the net position line is missing", () => {
    const line = lineStarting("12/13 EOY net position");
    const broken = reportWithLine(line, (text) => text.replace("net position", "balance"));
    expect(() => budgetPosition.parse(broken)).toThrow(`budget_position row "EOY net position": expected one line matching /\\bnet position\\b/i, found none (report line ${line})`);
  });
});

describe("budget periods", () => {
  it("reads the financial year from each caption: Table A's '2012/13' (line 969) and Table B's 'EOY 2012/13' (line 983)", () => {
    expect(parseBudgetIncomeTable(report).financialYear).toBe("2012/13");
    expect(budgetPosition.parse(report).map((row) => row.financial_year)).toEqual(["2012/13", "2012/13", "2012/13", "2012/13", "2012/13"]);
  });

  it("stops, naming the caption and its line, when a caption loses its year", () => {
    const caption = lineStarting("Table A - LSCB Income");
    expect(() => budgetIncome.parse(reportWithLine(caption, (text) => text.replace(", 2012/13", "")))).toThrow(
      `budget_income row "caption": expected a caption ending in a financial year such as 2012/13, found "Table A - LSCB Income" (report line ${caption})`
    );
  });
});
