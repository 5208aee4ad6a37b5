import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport, type ExtractedTable } from "../../data-loaders/index.js";
import { writeParquet } from "../../data-loaders/parquet.js";
import { readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import { openDuckDB, readParquetSql, type DuckDBSession } from "./duckdb-session.js";

const tables = extractReport(readCommittedReport());
const dir = mkdtempSync(join(tmpdir(), "parquet-test-"));
const pathOf = (name: string) => join(dir, `${name}.parquet`);
const from = (name: string) => readParquetSql(pathOf(name));
let db: DuckDBSession;

beforeAll(async () => {
  for (const { name, columns, rows } of tables) writeFileSync(pathOf(name), writeParquet(rows, columns));
  db = await openDuckDB();
});

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Returns the single value of a one-row, one-column query. */
async function scalar(sql: string): Promise<unknown> {
  const rows = await db.query(sql);
  expect(rows.length).toBe(1);
  return Object.values(rows[0]!)[0];
}

describe("Parquet files read back with DuckDB", () => {
  it.each(tables.map((table) => [table.name, table] as [string, ExtractedTable]))("gives %s the SQL type of each column spec, in order", async (name, table) => {
    const described = await db.query(`DESCRIBE SELECT * FROM ${from(name)}`);
    expect(described.map((row) => [row.column_name, row.column_type])).toEqual(table.columns.map((column) => [column.name, column.type]));
  });

  it("types the contract's columns as the contract says: integers INTEGER, money and rates DOUBLE, dates DATE, text VARCHAR", async () => {
    const typeOf = async (name: string) => Object.fromEntries((await db.query(`DESCRIBE SELECT * FROM ${from(name)}`)).map((row) => [row.column_name, row.column_type]));
    expect(await typeOf("caf_by_area")).toEqual({ financial_year: "VARCHAR", quarter: "INTEGER", period_start: "DATE", period_end: "DATE", period_kind: "VARCHAR", area: "VARCHAR", cafs: "INTEGER", source_line: "INTEGER" });
    expect(await typeOf("marac_meetings")).toEqual({
      meeting_label: "VARCHAR", meeting_dates: "VARCHAR", first_date: "DATE", month: "DATE", period_start: "DATE", period_end: "DATE", period_kind: "VARCHAR", sessions: "INTEGER",
      cases: "INTEGER", repeat_cases: "INTEGER", children: "INTEGER", source_line: "INTEGER"
    });
    expect(await typeOf("marac_referrals")).toEqual({ meeting_label: "VARCHAR", month: "DATE", period_start: "DATE", period_end: "DATE", period_kind: "VARCHAR", agency: "VARCHAR", referrals: "INTEGER", source_line: "INTEGER" });
    expect(await typeOf("budget_income")).toMatchObject({ partner: "VARCHAR", share_pct: "DOUBLE", amount_gbp: "DOUBLE", source_line: "INTEGER" });
    expect(await typeOf("budget_expenditure")).toEqual({
      category: "VARCHAR", amount_gbp: "DOUBLE", financial_year: "VARCHAR", period_start: "DATE", period_end: "DATE", period_kind: "VARCHAR", source_line: "INTEGER"
    });
    expect(await typeOf("home_education_grades")).toMatchObject({ description: "VARCHAR", share_pct: "DOUBLE", source_line: "INTEGER" });
    expect(await typeOf("indicators")).toMatchObject({ period: "VARCHAR", period_start: "DATE", period_end: "DATE", period_kind: "VARCHAR", value: "DOUBLE", source_line: "INTEGER", source_quote: "VARCHAR" });
    expect(await typeOf("data_quality")).toEqual({
      check_id: "VARCHAR", table_name: "VARCHAR", severity: "VARCHAR", message: "VARCHAR", expected: "DOUBLE", actual: "DOUBLE", source_line: "INTEGER"
    });
    expect(await typeOf("dataset_catalog")).toMatchObject({ row_count: "INTEGER", first_line: "INTEGER", last_line: "INTEGER" });
    expect(await typeOf("report_paragraphs")).toMatchObject({ line: "INTEGER", section: "VARCHAR", text: "VARCHAR" });
  });

  it.each(tables.map((table) => [table.name, table] as [string, ExtractedTable]))("gives %s its rows and NULLs back exactly as extracted", async (name, table) => {
    const rows = await db.query(`SELECT * FROM ${from(name)}`);
    expect(rows).toEqual(table.rows);
  });

  it("counts the rows the report prints: 40, 56, 12 and 156", async () => {
    const count = (name: string) => scalar(`SELECT COUNT(*)::INTEGER FROM ${from(name)}`);
    expect([await count("caf_by_area"), await count("caf_by_agency"), await count("marac_meetings"), await count("marac_referrals")]).toEqual([40, 56, 12, 156]);
  });

  it("keeps the blank Central 2012/13 Q4 cell NULL, not 0", async () => {
    const cafs = await db.query(`SELECT cafs, cafs IS NULL AS missing FROM ${from("caf_by_area")} WHERE area = 'Central' AND financial_year = '2012/13' AND quarter = 4`);
    expect(cafs).toEqual([{ cafs: null, missing: true }]);
  });

  it("keeps Table 2's 16 blank cells NULL and its 7 zeros 0", async () => {
    expect(await scalar(`SELECT COUNT(*)::INTEGER FROM ${from("caf_by_agency")} WHERE cafs IS NULL`)).toBe(16);
    expect(await scalar(`SELECT COUNT(*)::INTEGER FROM ${from("caf_by_agency")} WHERE cafs = 0`)).toBe(7);
  });

  it("sums the MARAC cases to the printed 363 and the children to 525", async () => {
    expect(await db.query(`SELECT SUM(cases)::INTEGER AS cases, SUM(repeat_cases)::INTEGER AS repeats, SUM(children)::INTEGER AS children FROM ${from("marac_meetings")}`)).toEqual([
      { cases: 363, repeats: 109, children: 525 }
    ]);
  });

  it("stores the first date of '07&21/08/12' as DATE '2012-08-07' and its month as DATE '2012-08-01'", async () => {
    const row = await db.query(`SELECT first_date = DATE '2012-08-07' AS first, month = DATE '2012-08-01' AS month, meeting_dates, sessions FROM ${from("marac_meetings")} WHERE meeting_label = '07&21/08/12'`);
    expect(row).toEqual([{ first: true, month: true, meeting_dates: "2012-08-07;2012-08-21", sessions: 2 }]);
  });

  it("stores the quarter starts as dates: 2011/12 Q1 is 2011-04-01 and 2012/13 Q4 is 2013-01-01", async () => {
    const starts = await db.query(`SELECT DISTINCT financial_year, quarter, strftime(period_start, '%Y-%m-%d') AS start FROM ${from("caf_by_area")} ORDER BY period_start`);
    expect(starts.map((row) => `${row.financial_year} Q${row.quarter} ${row.start}`)).toEqual([
      "2011/12 Q1 2011-04-01", "2011/12 Q2 2011-07-01", "2011/12 Q3 2011-10-01", "2011/12 Q4 2012-01-01",
      "2012/13 Q1 2012-04-01", "2012/13 Q2 2012-07-01", "2012/13 Q3 2012-10-01", "2012/13 Q4 2013-01-01"
    ]);
  });

  it("keeps money exact to the penny: Table A sums to 305,438.00 and Table B to 207,365.53", async () => {
    expect(await scalar(`SELECT ROUND(SUM(amount_gbp), 2) FROM ${from("budget_income")}`)).toBe(305438);
    expect(await scalar(`SELECT ROUND(SUM(amount_gbp), 2) FROM ${from("budget_expenditure")}`)).toBe(207365.53);
    expect(await scalar(`SELECT amount_gbp FROM ${from("budget_expenditure")} WHERE category = 'Salaries'`)).toBe(132640.49);
  });

  it("keeps text as printed, apostrophes, ampersands and en dashes included", async () => {
    expect(await scalar(`SELECT SUM(referrals)::INTEGER FROM ${from("marac_referrals")} WHERE agency = 'Voluntary Sector (Women''s Aid, LAWC)'`)).toBe(4);
    expect(await scalar(`SELECT source_section FROM ${from("dataset_catalog")} WHERE table_name = 'caf_by_area'`)).toBe("Table 1 – Number of CAFs completed");
    expect(await scalar(`SELECT text FROM ${from("report_paragraphs")} WHERE line = 455`)).toBe("TOTAL\t363\t109\t525\t193\t88\t19\t2\t2\t16\t6\t2\t5\t11\t4\t1\t14");
  });

  it.each(tables.map((table) => [table.name]))("compresses every column chunk of %s with Snappy", async (name) => {
    const codecs = await db.query(`SELECT DISTINCT compression FROM parquet_metadata('${pathOf(name).replaceAll("'", "''")}')`);
    expect(codecs).toEqual([{ compression: "SNAPPY" }]);
  });
});

describe("writeParquet", () => {
  it("writes byte-identical files when the same report is extracted twice", () => {
    const again = extractReport(readCommittedReport());
    expect(again.map((table) => table.name)).toEqual(tables.map((table) => table.name));
    for (const { name, columns, rows } of again) {
      expect(Buffer.from(writeParquet(rows, columns)).equals(readFileSync(pathOf(name))), name).toBe(true);
    }
  });

  it("names the column, its type and the bad value when a row does not fit its column", () => {
    const columns = [{ name: "cases", type: "INTEGER", description: "" }] as const;
    expect(() => writeParquet([{ cases: 1.5 }], columns)).toThrow('column cases (INTEGER): expected a whole number, found 1.5');
    expect(() => writeParquet([{ day: "7 Aug 2012" }], [{ name: "day", type: "DATE", description: "" }])).toThrow('column day (DATE): expected an ISO date, found "7 Aug 2012"');
    expect(() => writeParquet([{ text: 3 }], [{ name: "text", type: "VARCHAR", description: "" }])).toThrow("column text (VARCHAR): expected text, found 3");
  });
});

describe("writeParquet errors", () => {
  it("names a non-finite number as written, not as null", () => {
    expect(() => writeParquet([{ amount: Number.NaN }], [{ name: "amount", type: "DOUBLE", description: "" }])).toThrow("column amount (DOUBLE): expected a finite number, found NaN");
  });
});
