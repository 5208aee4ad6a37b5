import { describe, expect, it } from "vitest";
import { extractReport, findExtractedTable } from "../../data-loaders/index.js";
import { readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import type { TableRow } from "../../data-loaders/table-definition.js";

const tables = extractReport(readCommittedReport());
const rowsOf = (name: string): TableRow[] => findExtractedTable(tables, name).rows;
const pence = (amounts: readonly unknown[]) => amounts.reduce<number>((total, amount) => total + Math.round((amount as number) * 100), 0);

// Typed from /work/shared/data-contract.md, table by table, in the contract's order.
// The period columns (period_start, period_end, period_kind) are the contract's "Added in the second round".
const CONTRACT_COLUMNS: Record<string, string[]> = {
  caf_by_area: ["financial_year", "quarter", "period_start", "period_end", "period_kind", "area", "cafs", "source_line"],
  caf_by_agency: ["financial_year", "quarter", "period_start", "period_end", "period_kind", "agency", "cafs", "source_line"],
  marac_meetings: ["meeting_label", "meeting_dates", "first_date", "month", "period_start", "period_end", "period_kind", "sessions", "cases", "repeat_cases", "children", "source_line"],
  marac_referrals: ["meeting_label", "month", "period_start", "period_end", "period_kind", "agency", "referrals", "source_line"],
  indicators: ["indicator_id", "theme", "label", "category", "series", "period", "period_start", "period_end", "period_kind", "value", "unit", "polarity", "source_line", "source_quote"],
  home_education_grades: ["grade", "description", "share_pct", "source_line"],
  home_education_reasons: ["reason_group", "reason", "share_pct", "source_line"],
  budget_income: ["partner", "share_pct", "amount_gbp", "financial_year", "period_start", "period_end", "period_kind", "source_line"],
  budget_expenditure: ["category", "amount_gbp", "financial_year", "period_start", "period_end", "period_kind", "source_line"],
  budget_position: ["item", "amount_gbp", "financial_year", "period_start", "period_end", "period_kind", "source_line"],
  board_attendance: ["member_no", "name", "agency", "title", "meetings", "attended", "absent_no_apologies", "represented", "apologies", "comments", "source_line"],
  ofsted_actions: ["action_no", "theme", "timescale", "recommendation", "progress", "rag_rating", "rag_commentary", "source_line"],
  business_plan: ["priority_no", "priority", "objective", "key_tasks", "responsibility", "outcome_required", "completion", "status", "source_line"],
  data_quality: ["check_id", "table_name", "severity", "message", "expected", "actual", "source_line"],
  dataset_catalog: ["table_name", "title", "description", "row_count", "source_section", "first_line", "last_line"],
  report_paragraphs: ["line", "section", "text"],
  partners: ["partner_id", "name", "kind", "description"],
  agency_names: ["table_name", "column_name", "printed_name", "partner_id", "reason", "source_line"]
};

// Columns and tables the extraction adds where the report holds more than the contract requires.
const ADDED_COLUMNS: Record<string, string[]> = {
  budget_income: ["share_note"],
  report_paragraphs: ["subsection"]
};
const ADDED_TABLES: Record<string, string[]> = {
  dataset_columns: ["table_name", "position", "column_name", "type", "description"]
};

const INDICATOR_IDS = [
  "referrals", "referrals_change", "re_referrals_pct", "referrals_to_initial_assessment_pct", "referral_reason_share",
  "initial_assessments_in_time_pct", "core_assessments_in_time_pct", "cp_plans", "cp_plans_first_time_pct", "cp_plans_under_1",
  "s47_to_icpc_pct", "cp_plans_ended_after_2_years_pct", "cp_plans_repeat_pct", "children_in_care", "children_in_care_rate",
  "lac_health_assessments_pct", "lac_dental_checks_pct", "lac_immunisations_pct", "first_time_entrants", "reoffending_pct",
  "marac_cases", "marac_non_police_pct", "marac_children", "marac_core_attendance_pct", "child_deaths",
  "child_deaths_by_ethnicity_pct", "lado_referrals", "alcohol_harm_reduction_support", "training_applications", "training_places_allocated"
];

describe("extractReport on the committed report", () => {
  it("returns every contract table, plus dataset_columns, each once", () => {
    const names = tables.map((table) => table.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...Object.keys(CONTRACT_COLUMNS), ...Object.keys(ADDED_TABLES)].sort());
  });

  it.each(Object.entries(CONTRACT_COLUMNS))("gives %s the contract's columns in the contract's order", (name, contract) => {
    const columns = findExtractedTable(tables, name).columns.map((column) => column.name);
    expect(columns.filter((column) => contract.includes(column))).toEqual(contract);
    expect(columns.filter((column) => !contract.includes(column))).toEqual(ADDED_COLUMNS[name] ?? []);
  });

  it("gives dataset_columns, which the contract does not list, at least its table, position, name, type and description columns", () => {
    const columns = findExtractedTable(tables, "dataset_columns").columns.map((column) => column.name);
    expect(columns.filter((column) => ADDED_TABLES.dataset_columns!.includes(column))).toEqual(ADDED_TABLES.dataset_columns);
  });

  it("gives every row exactly its table's columns as keys", () => {
    for (const { name, columns, rows } of tables) {
      const keys = columns.map((column) => column.name).sort();
      for (const row of rows) expect(Object.keys(row).sort(), name).toEqual(keys);
    }
  });

  it("has the row counts the report prints", () => {
    const counts = Object.fromEntries(tables.map((table) => [table.name, table.rows.length]));
    expect(counts).toMatchObject({
      caf_by_area: 40, // 5 areas × 8 quarters
      caf_by_agency: 56, // 7 agencies × 8 quarters
      marac_meetings: 12,
      marac_referrals: 156, // 12 meeting rows × the 13 agencies the report prints (the contract says 15)
      home_education_grades: 3,
      home_education_reasons: 8, // School 4, Beliefs 3, SEN 1
      budget_income: 7,
      budget_expenditure: 6,
      budget_position: 5,
      board_attendance: 28,
      ofsted_actions: 16, // cross cutting 4, safeguarding 5, looked after children 7
      report_paragraphs: 773,
      partners: 12,
      agency_names: 78, // distinct printed names per table
      dataset_catalog: 19
    });
    expect(counts.indicators).toBeGreaterThan(0);
    expect(counts.business_plan).toBeGreaterThan(0);
    expect(counts.data_quality).toBeGreaterThan(0);
  });

  it("publishes every indicator_id the contract requires", () => {
    const ids = new Set(rowsOf("indicators").map((row) => row.indicator_id));
    expect(INDICATOR_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("blank cells", () => {
  it("publishes the blank Central 2012/13 Q4 cell of Table 1 as NULL, not 0", () => {
    const central = rowsOf("caf_by_area").find((row) => row.area === "Central" && row.financial_year === "2012/13" && row.quarter === 4);
    expect(central).toEqual({ financial_year: "2012/13", quarter: 4, period_start: "2013-01-01", period_end: "2013-03-31", period_kind: "quarter", area: "Central", cafs: null, source_line: 282 });
  });

  it("publishes the 16 blank cells of Table 2 (RAT 4, YOS 6, GCP 6) as NULL and no other", () => {
    const blanks = rowsOf("caf_by_agency").filter((row) => row.cafs === null);
    expect(blanks.map((row) => `${row.agency} ${row.financial_year} Q${row.quarter}`)).toEqual([
      "RAT 2011/12 Q1", "RAT 2011/12 Q2", "RAT 2011/12 Q3", "RAT 2011/12 Q4",
      "YOS 2011/12 Q1", "YOS 2011/12 Q2", "YOS 2011/12 Q3", "YOS 2011/12 Q4", "YOS 2012/13 Q1", "YOS 2012/13 Q2",
      "GCP 2011/12 Q1", "GCP 2011/12 Q2", "GCP 2011/12 Q3", "GCP 2011/12 Q4", "GCP 2012/13 Q1", "GCP 2012/13 Q4"
    ]);
  });

  it("keeps the seven printed zeros of Table 2 as 0 (Other six times, GCP 2012/13 Q3)", () => {
    const zeros = rowsOf("caf_by_agency").filter((row) => row.cafs === 0);
    expect(zeros.map((row) => `${row.agency} ${row.financial_year} Q${row.quarter}`)).toEqual([
      "Other 2011/12 Q1", "Other 2011/12 Q4", "Other 2012/13 Q1", "Other 2012/13 Q2", "Other 2012/13 Q3", "Other 2012/13 Q4", "GCP 2012/13 Q3"
    ]);
  });
});

describe("printed totals", () => {
  it("reproduces Table 1's Totals 53, 50, 63, 41, 110, 89 and 57 from the area rows", () => {
    const rows = rowsOf("caf_by_area");
    const total = (year: string, quarter: number) =>
      rows.filter((row) => row.financial_year === year && row.quarter === quarter).reduce((sum, row) => sum + (row.cafs as number), 0);
    expect([total("2011/12", 1), total("2011/12", 2), total("2011/12", 3), total("2011/12", 4), total("2012/13", 1), total("2012/13", 2), total("2012/13", 3)]).toEqual([
      53, 50, 63, 41, 110, 89, 57
    ]);
  });

  it("reproduces Table 1's 2012/13 Q4 Total of 56 from the four areas with a figure, Central being blank", () => {
    const q4 = rowsOf("caf_by_area").filter((row) => row.financial_year === "2012/13" && row.quarter === 4);
    expect(q4.filter((row) => row.cafs !== null).reduce((sum, row) => sum + (row.cafs as number), 0)).toBe(56); // 10 + 14 + 18 + 14
  });

  it("reproduces the MARAC TOTAL row: 363 cases, 109 repeat cases, 525 children", () => {
    const rows = rowsOf("marac_meetings");
    const sum = (column: string) => rows.reduce((total, row) => total + (row[column] as number), 0);
    expect([sum("cases"), sum("repeat_cases"), sum("children"), sum("sessions")]).toEqual([363, 109, 525, 15]);
  });

  it("reproduces the MARAC TOTAL row's referrals for each of the 13 agencies", () => {
    const totals = new Map<string, number>();
    for (const row of rowsOf("marac_referrals")) totals.set(row.agency as string, (totals.get(row.agency as string) ?? 0) + (row.referrals as number));
    expect(Object.fromEntries(totals)).toEqual({
      Police: 193,
      IDVA: 88,
      "Children's Social Care": 19,
      "Community Services": 2,
      "Secondary Care Health trust/ L&D": 2,
      "Educational / FE": 16,
      School: 6,
      Housing: 2,
      "SEPT Mental Health": 5,
      Probation: 11,
      "Voluntary Sector (Women's Aid, LAWC)": 4,
      "Substance Abuse": 1,
      "Adult Social Care": 14
    });
  });

  it("reproduces Table A's Total income of £305,438.00", () => {
    expect(pence(rowsOf("budget_income").map((row) => row.amount_gbp))).toBe(30_543_800);
  });

  it("reproduces Table B's total expenditure of £207,365.53", () => {
    expect(pence(rowsOf("budget_expenditure").map((row) => row.amount_gbp))).toBe(20_736_553);
  });

  it("reproduces the lines under Table B: £305,438.00 − £207,365.53 = £98,072.47 underspend, net position £214,079.04", () => {
    const position = Object.fromEntries(rowsOf("budget_position").map((row) => [row.item, row.amount_gbp]));
    expect(position).toEqual({
      "Total expenditure": 207365.53,
      "CDOP Underspend from 11/12": 43464,
      "Underspend from 11/12": 72542.57,
      "Underspend from 12/13": 98072.47,
      "12/13 EOY net position": 214079.04
    });
    expect(30_543_800 - 20_736_553).toBe(pence([position["Underspend from 12/13"]]));
    expect(pence([43464, 72542.57, 98072.47])).toBe(pence([position["12/13 EOY net position"]]));
  });

  it("raises no error-severity finding on the totals the committed report reproduces", () => {
    const totalChecks = ["caf_by_area_total", "budget_income_total", "budget_income_subtotal", "budget_expenditure_total", "budget_year_underspend", "budget_net_position", "marac_prose_vs_table"];
    expect(rowsOf("data_quality").filter((row) => totalChecks.includes(row.check_id as string) && row.severity === "error")).toEqual([]);
  });
});
