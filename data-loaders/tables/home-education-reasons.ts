import { ReportFormatError } from "../errors.js";
import { isBlankLine } from "../report/cells.js";
import { findUniqueLine } from "../report/find-table.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { defineTable } from "../table-definition.js";

/** The contract name errors use for the reasons for elective home education. */
export const HOME_EDUCATION_REASONS_TABLE = "home_education_reasons";

/** The group headings the report prints above the reasons, in order. */
export const HOME_EDUCATION_REASON_GROUPS = ["School", "Beliefs", "SEN"] as const;

/** One stated reason for elective home education and its share. */
export type HomeEducationReasonRow = {
  reason_group: string;
  reason: string;
  share_pct: number;
  source_line: number;
};

/** The reasons list as printed: its rows and the line of the sentence introducing it. */
export interface HomeEducationReasonsTable {
  rows: HomeEducationReasonRow[];
  introLine: number;
}

// `- bullying 5%;`, `- … school) 17%; and`, `- … provision(s) 11%.`
const REASON_BULLET = /^-\s+(.*\S)\s+(\d+(?:\.\d+)?)\s?%\s*(?:;\s*(?:and)?|\.)?$/;

/** Reads the bulleted reasons under "The reasons for Home Education are diverse…", grouped under School, Beliefs and SEN. */
export function parseHomeEducationReasonsTable(report: ReportText): HomeEducationReasonsTable {
  const table = HOME_EDUCATION_REASONS_TABLE;
  const introLine = findUniqueLine(report, /^The reasons for Home Education are diverse\b/i, table, "introductory sentence");
  const rows: HomeEducationReasonRow[] = [];
  let groupIndex = -1;
  let reasonsInGroup = 0;
  for (let line = introLine + 1; line <= report.lines.length; line++) {
    const text = lineAt(report, line).trim();
    if (isBlankLine(text)) continue;
    if (text.startsWith("-")) {
      const group = HOME_EDUCATION_REASON_GROUPS[groupIndex];
      if (group === undefined) {
        throw new ReportFormatError({ table, line, row: "group heading" }, `the group heading ${JSON.stringify(HOME_EDUCATION_REASON_GROUPS[0])}`, "a reason");
      }
      const match = REASON_BULLET.exec(text);
      if (!match) throw new ReportFormatError({ table, line, row: group, column: "share_pct" }, "a reason ending in a percentage such as 5%;", JSON.stringify(text));
      rows.push({ reason_group: group, reason: withoutEmphasis(match[1]!), share_pct: Number(match[2]), source_line: line });
      reasonsInGroup++;
      continue;
    }
    const next = HOME_EDUCATION_REASON_GROUPS[groupIndex + 1];
    if (groupIndex >= 0 && reasonsInGroup === 0) {
      throw new ReportFormatError({ table, line, row: HOME_EDUCATION_REASON_GROUPS[groupIndex] }, "at least one reason under the group", JSON.stringify(text));
    }
    if (next === undefined) return { rows, introLine }; // the prose after the SEN group
    if (text !== next) throw new ReportFormatError({ table, line, row: "group heading" }, `the group heading ${JSON.stringify(next)}`, JSON.stringify(text));
    groupIndex++;
    reasonsInGroup = 0;
  }
  if (reasonsInGroup > 0 && groupIndex === HOME_EDUCATION_REASON_GROUPS.length - 1) return { rows, introLine };
  throw new ReportFormatError({ table, line: report.lines.length }, "the reasons grouped under School, Beliefs and SEN", "the end of the report");
}

// `*statemented* special educational needs` carries Markdown emphasis that is not part of the words.
function withoutEmphasis(text: string): string {
  return text.replace(/\*([^*]+)\*/g, "$1");
}

/** home_education_reasons: why parents chose elective home education, as shares grouped School, Beliefs and SEN. */
export const homeEducationReasons = defineTable<HomeEducationReasonRow>({
  name: HOME_EDUCATION_REASONS_TABLE,
  title: "Reasons for elective home education",
  description: "Share of home-educated children by the reason given for home education, grouped as the report groups them (School, Beliefs, SEN).",
  sourceSection: "Home Education – Local picture",
  columns: [
    { name: "reason_group", type: "VARCHAR", description: "The report's group: School, Beliefs or SEN." },
    { name: "reason", type: "VARCHAR", description: "The reason as printed, emphasis markup removed." },
    { name: "share_pct", type: "DOUBLE", description: "Percentage of home-educated children for whom this was the reason." },
    { name: "source_line", type: "INTEGER", description: "Report line the reason was read from." }
  ],
  parse: (report) => parseHomeEducationReasonsTable(report).rows
});
