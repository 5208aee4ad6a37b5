import { describe, expect, it } from "vitest";
import { extractReport, findExtractedTable } from "../../../data-loaders/index.js";
import { readCommittedReport } from "../../../data-loaders/sources/committed-report.js";
import { buildCatalog, DATASET_CATALOG, DATASET_COLUMNS, lineSpan } from "../../../data-loaders/tables/dataset-catalog.js";
import { REPORT_LINES } from "../report-cells.js";

const tables = extractReport(readCommittedReport());
const catalog = findExtractedTable(tables, "dataset_catalog").rows;
const columns = findExtractedTable(tables, "dataset_columns").rows;
const entry = (name: string) => catalog.find((row) => row.table_name === name);

describe("dataset_catalog", () => {
  it("has one row per published table, the two catalog tables included, in the order they are extracted", () => {
    expect(catalog.map((row) => row.table_name)).toEqual(tables.map((table) => table.name));
    expect(catalog.map((row) => row.table_name).slice(-2)).toEqual(["dataset_columns", "dataset_catalog"]);
    expect(catalog.length).toBe(19);
  });

  it("gives each table the number of rows it has, its own 19 included", () => {
    for (const table of tables) expect(entry(table.name)?.row_count, table.name).toBe(table.rows.length);
    expect(Object.fromEntries(catalog.map((row) => [row.table_name, row.row_count]))).toMatchObject({
      caf_by_area: 40,
      caf_by_agency: 56,
      marac_meetings: 12,
      marac_referrals: 156,
      home_education_grades: 3,
      budget_income: 7,
      budget_expenditure: 6,
      board_attendance: 28,
      ofsted_actions: 16,
      report_paragraphs: 773,
      partners: 12,
      agency_names: 78,
      dataset_catalog: 19
    });
  });

  it("spans each table's first_line to last_line over the source_line of its rows", () => {
    for (const { name, rows } of tables) {
      const lines = rows.map((row) => row.source_line ?? row.line).filter((line): line is number => typeof line === "number");
      const span = lines.length === 0 ? { first_line: null, last_line: null } : { first_line: Math.min(...lines), last_line: Math.max(...lines) };
      expect(entry(name), name).toMatchObject(span);
    }
  });

  it("spans the report lines the tables are printed on", () => {
    const span = (name: string) => [entry(name)?.first_line, entry(name)?.last_line];
    expect(span("caf_by_area")).toEqual([282, 286]); // Central to West; the Total row on 287 is not a row
    expect(span("caf_by_agency")).toEqual([290, 297]); // Schools to the detached GCP row
    expect(span("marac_meetings")).toEqual([442, 454]); // 03/04/2012 to 12/03/2013; TOTAL on 455 is not a row
    expect(span("marac_referrals")).toEqual([442, 454]);
    expect(span("home_education_grades")).toEqual([161, 163]);
    expect(span("budget_income")).toEqual([971, 981]); // Children & Learning to CDOP
    expect(span("budget_expenditure")).toEqual([986, 991]); // Salaries to Capital Financing Costs
    expect(span("budget_position")).toEqual([993, 997]); // Total expenditure to the EOY net position
    expect(span("board_attendance")).toEqual([1152, 1186]); // member 1 to member 28
    expect(span("report_paragraphs")).toEqual([3, 1251]);
  });

  it("leaves first_line and last_line NULL for the catalog tables, which come from no report line", () => {
    expect([entry("dataset_catalog"), entry("dataset_columns")].map((row) => [row?.first_line, row?.last_line])).toEqual([
      [null, null],
      [null, null]
    ]);
  });

  it("gives every table a title, a description and a source section", () => {
    for (const row of catalog) {
      expect(typeof row.title === "string" && row.title.length > 0, `${row.table_name} title`).toBe(true);
      expect(typeof row.description === "string" && row.description.length > 20, `${row.table_name} description`).toBe(true);
      expect(typeof row.source_section === "string" && row.source_section.length > 0, `${row.table_name} source_section`).toBe(true);
    }
  });

  it("names as source section of each printed table its caption, verbatim from the report", () => {
    const captions = new Set(REPORT_LINES.map((line) => line.trim()));
    const sections = Object.fromEntries(catalog.map((row) => [row.table_name, row.source_section]));
    expect(sections).toMatchObject({
      caf_by_area: "Table 1 – Number of CAFs completed",
      caf_by_agency: "Table 2 CAFs completed by referring agency",
      marac_meetings: "Table1: MARAC Performance Data April 2012- March 2013",
      marac_referrals: "Table1: MARAC Performance Data April 2012- March 2013",
      budget_income: "Table A - LSCB Income, 2012/13",
      budget_expenditure: "Table B - LSCB Expenditure, EOY 2012/13",
      board_attendance: "Partnership Attendance at LSCB Meetings: 2012/2013"
    });
    for (const name of ["caf_by_area", "caf_by_agency", "marac_meetings", "budget_income", "budget_expenditure", "board_attendance"]) {
      expect(captions.has(sections[name] as string), name).toBe(true);
    }
  });
});

