import { describe, expect, it } from "vitest";
import { summarizeBudgetBreakdown, summarizeBudgetPosition, summarizeStaffTrained, summarizeTrainingEvents, summarizeTrainingFunnel, titleBudgetBreakdown } from "../../src/lib/summaries-workforce-and-budget.js";

describe("summarizeTrainingFunnel", () => {
  it("describes each programme from its applications on, with the report's shares", () => {
    const text = summarizeTrainingFunnel([
      { programme: "All multi-agency training", stage: "Applications", people: 1101, share_of_applications_pct: null, period: "2012/13" },
      { programme: "All multi-agency training", stage: "Allocated a place", people: 902, share_of_applications_pct: 82, period: "2012/13" },
      { programme: "Level 2", stage: "Applications", people: 316, share_of_applications_pct: null, period: "2012/13" },
      { programme: "Level 2", stage: "Took up a place", people: 149, share_of_applications_pct: 47, period: "2012/13" }
    ]);
    expect(text).toBe(
      "All multi-agency training in 2012/13: 1,101 applications; allocated a place: 902 (82% of applications). Level 2 in 2012/13: 316 applications; took up a place: 149 (47% of applications)."
    );
  });

  it("says so when there are no rows", () => {
    expect(summarizeTrainingFunnel([])).toBe("The report gives no training applications for this period.");
  });
});

describe("summarizeTrainingEvents", () => {
  it("names the largest group and lists every group", () => {
    expect(
      summarizeTrainingEvents([
        { event_kind: "Specialist events", stage: "Scheduled", events: 22 },
        { event_kind: "Specialist events", stage: "Delivered", events: 15 }
      ])
    ).toBe("The report counts 2 groups of training events. The largest: Specialist events, 22 scheduled. In full: Specialist events, 22 scheduled; Specialist events, 15 delivered.");
  });
});

describe("summarizeStaffTrained", () => {
  it("gives the highest and the lowest share with their periods, leaving out missing values", () => {
    expect(
      summarizeStaffTrained([
        { organisation: "SEPT", period: "Nov 2013 update", trained_pct: 100 },
        { organisation: "PCT staff", period: "before Apr 2013", trained_pct: 80 },
        { organisation: "Unknown", period: "2012/13", trained_pct: null }
      ])
    ).toBe("The report gives 2 figures for the share of staff trained in safeguarding children. The highest is SEPT at 100% (Nov 2013 update); the lowest is PCT staff at 80% (before Apr 2013).");
  });
});

describe("summarizeBudgetBreakdown", () => {
  it("totals income to the penny and names the largest and smallest partner", () => {
    expect(
      summarizeBudgetBreakdown([
        { view: "income", item: "Children & Learning", amount_gbp: 117630, share_pct: 38.5 },
        { view: "income", item: "CAFCASS", amount_gbp: 550, share_pct: 0.2 }
      ])
    ).toBe("Income in 2012/13 totals £118,180 across 2 lines. The most income came from Children & Learning: £117,630 (38.5%). The least income came from CAFCASS: £550.");
  });

  it("speaks of spending for the expenditure view, without floating-point pennies", () => {
    const text = summarizeBudgetBreakdown([
      { view: "expenditure", item: "Salaries", amount_gbp: 132640.49, share_pct: 64 },
      { view: "expenditure", item: "Transport", amount_gbp: 335.7, share_pct: 0.2 }
    ]);
    expect(text).toBe("Expenditure in 2012/13 totals £132,976.19 across 2 lines. The most spending went on Salaries: £132,640.49 (64%). The least spending went on Transport: £335.70.");
  });
});

describe("summarizeBudgetPosition", () => {
  it("walks through the steps in words", () => {
    expect(
      summarizeBudgetPosition([
        { step_label: "Income in 2012/13", kind: "total", amount_gbp: 305438 },
        { step_label: "Spending in 2012/13", kind: "decrease", amount_gbp: 207365.53 },
        { step_label: "Underspend in 2012/13", kind: "subtotal", amount_gbp: 98072.47 },
        { step_label: "Underspend brought forward", kind: "increase", amount_gbp: 72542.57 }
      ])
    ).toBe("Income in 2012/13 was £305,438. Spending in 2012/13 took away £207,365.53. Underspend in 2012/13: £98,072.47. Underspend brought forward added £72,542.57.");
  });
});

describe("titleBudgetBreakdown", () => {
  it("names the largest partner and the total of Table A (report lines 971-983: £117,630 of £305,438)", () => {
    const rows = [
      { view: "income", item: "Children & Learning", amount_gbp: 117630, share_pct: 38.5 },
      { view: "income", item: "Health agencies: PCT Luton/L&D Hospital & SEPT", amount_gbp: 98941, share_pct: 32.4 },
      { view: "income", item: "CDOP", amount_gbp: 43459, share_pct: 14.2 },
      { view: "income", item: "Police", amount_gbp: 26545, share_pct: 8.7 },
      { view: "income", item: "Course Charges", amount_gbp: 13125, share_pct: 4.3 },
      { view: "income", item: "Probation", amount_gbp: 5188, share_pct: 1.7 },
      { view: "income", item: "CAFCASS", amount_gbp: 550, share_pct: 0.2 }
    ];
    expect(titleBudgetBreakdown(rows)).toBe("Children & Learning gave the most of the board's income in 2012/13: £117,630 of £305,438");
  });

  it("names the largest category and the total of Table B (report lines 986-994: £132,640.49 of £207,365.53)", () => {
    const rows = [
      { view: "expenditure", item: "Salaries", amount_gbp: 132640.49, share_pct: 64 },
      { view: "expenditure", item: "Supplies & Services", amount_gbp: 62383.55, share_pct: 30.1 },
      { view: "expenditure", item: "Support Services(HR/accountancy/payroll)", amount_gbp: 8072.75, share_pct: 3.9 },
      { view: "expenditure", item: "Premises (rents/rates/insurance)", amount_gbp: 3933.04, share_pct: 1.9 },
      { view: "expenditure", item: "Transport (travel to conferences/meetings)", amount_gbp: 335.7, share_pct: 0.2 },
      { view: "expenditure", item: "Capital Financing Costs", amount_gbp: 0, share_pct: 0 }
    ];
    expect(titleBudgetBreakdown(rows)).toBe("Salaries took the most of the board's spending in 2012/13: £132,640.49 of £207,365.53");
    expect(titleBudgetBreakdown([])).toBe("The board's income and spending, 2012/13");
  });
});
