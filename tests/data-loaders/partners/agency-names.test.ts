import { describe, expect, it } from "vitest";
import { findUnmappedNames } from "../../../data-loaders/checks/agency-names.js";
import { namedOwners, readPrintedNames } from "../../../data-loaders/partners/printed-names.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { agencyNames, mapPrintedNames } from "../../../data-loaders/tables/agency-names.js";
import { partners } from "../../../data-loaders/tables/partners.js";

const report = readCommittedReport();
const rows = agencyNames.parse(report);

// Every name each table prints, verbatim, and the partner it maps to (null: none, with a reason), in report order.
const EXPECTED: Record<string, [string, string | null][]> = {
  "marac_referrals.agency": [
    ["Police", "police"], ["IDVA", null], ["Children's Social Care", "local-authority"], ["Community Services", "health"],
    ["Secondary Care Health trust/ L&D", "health"], ["Educational / FE", "schools"], ["School", "schools"], ["Housing", "local-authority"],
    ["SEPT Mental Health", "health"], ["Probation", "probation"], ["Voluntary Sector (Women's Aid, LAWC)", "voluntary-sector"],
    ["Substance Abuse", null], ["Adult Social Care", "local-authority"]
  ],
  "caf_by_agency.agency": [
    ["Schools", "schools"], ["Health", "health"], ["RAT", "local-authority"], ["LBC", "local-authority"], ["YOS", "youth-offending"], ["Other", null], ["GCP", null]
  ],
  "board_attendance.agency": [
    ["Beds Police", "police"], ["SEPT", "health"], ["NHS Beds & Luton", "health"], ["Youth Offending Service", "youth-offending"],
    ["Luton Borough Council", "local-authority"], ["L&D Hospital", "health"], ["NSPCC", "voluntary-sector"], ["UK Border Agency", "uk-border-agency"],
    ["LSCB", "lscb"], ["Cambridgeshire Community Services", "health"], ["Lea Manor High School", "schools"],
    ["Beds Crown Prosecution Service", "crown-prosecution-service"], ["East of England Ambulance service", "health"], ["NHS Luton", "health"],
    ["Beds Probation", "probation"], ["LBC", "local-authority"], ["CAFCASS", "cafcass"], ["Somerries Infants School", "schools"],
    ["Luton Sixth Form College", "schools"], ["University of Bedfordshire", "university-of-bedfordshire"], ["Luton CCG", "health"]
  ],
  "budget_income.partner": [
    ["Children & Learning", "local-authority"], ["Health agencies: PCT Luton/L&D Hospital & SEPT", "health"], ["Probation", "probation"],
    ["Police", "police"], ["CAFCASS", "cafcass"], ["Course Charges", null], ["CDOP", null]
  ],
  "business_plan.responsibility": [
    ["LSCB Chair/LSCB", "lscb"], ["LSCB Business Manager", "lscb"], ["LSCB Chair and Business Planning T&F group", "lscb"],
    ["LSCB Business Manager/ LSCB Independent chair", "lscb"], ["Executive Group/LSCB Business Manager", "lscb"], ["LSCB Independent chair", "lscb"],
    ["Martin Pratt - DCS", "local-authority"], ["Martin Pratt – DCS/LSCB Independent Chair", null],
    ["LSCB Business Manager/Communication Lead Officer", "lscb"], ["LSCB Training Manager, Business Manager & Training Officer", "lscb"],
    ["LSCB Executive", "lscb"], ["Monitor inclusion of CP data, including child attendance in the LSCB Quarterly Performance Report", null],
    ["Undertake an annual survey of Children subject to CP.", null], ["LSCB Business Manager/Communication lead", "lscb"],
    ["LSCB Business & Training Units", "lscb"], ["Executive", "lscb"], ["LSCB Executive Group", "lscb"], ["LSCB", "lscb"], ["LADO", "local-authority"],
    ["LSCB Training Unit", "lscb"], ["CDOP Manager", "lscb"], ["SCR Panel & Chair", "lscb"], ["SCR Panel Chair", "lscb"], ["Executive Group", "lscb"],
    ["Executive group", "lscb"]
  ],
  "ofsted_actions.recommendation": [
    ["NHS Bedfordshire and Luton", "health"], ["NHS Bedfordshire & Luton", "health"], ["the LSCB", "lscb"], ["NHS Luton and Bedfordshire", "health"], ["LBC", "local-authority"]
  ]
};

