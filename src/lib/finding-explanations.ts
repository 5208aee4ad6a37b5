/** Why each kind of finding matters, in plain English, by check_id prefix (the first that matches wins). */
const BY_CHECK: readonly [prefix: string, explanation: string][] = [
  ["caf_agency_vs_area", "Both CAF tables count the CAFs completed in the same quarter, so they should agree; where they do not, a total by area and a total by agency cannot both be right."],
  ["caf_by_area_blank", "A blank cell is a missing figure, not zero: totals that include this quarter are incomplete."],
  ["caf_by_area_total", "The printed Total is what readers quote; it should equal the sum of the areas above it."],
  ["budget_", "Budget figures are how the board accounts for partners' money: totals and subtotals must add up to the lines they summarise."],
  ["board_attendance", "Attendance figures show whether partners take part in the board's work; a member's counts should add up to the meetings held."],
  ["restated_figure", "The same fact is given twice with different numbers: at least one statement is wrong."],
  ["stated_percentage", "A percentage beside a count should be that count's share of its base; when no whole number gives the percentage, the count, the base or the percentage is wrong."],
  ["stated_breakdown", "The parts of a whole should add up to the whole the report states."],
  ["rate_printed_as_percent", "A rate per 1,000 is not a percentage; mixing the two changes the meaning by a factor of ten."],
  ["business_plan", "The business plan is how the board tracks its own work; missing ratings or owners make progress hard to check."],
  ["period_unplaced", "A period that cannot be placed on the calendar cannot be sorted, filtered or drawn on a time axis; its dates are left blank rather than guessed."],
  ["period_with_gap", "The period's first and last day span months it does not cover, so a time axis shows it wider than it is."],
  ["agency_unmapped", "A printed agency name that stands for no partner, with no reason given, is left out of every partner's figures without anyone having decided so."],
  ["ofsted_action", "The action plan answers Ofsted's recommendations; an unfinished figure leaves a recommendation's progress unclear."]
];

const BY_SEVERITY: Record<string, string> = {
  error: "The report contradicts itself here: the published tables keep what is printed, so quote either figure with care.",
  warning: "A value is missing, ambiguous or does not add up; the published tables keep it as printed, blank stays blank.",
  info: "A note on how this part of the report was read, so that you can check the reading yourself."
};

/** Returns why a finding matters: the explanation of its check, else of its severity. */
export function explainFinding(checkId: string, severity: string): string {
  return BY_CHECK.find(([prefix]) => checkId.startsWith(prefix))?.[1] ?? BY_SEVERITY[severity] ?? BY_SEVERITY.info!;
}

/** Returns the plain-English name of a severity: "Contradiction", "Warning" or "Note". */
export function severityLabel(severity: string): string {
  return severity === "error" ? "Contradiction" : severity === "warning" ? "Warning" : "Note";
}
