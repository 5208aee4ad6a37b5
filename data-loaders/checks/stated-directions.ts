import type { ReportText } from "../report/report-text.js";
import { readStatedPairs, type StatedChange, type StatedDirection } from "../tables/indicators/stated-pairs.js";
import type { DataQualityRow } from "./finding.js";
import { decimalsOf, formatNumber, roundTo } from "./figure-text.js";
import { guardCheck } from "./guard-check.js";

/** Returns findings where the words contradict the figures they compare ("rose", "below target") or a stated change does not follow from them. */
export function checkStatedDirections(report: ReportText): DataQualityRow[] {
  return guardCheck("stated_direction_contradicted", "indicators", () => {
    const { directions, changes } = readStatedPairs(report);
    return [...directions.flatMap(checkDirection), ...changes.flatMap(checkChange)];
  });
}

function checkDirection(direction: StatedDirection): DataQualityRow[] {
  const { figure, comparator, said } = direction;
  const holds = said === "higher" ? figure.value > comparator.value : figure.value < comparator.value;
  if (holds) return [];
  return [
    {
      check_id: "stated_direction_contradicted",
      table_name: "indicators",
      severity: "error",
      message: `${direction.label}: the report says "${direction.wording}", but ${figure.text} is not ${said} than ${comparator.text}.`,
      expected: figure.value,
      actual: comparator.value,
      source_line: figure.line
    }
  ];
}

/** "almost X%" holds when the true change is below X and within a tenth of it; otherwise it must round to X. */
function checkChange(stated: StatedChange): DataQualityRow[] {
  const { change, from, to } = stated;
  const computed = ((to.value - from.value) / from.value) * 100;
  const holds =
    stated.qualifier === "almost"
      ? computed <= change.value && computed >= change.value * 0.9
      : Math.abs(computed - change.value) <= 0.5 * 10 ** -decimalsOf(change.text) + 1e-9;
  if (holds) return [];
  return [
    {
      check_id: "stated_change_mismatch",
      table_name: "indicators",
      severity: "error",
      message:
        `${stated.label}: the report states a change of ${stated.qualifier ? `${stated.qualifier} ` : ""}${change.text}, ` +
        `but ${to.text} on ${from.text} is a change of ${formatNumber(roundTo(computed, 1))}%.`,
      expected: change.value,
      actual: roundTo(computed, 1),
      source_line: change.line
    }
  ];
}