describe("agency_names", () => {
  it("maps every name each table prints, verbatim, to the partner named here (78 names)", () => {
    const actual: Record<string, [string, string | null][]> = {};
    for (const row of rows) (actual[`${row.table_name}.${row.column_name}`] ??= []).push([row.printed_name, row.partner_id]);
    expect(actual).toEqual(EXPECTED);
    expect(rows.length).toBe(78);
  });

  it("maps the police's three spellings: MARAC \"Police\", board \"Beds Police\", budget \"Police\"", () => {
    expect(rows.filter((row) => row.partner_id === "police").map((row) => [row.table_name, row.printed_name, row.source_line])).toEqual([
      ["marac_referrals", "Police", 441],
      ["board_attendance", "Beds Police", 1152],
      ["budget_income", "Police", 978]
    ]);
  });

  it("gives every name a reason, and each name with no partner says why", () => {
    expect(rows.filter((row) => row.reason === null)).toEqual([]);
    expect(rows.find((row) => row.printed_name === "GCP")).toEqual({
      table_name: "caf_by_agency", column_name: "agency", printed_name: "GCP", partner_id: null,
      reason: "The Graded Care Profile (line 1015), an assessment tool for neglect, not an agency.", source_line: 297
    });
  });

  it("maps only to partners the partners table lists", () => {
    const ids = new Set(partners.parse(report).map((partner) => partner.partner_id));
    expect(rows.filter((row) => row.partner_id !== null && !ids.has(row.partner_id))).toEqual([]);
  });

  it("has no finding on the report: every printed name is mapped or has a reason", () => {
    expect(findUnmappedNames(rows)).toEqual([]);
  });
});

describe("mapPrintedNames", () => {
  const printed = [
    { table_name: "marac_referrals", column_name: "agency", printed_name: "Police", source_line: 441 },
    { table_name: "board_attendance", column_name: "agency", printed_name: "LBC", source_line: 1180 },
    { table_name: "board_attendance", column_name: "agency", printed_name: "LBC", source_line: 1172 }
  ];
  const police = { table_name: "marac_referrals", column_name: "agency", printed_name: "Police", partner_id: "police", reason: "Bedfordshire Police." };

  it("keeps one row per name and table, on the first line it is printed, and leaves an unknown name NULL", () => {
    expect(mapPrintedNames(printed, [police])).toEqual([
      { ...police, source_line: 441 },
      { table_name: "board_attendance", column_name: "agency", printed_name: "LBC", partner_id: null, reason: null, source_line: 1172 }
    ]);
  });

  it("reports a name with neither a partner nor a reason as a data_quality warning on its line", () => {
    expect(findUnmappedNames(mapPrintedNames(printed, [police]))).toEqual([
      {
        check_id: "agency_unmapped",
        table_name: "agency_names",
        severity: "warning",
        message:
          'board_attendance.agency prints "LBC", which is mapped to no partner and given no reason: add it to data-loaders/partners/agency-names.csv with its partner, or with the reason it has none.',
        expected: null,
        actual: null,
        source_line: 1172
      }
    ]);
  });

  it("stops, naming it, when the mapping lists a name its table does not print", () => {
    const stale = { ...police, table_name: "budget_income", column_name: "partner", printed_name: "Beds Police" };
    expect(() => mapPrintedNames(printed, [police, stale])).toThrow(
      'agency-names.csv: expected every mapped name to be printed in its table, found 1 that are not: budget_income.partner "Beds Police"'
    );
  });
});

describe("namedOwners and readPrintedNames", () => {
  it("reads the bodies an Ofsted recommendation names before \"must\", and none from one that opens with a verb", () => {
    expect(namedOwners("NHS Bedfordshire and Luton must ensure that all care leavers are enabled")).toEqual(["NHS Bedfordshire and Luton"]);
    expect(namedOwners("NHS Bedfordshire & Luton and the LSCB must ensure the impact of training")).toEqual(["NHS Bedfordshire & Luton", "the LSCB"]);
    expect(namedOwners("NHS Luton and Bedfordshire and LBC must ensure that the SDQ's outcomes")).toEqual(["NHS Luton and Bedfordshire", "LBC"]);
    expect(namedOwners("Ensure the effective use of chronologies on all cases. Managers must check")).toEqual([]);
  });

  it("reads each line of a business-plan responsibility cell as a name of its own (line 1048)", () => {
    expect(readPrintedNames(report).filter((name) => name.source_line === 1048).map((name) => name.printed_name)).toEqual([
      "Martin Pratt - DCS", "Martin Pratt – DCS/LSCB Independent Chair"
    ]);
  });
});
