import type { ReportText } from "../report/report-text.js";
import type { FigureReading } from "../tables/indicators/read-sentences.js";
import { readStatedPairs, type StatedBreakdown } from "../tables/indicators/stated-pairs.js";
import type { DataQualityRow } from "./finding.js";
import { decimalsOf, formatNumber, roundTo } from "./figure-text.js";
import { guardCheck } from "./guard-check.js";

/** Returns findings where parts the report states do not add up to the whole it states (or to 100% for shares). */
export function checkStatedBreakdowns(report: ReportText): DataQualityRow[] {
  return guardCheck("stated_breakdown_sum", "indicators", () =>
    readStatedPairs(report).breakdowns.flatMap((breakdown) => {
      const finding = checkBreakdown(breakdown);
      return finding ? [finding] : [];
    })
  );
}

function checkBreakdown(breakdown: StatedBreakdown): DataQualityRow | null {
  const { total, parts } = breakdown;
  const totalValue = typeof total === "number" ? total : total.value;
  const sum = parts.reduce((running, part) => running + part.figure.value, 0);
  // Percentages are rounded, so their sum may drift by half a unit per figure; counts must add up exactly.
  const figures: FigureReading[] = [...parts.map((part) => part.figure), ...(typeof total === "number" ? [] : [total])];
  const tolerance = figures.reduce((running, figure) => running + (figure.text.includes("%") ? 0.5 * 10 ** -decimalsOf(figure.text) : 0), 0);
  if (Math.abs(sum - totalValue) <= tolerance + 1e-9) return null;
  const percent = parts[0]!.figure.text.includes("%") ? "%" : "";
  const listed = parts.map((part) => `${part.label} ${part.figure.text}`).join(", ");
  const said = typeof total === "number" ? `the parts should make up ${totalValue}${percent}` : `the report gives the whole as ${total.text}`;
  return {
    check_id: "stated_breakdown_sum",
    table_name: "indicators",
    severity: "error",
    message: `${breakdown.label}: ${said}, but the parts it gives (${listed}) add up to ${formatNumber(roundTo(sum, 2))}${percent}.`,
    expected: totalValue,
    actual: roundTo(sum, 4),
    source_line: typeof total === "number" ? parts[0]!.figure.line : total.line
  };
}
