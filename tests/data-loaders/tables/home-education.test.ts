import { describe, expect, it } from "vitest";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { homeEducationGrades, parseHomeEducationGradesTable } from "../../../data-loaders/tables/home-education-grades.js";
import { homeEducationReasons, parseHomeEducationReasonsTable } from "../../../data-loaders/tables/home-education-reasons.js";
import { lineStarting, reportWithLine } from "../report-excerpt.js";

const report = readCommittedReport();

describe("home_education_grades", () => {
  const rows = homeEducationGrades.parse(report);

  it("reads the three grades under Figure 1 exactly as printed on lines 161–163", () => {
    expect(rows).toEqual([
      { grade: 1, description: "Timetable and curriculum effectively implemented. Good evidence", share_pct: 37, source_line: 161 },
      { grade: 2, description: "Satisfactory – partial evidence, timetable or curriculum", share_pct: 53, source_line: 162 },
      { grade: 3, description: "Poor – ineffective provision", share_pct: 10, source_line: 163 }
    ]);
  });

  it("shares out 100% between the grades (37 + 53 + 10)", () => {
    expect(rows.reduce((total, row) => total + row.share_pct, 0)).toBe(100);
  });

  it("finds the table under the home education 'Figure 1', not the governance 'Figure1'", () => {
    expect(parseHomeEducationGradesTable(report).headerLine).toBe(160);
  });
});

describe("home_education_grades errors", () => {
  it("names the row when a grade loses its percentage cell", () => {
    const line = lineStarting("3\tPoor");
    const broken = reportWithLine(line, (text) => text.replace("\t10%", ""));
    expect(() => homeEducationGrades.parse(broken)).toThrow(`home_education_grades row "3": expected 3 cells, found 2 (report line ${line})`);
  });

  it("names the column when a percentage is written in words", () => {
    const line = lineStarting("2\tSatisfactory");
    const broken = reportWithLine(line, (text) => text.replace("53%", "fifty-three"));
    expect(() => homeEducationGrades.parse(broken)).toThrow(`home_education_grades row "2" column "PERCENTAGE": expected a percentage such as 47%, found "fifty-three" (report line ${line})`);
  });

  it("names the GRADE column when a grade is not a number", () => {
    const line = lineStarting("1\tTimetable");
    const broken = reportWithLine(line, (text) => text.replace(/^1/, "One"));
    expect(() => homeEducationGrades.parse(broken)).toThrow(`home_education_grades row "One" column "GRADE": expected a whole number, found "One" (report line ${line})`);
  });

  it("stops when the Figure 1 caption is missing", () => {
    const broken = reportWithLine(lineStarting("GRADE\t") - 2, () => "Figure");
    expect(() => homeEducationGrades.parse(broken)).toThrow(/^home_education_grades: expected one caption line matching .*, found none/);
  });

  it("stops when a header label changes", () => {
    const line = lineStarting("GRADE\t");
    const broken = reportWithLine(line, (text) => text.replace("PERCENTAGE", "SHARE"));
    expect(() => homeEducationGrades.parse(broken)).toThrow(`home_education_grades column "header 3": expected header label "PERCENTAGE", found "SHARE" (report line ${line})`);
  });
});

describe("home_education_reasons", () => {
  const rows = homeEducationReasons.parse(report);

  it("reads the eight bulleted reasons under School, Beliefs and SEN, lines 141–154", () => {
    expect(rows).toEqual([
      { reason_group: "School", reason: "bullying", share_pct: 5, source_line: 141 },
      { reason_group: "School", reason: "not able to obtain required school/distance or access to a local school", share_pct: 5, source_line: 142 },
      { reason_group: "School", reason: "as a short term intervention for a particular reason (e.g. behaviour, won't attend school)", share_pct: 17, source_line: 143 },
      { reason_group: "School", reason: "Dissatisfaction with a particular school(s) provision(s)", share_pct: 11, source_line: 144 },
      { reason_group: "Beliefs", reason: "religious or cultural beliefs", share_pct: 11, source_line: 148 },
      { reason_group: "Beliefs", reason: "philosophical or ideological views including traveller culture", share_pct: 40, source_line: 149 },
      { reason_group: "Beliefs", reason: "dissatisfaction with the UK state system in general", share_pct: 9, source_line: 150 },
      { reason_group: "SEN", reason: "statemented special educational needs, (e.g. Asperger's)", share_pct: 2, source_line: 154 }
    ]);
  });

  it("shares out 100%: School 38, Beliefs 60, SEN 2", () => {
    const byGroup = (group: string) => rows.filter((row) => row.reason_group === group).reduce((total, row) => total + row.share_pct, 0);
    expect([byGroup("School"), byGroup("Beliefs"), byGroup("SEN")]).toEqual([38, 60, 2]);
  });

  it("finds the list by its introductory sentence on line 137", () => {
    expect(parseHomeEducationReasonsTable(report).introLine).toBe(137);
  });
});

describe("home_education_reasons errors", () => {
  it("names the group and line when a reason has no percentage", () => {
    const line = lineStarting("- philosophical");
    const broken = reportWithLine(line, (text) => text.replace("40%", "forty per cent"));
    expect(() => homeEducationReasons.parse(broken)).toThrow(
      `home_education_reasons row "Beliefs" column "share_pct": expected a reason ending in a percentage such as 5%;, found "- philosophical or ideological views including traveller culture forty per cent;" (report line ${line})`
    );
  });

  it("stops when a group heading changes", () => {
    const line = lineStarting("Beliefs");
    const broken = reportWithLine(line, () => "Belief systems");
    expect(() => homeEducationReasons.parse(broken)).toThrow(`home_education_reasons row "group heading": expected the group heading "Beliefs", found "Belief systems" (report line ${line})`);
  });

  it("stops when a group has no reason under it", () => {
    const line = lineStarting("- *statemented*");
    const broken = reportWithLine(line, () => "");
    expect(() => homeEducationReasons.parse(broken)).toThrow(/^home_education_reasons row "SEN": expected at least one reason under the group, found "The quality of provision/);
  });

  it("stops when the introductory sentence is missing", () => {
    const broken = reportWithLine(lineStarting("The reasons for Home Education"), () => "Reasons vary.");
    expect(() => homeEducationReasons.parse(broken)).toThrow(/^home_education_reasons: expected one introductory sentence line matching .*, found none/);
  });
});