describe("dataset_columns", () => {
  it("describes every column of every table, in position order, with its SQL type", () => {
    const expected = tables.flatMap((table) =>
      table.columns.map((column, index) => ({ table_name: table.name, position: index + 1, column_name: column.name, type: column.type }))
    );
    expect(columns.map(({ table_name, position, column_name, type }) => ({ table_name, position, column_name, type }))).toEqual(expected);
    expect(entry("dataset_columns")?.row_count).toBe(expected.length);
  });

  it("gives every column a description", () => {
    expect(columns.filter((row) => typeof row.description !== "string" || row.description.trim().length < 5)).toEqual([]);
  });

  it("lists the contract's MARAC meeting columns with their types", () => {
    expect(columns.filter((row) => row.table_name === "marac_meetings").map((row) => `${row.column_name} ${row.type}`)).toEqual([
      "meeting_label VARCHAR", "meeting_dates VARCHAR", "first_date DATE", "month DATE",
      "period_start DATE", "period_end DATE", "period_kind VARCHAR", "sessions INTEGER",
      "cases INTEGER", "repeat_cases INTEGER", "children INTEGER", "source_line INTEGER"
    ]);
  });

  it("includes its own columns and the catalog's", () => {
    const own = columns.filter((row) => row.table_name === "dataset_columns").map((row) => row.column_name);
    expect(own.filter((name) => ["table_name", "position", "column_name", "type", "description"].includes(name as string))).toEqual([
      "table_name", "position", "column_name", "type", "description"
    ]);
    expect(columns.filter((row) => row.table_name === "dataset_catalog").map((row) => row.column_name)).toEqual([
      "table_name", "title", "description", "row_count", "source_section", "first_line", "last_line"
    ]);
  });
});

describe("buildCatalog", () => {
  const definition = { name: "example", title: "Example", description: "An example table.", sourceSection: "Table 9", columns: [{ name: "source_line", type: "INTEGER", description: "Line." }] } as const;

  it("counts and spans the rows it is given, and lists the catalog tables after them", () => {
    const { catalog: rows, columns: described } = buildCatalog([{ definition, rows: [{ source_line: 12 }, { source_line: 7 }] }]);
    expect(rows.map((row) => [row.table_name, row.row_count, row.first_line, row.last_line])).toEqual([
      ["example", 2, 7, 12],
      ["dataset_columns", 1 + DATASET_COLUMNS.columns.length + DATASET_CATALOG.columns.length, null, null],
      ["dataset_catalog", 3, null, null]
    ]);
    expect(described[0]).toMatchObject({ table_name: "example", position: 1, column_name: "source_line", type: "INTEGER", description: "Line." });
  });

  it("spans nothing for a table with no rows", () => {
    expect(lineSpan([])).toEqual({ first_line: null, last_line: null });
  });
});
