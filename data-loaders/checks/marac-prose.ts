import type { ReportText } from "../report/report-text.js";
import type { FigureReading } from "../tables/indicators/read-sentences.js";
import { readStatedPairs } from "../tables/indicators/stated-pairs.js";
import { parseMaracTable } from "../tables/marac-table.js";
import { compareFigures, type DataQualityRow } from "./finding.js";
import { guardCheck } from "./guard-check.js";

/** Returns findings where the MARAC figures in the text (363 referrals, 525 children, 170 from non-police agencies) differ from the MARAC table's TOTAL row. */
export function checkMaracProse(report: ReportText): DataQualityRow[] {
  return guardCheck("marac_prose_vs_table", "indicators", () => {
    const { marac } = readStatedPairs(report);
    const table = parseMaracTable(report);
    const { total } = table;
    const nonPolice = total.referrals.reduce<number>((sum, referrals, index) => (table.agencies[index] === "Police" ? sum : sum + (referrals ?? 0)), 0);
    const compare = (what: string, stated: FigureReading, printed: number | null, printedAs: string) =>
      compareFigures({
        check_id: "marac_prose_vs_table",
        table_name: "indicators",
        message: `${what}: the text says ${stated.text} (line ${stated.line}) but the MARAC table's TOTAL row (line ${total.line}) gives ${printed ?? "nothing"}${printedAs}.`,
        expected: printed,
        actual: stated.value,
        source_line: stated.line
      });
    return [
      compare("MARAC referrals in 2012/13", marac.cases, total.cases, " cases discussed"),
      compare("Children in high-risk households discussed at MARAC", marac.children, total.children, " children"),
      compare("MARAC referrals from non-police agencies", marac.nonPoliceReferrals, nonPolice, " referrals from agencies other than the police")
    ].filter((finding): finding is DataQualityRow => finding !== null);
  });
}
