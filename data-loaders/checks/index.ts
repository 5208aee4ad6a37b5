import type { ReportText } from "../report/report-text.js";
import type { DataQualityRow } from "./finding.js";
import { checkAgencyNames } from "./agency-names.js";
import { checkBoardAttendance } from "./board-attendance.js";
import { checkBudgetExpenditureTotals } from "./budget-expenditure-totals.js";
import { checkBudgetIncomeTotals } from "./budget-income-totals.js";
import { checkBudgetNetPosition } from "./budget-net-position.js";
import { checkBusinessPlan } from "./business-plan.js";
import { checkCafAreaAgency } from "./caf-area-agency.js";
import { checkCafAreaTotals } from "./caf-area-totals.js";
import { checkHomeEducationShares } from "./home-education-shares.js";
import { checkMaracProse } from "./marac-prose.js";
import { checkMaracTotals } from "./marac-totals.js";
import { checkOfstedActions } from "./ofsted-actions.js";
import { checkPeriodLabels } from "./period-labels.js";
import { checkRatePrintedAsPercent } from "./rate-printed-as-percent.js";
import { checkRestatedFigures } from "./restated-figures.js";
import { checkStatedBreakdowns } from "./stated-breakdowns.js";
import { checkStatedDirections } from "./stated-directions.js";
import { checkStatedPercentages } from "./stated-percentages.js";

/** Every reconciliation check, in the order its findings are listed; each returns findings and never throws. */
export const CHECKS: readonly ((report: ReportText) => DataQualityRow[])[] = [
  checkAgencyNames,
  checkBoardAttendance,
  checkBudgetExpenditureTotals,
  checkBudgetIncomeTotals,
  checkBudgetNetPosition,
  checkBusinessPlan,
  checkCafAreaAgency,
  checkCafAreaTotals,
  checkHomeEducationShares,
  checkMaracTotals,
  checkMaracProse,
  checkOfstedActions,
  checkPeriodLabels,
  checkRatePrintedAsPercent,
  checkRestatedFigures,
  checkStatedBreakdowns,
  checkStatedDirections,
  checkStatedPercentages
];

/** Returns every finding of every check on the report. */
export function runChecks(report: ReportText): DataQualityRow[] {
  return CHECKS.flatMap((check) => check(report));
}
