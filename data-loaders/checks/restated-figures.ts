import type { ReportText } from "../report/report-text.js";
import { readStatedPairs } from "../tables/indicators/stated-pairs.js";
import type { DataQualityRow } from "./finding.js";
import { excerptAround } from "./figure-text.js";
import { guardCheck } from "./guard-check.js";

/** Returns findings where the report states the same figure twice with different values (private fostering: 5, then 3). */
export function checkRestatedFigures(report: ReportText): DataQualityRow[] {
  return guardCheck("restated_figure_differs", "indicators", () =>
    readStatedPairs(report).restatements.flatMap(({ label, figures }) => {
      const [first, ...others] = figures;
      return others
        .filter((other) => other.value !== first!.value)
        .map((other) => ({
          check_id: "restated_figure_differs",
          table_name: "indicators",
          severity: "error" as const,
          message:
            `${label}: the report states ${first!.text} at line ${first!.line} ("${excerptAround(first!.quote, first!.text)}") ` +
            `but ${other.text} at line ${other.line} ("${excerptAround(other.quote, other.text)}").`,
          expected: first!.value,
          actual: other.value,
          source_line: other.line
        }));
    })
  );
}
