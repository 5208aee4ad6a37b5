import { ReportFormatError } from "../errors.js";
import { findTable } from "../report/find-table.js";
import { parseCount, parsePercent } from "../report/numbers.js";
import type { ReportText } from "../report/report-text.js";
import { readTableBody } from "../report/table-body.js";
import { defineTable } from "../table-definition.js";

/** The contract name errors use for the home education grades table. */
export const HOME_EDUCATION_GRADES_TABLE = "home_education_grades";

/** The share of home educators judged at one grade of the 3-point scale. */
export type HomeEducationGradeRow = {
  grade: number;
  description: string;
  share_pct: number;
  source_line: number;
};

/** The printed GRADE / DESCRIPTION / PERCENTAGE rows under "Figure 1" of the home education section. */
export interface HomeEducationGradesTable {
  rows: HomeEducationGradeRow[];
  headerLine: number;
}

/** Reads the home education "Figure 1" table: one row per grade, ending at the blank line before the prose. */
export function parseHomeEducationGradesTable(report: ReportText): HomeEducationGradesTable {
  const table = HOME_EDUCATION_GRADES_TABLE;
  const { headerLine } = findTable(report, { table, caption: /^Figure 1\s*$/, header: ["GRADE", "DESCRIPTION", "PERCENTAGE"] });
  const body = readTableBody(report, { firstLine: headerLine + 1, endsAtBlankLine: true });
  const rows = body.lines.map(({ cells, line }) => {
    const label = cells[0] ?? "";
    if (cells.length !== 3) throw new ReportFormatError({ table, line, row: label }, "3 cells", String(cells.length));
    const grade = parseCount(label, { table, line, row: label, column: "GRADE" });
    const description = cells[1]!;
    const share_pct = parsePercent(cells[2]!, { table, line, row: label, column: "PERCENTAGE" });
    if (grade === null) throw new ReportFormatError({ table, line, column: "GRADE" }, "a grade number", '""');
    if (description === "") throw new ReportFormatError({ table, line, row: label, column: "DESCRIPTION" }, "a description", '""');
    if (share_pct === null) throw new ReportFormatError({ table, line, row: label, column: "PERCENTAGE" }, "a percentage such as 47%", '""');
    return { grade, description, share_pct, source_line: line };
  });
  if (rows.length === 0) throw new ReportFormatError({ table, line: headerLine + 1 }, "at least one grade row", "none");
  return { rows, headerLine };
}

/** home_education_grades: the quality of elective home education provision on the officer's 3-point scale. */
export const homeEducationGrades = defineTable<HomeEducationGradeRow>({
  name: HOME_EDUCATION_GRADES_TABLE,
  title: "Quality of elective home education provision, by grade",
  description: "Share of home-educated children's provision the Home Education officer judged at each grade of a 3-point scale (review of October 2012).",
  sourceSection: "Home Education – Figure 1",
  columns: [
    { name: "grade", type: "INTEGER", description: "Grade on the 3-point scale, 1 being the best." },
    { name: "description", type: "VARCHAR", description: "What the grade means, as printed." },
    { name: "share_pct", type: "DOUBLE", description: "Percentage of home educators at this grade." },
    { name: "source_line", type: "INTEGER", description: "Report line the row was read from." }
  ],
  parse: (report) => parseHomeEducationGradesTable(report).rows
});
