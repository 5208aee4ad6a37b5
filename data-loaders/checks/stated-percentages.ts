import type { ReportText } from "../report/report-text.js";
import { readStatedPairs, type StatedPercentage } from "../tables/indicators/stated-pairs.js";
import type { DataQualityRow } from "./finding.js";
import { decimalsOf, formatNumber, formatPercent, roundTo } from "./figure-text.js";
import { guardCheck } from "./guard-check.js";

const EPSILON = 1e-9;

/** Returns findings where a percentage stated beside a count or base does not follow from them, to the report's rounding. */
export function checkStatedPercentages(report: ReportText): DataQualityRow[] {
  return guardCheck("stated_percentage_mismatch", "indicators", () =>
    readStatedPairs(report).percentages.flatMap((pair) => {
      const finding = pair.count ? checkCount(pair) : checkReachable(pair);
      return finding ? [finding] : [];
    })
  );
}

/** A stated count and percentage of a stated base: the count over the base must round to the percentage. */
function checkCount(pair: StatedPercentage): DataQualityRow | null {
  const { percent, base } = pair;
  const count = pair.count!;
  const decimals = decimalsOf(percent.text);
  const computed = (count.value / base.value) * 100;
  if (Math.abs(computed - percent.value) <= 0.5 * 10 ** -decimals + EPSILON) return null;
  return {
    check_id: "stated_percentage_mismatch",
    table_name: "indicators",
    severity: "error",
    message:
      `${pair.label}: the report gives ${count.text} (${percent.text}) of the ${base.text} ${pair.baseNoun}, but ${count.text} out of ${base.text} is ` +
      `${formatNumber(roundTo(computed, 2))}%, which rounds to ${formatPercent(computed, decimals)}.`,
    expected: percent.value,
    actual: roundTo(computed, decimals),
    source_line: percent.line
  };
}

/** A percentage of a stated base with no count: some whole number out of the base must round to it. */
function checkReachable(pair: StatedPercentage): DataQualityRow | null {
  const { percent, base } = pair;
  const decimals = decimalsOf(percent.text);
  const half = 0.5 * 10 ** -decimals;
  const lowest = Math.ceil(((percent.value - half) * base.value) / 100 - EPSILON);
  if (lowest <= ((percent.value + half) * base.value) / 100 + EPSILON) return null;
  const below = Math.floor((percent.value * base.value) / 100);
  const share = (count: number) => formatPercent((count / base.value) * 100, decimals);
  const nearest = [below, below + 1].reduce((best, count) =>
    Math.abs((count / base.value) * 100 - percent.value) < Math.abs((best / base.value) * 100 - percent.value) ? count : best
  );
  return {
    check_id: "stated_percentage_unreachable",
    table_name: "indicators",
    severity: pair.baseIsAssumed ? "info" : "warning",
    message:
      `${pair.label}: the report says ${percent.text} of the ${base.text} ${pair.baseNoun}, but no whole number of ${pair.baseNoun} out of ${base.text} gives ${percent.text} ` +
      `(${below} would be ${share(below)}, ${below + 1} would be ${share(below + 1)}).` +
      (pair.baseIsAssumed ? ` The ${base.text} is stated in another paragraph, so the share may be of a different total.` : ""),
    expected: percent.value,
    actual: roundTo((nearest / base.value) * 100, decimals),
    source_line: percent.line
  };
}
