import type { ReportText } from "../report/report-text.js";
import type { DataQualityRow } from "./finding.js";
import { guardCheck } from "./guard-check.js";

const PERCENT_PER = /(\d+(?:\.\d+)?)\s?%\s*per\s+(1,000|1000|10,000|10000|100,000)\b/g;

/** Returns a note wherever a rate is printed with a % sign ("33.7% per 1,000"), which mixes two different measures. */
export function checkRatePrintedAsPercent(report: ReportText): DataQualityRow[] {
  return guardCheck("rate_printed_as_percent", "indicators", () =>
    report.lines.flatMap((text, index) =>
      [...text.matchAll(PERCENT_PER)].map((match) => ({
        check_id: "rate_printed_as_percent",
        table_name: "indicators",
        severity: "info" as const,
        message:
          `A rate is printed with a % sign: "${match[0]}". A percentage and a rate per ${match[2]} are different measures; ` +
          `the indicators table reads it as ${match[1]} per ${match[2]}.`,
        expected: Number(match[1]),
        actual: null,
        source_line: index + 1
      }))
    )
  );
}
