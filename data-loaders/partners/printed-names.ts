import type { ReportText } from "../report/report-text.js";
import { parseBoardAttendance } from "../tables/board-attendance.js";
import { budgetIncome } from "../tables/budget-income.js";
import { businessPlan } from "../tables/business-plan.js";
import { parseCafByAgencyTable } from "../tables/caf-table.js";
import { parseMaracTable } from "../tables/marac-table.js";
import { ofstedActions } from "../tables/ofsted-actions.js";

/** A name as one published table prints it, and the report line it is printed on (the row's first line). */
export type PrintedName = {
  table_name: string;
  column_name: string;
  printed_name: string;
  source_line: number;
};

/**
 * Returns every agency, partner and responsibility name the published tables print, once per occurrence, in report
 * order within each table: MARAC referring agencies, CAF referring agencies, board members' agencies, budget partners,
 * business-plan responsibility holders and the bodies Ofsted's recommendations name.
 */
export function readPrintedNames(report: ReportText): PrintedName[] {
  const marac = parseMaracTable(report);
  return [
    ...marac.agencies.map((name) => printed("marac_referrals", "agency", name, marac.agencyLine)),
    ...parseCafByAgencyTable(report).rows.map((row) => printed("caf_by_agency", "agency", row.label, row.line)),
    ...parseBoardAttendance(report).flatMap((row) => (row.agency === null ? [] : [printed("board_attendance", "agency", row.agency, row.source_line)])),
    ...budgetIncome.parse(report).map((row) => printed("budget_income", "partner", row.partner, row.source_line)),
    // A responsibility cell holds one holder per key task, one per line ("LSCB Chair/LSCB\nLSCB Business Manager").
    ...businessPlan.parse(report).flatMap((row) =>
      (row.responsibility ?? "").split("\n").filter((name) => name.trim() !== "").map((name) => printed("business_plan", "responsibility", name.trim(), row.source_line))
    ),
    ...ofstedActions.parse(report).flatMap((row) => namedOwners(row.recommendation).map((name) => printed("ofsted_actions", "recommendation", name, row.source_line)))
  ];
}

// "NHS Bedfordshire and Luton must ensure…": a recommendation that opens with a name (capitalised words joined by "and",
// "&" or "the") and "must" names who owns it; one opening with a verb ("Ensure…", "Improve…") names no one.
const OWNER_SUBJECT = /^((?:[A-Z][\w'’]*|and|&|the)(?: (?:[A-Z][\w'’]*|and|&|the))*) must\b/;

/**
 * Returns the bodies an Ofsted recommendation names as its owners, verbatim: "NHS Bedfordshire & Luton and the LSCB"
 * is two ("NHS Bedfordshire & Luton", "the LSCB"); "and" joins two names only before "the" or an abbreviation in capitals,
 * so "NHS Bedfordshire and Luton" stays one.
 */
export function namedOwners(recommendation: string): string[] {
  const subject = OWNER_SUBJECT.exec(recommendation)?.[1];
  return subject ? subject.split(/ and (?=the |[A-Z]{2,}\b)/) : [];
}

function printed(table_name: string, column_name: string, printed_name: string, source_line: number): PrintedName {
  return { table_name, column_name, printed_name, source_line };
}
