import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../data-loaders/index.js";
import { writeParquet } from "../../data-loaders/parquet.js";
import { COMMITTED_REPORT_PATH, readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import { openDuckDB, readParquetSql, type DuckDBSession } from "./duckdb-session.js";
import { addPounds, cellsAt, findLine, lineWithCell, sourceWithLines } from "./report-cells.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT = 60_000;

// Every published table, typed from the data contract (plus dataset_columns, which the extraction adds).
const TABLE_NAMES = [
  "agency_names", "board_attendance", "budget_expenditure", "budget_income", "budget_position", "business_plan", "caf_by_agency", "caf_by_area",
  "data_quality", "dataset_catalog", "dataset_columns", "home_education_grades", "home_education_reasons", "indicators",
  "marac_meetings", "marac_referrals", "ofsted_actions", "partners", "report_paragraphs"
];

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx data-loaders/cli.ts ...args` from the project root and returns its exit code and output, whatever the code. */
function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "data-loaders/cli.ts", ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let work: string;
let db: DuckDBSession;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "cli-test-"));
  db = await openDuckDB();
});

afterAll(() => {
  db?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Returns a new folder under the test's temporary folder, with a report file holding `source` when given. */
function scratch(name: string, source?: string): { folder: string; report: string } {
  const folder = join(work, name);
  mkdirSync(folder);
  const report = join(folder, "report.txt");
  if (source !== undefined) writeFileSync(report, source);
  return { folder, report };
}

describe("npm run extract on the committed report", () => {
  it(
    "exits 0 and writes one Parquet file per table, nothing else",
    async () => {
      const { folder } = scratch("committed");
      const out = join(folder, "nested", "out");
      const run = await runCli([COMMITTED_REPORT_PATH, out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(`wrote 19 tables to ${out}\n`);
      expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.parquet`));
      // The staging folder is renamed into place, not left beside it.
      expect(readdirSync(join(folder, "nested"))).toEqual(["out"]);
      // The same input gives the same bytes as an in-process extraction.
      for (const { name, columns, rows } of extractReport(readCommittedReport())) {
        expect(readFileSync(join(out, `${name}.parquet`)).equals(Buffer.from(writeParquet(rows, columns))), name).toBe(true);
      }
    },
    TIMEOUT
  );

  it(
    "replaces the content of an output folder that already exists",
    async () => {
      const { folder } = scratch("replace");
      const out = join(folder, "out");
      mkdirSync(out);
      writeFileSync(join(out, "stale.parquet"), "old");
      const run = await runCli([COMMITTED_REPORT_PATH, out]);
      expect(run.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.parquet`));
    },
    TIMEOUT
  );
});

describe("npm run extract on a report whose numbers were changed", () => {
  const maracLine = findLine(/^07&21\/08\/12\t/);
  const cafLine = findLine(/^East\t/);
  const salariesLine = findLine(/^Salaries\t/);
  const source = sourceWithLines(
    new Map([
      // MARAC 07&21/08/12: 49 cases printed, made 52.
      [maracLine, lineWithCell(maracLine, 1, "52")],
      // Table 1, East 2012/13 Q1 (the sixth cell): 16 printed, made 20.
      [cafLine, lineWithCell(cafLine, 5, "20")],
      // Table B, Salaries: 132,640.49 printed, made 132,650.49.
      [salariesLine, lineWithCell(salariesLine, 1, addPounds(cellsAt(salariesLine)[1]!, 10))]
    ])
  );
  let out: string;
  let run: CliRun;

  beforeAll(async () => {
    const { folder, report } = scratch("changed", source);
    out = join(folder, "out");
    run = await runCli([report, out]);
  }, TIMEOUT);

  it("checks that the copy changes exactly the three cells", () => {
    expect([cellsAt(maracLine)[1], cellsAt(cafLine)[5], cellsAt(salariesLine)[1]]).toEqual(["49", "16", "132,640.49"]);
    expect(source.split("\n")[salariesLine - 1]).toBe("Salaries\t132,650.49\t");
  });

  it("still exits 0 and writes every table: findings never stop the build", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.parquet`));
  });

  it("publishes the changed MARAC cell: 52 cases on 07&21/08/12, 366 in all", async () => {
    const from = readParquetSql(join(out, "marac_meetings.parquet"));
    expect(await db.query(`SELECT cases FROM ${from} WHERE meeting_label = '07&21/08/12'`)).toEqual([{ cases: 52 }]);
    expect(await db.query(`SELECT SUM(cases)::INTEGER AS cases FROM ${from}`)).toEqual([{ cases: 366 }]);
  });

  it("publishes the changed CAF cell: East 2012/13 Q1 is 20", async () => {
    const from = readParquetSql(join(out, "caf_by_area.parquet"));
    expect(await db.query(`SELECT cafs FROM ${from} WHERE area = 'East' AND financial_year = '2012/13' AND quarter = 1`)).toEqual([{ cafs: 20 }]);
  });

  it("reports in data_quality that Table 1's 2012/13 Q1 Total (110) no longer matches its areas (114)", async () => {
    const from = readParquetSql(join(out, "data_quality.parquet"));
    const findings = await db.query(`SELECT check_id, table_name, severity, expected, actual, source_line FROM ${from} WHERE check_id = 'caf_by_area_total' AND severity = 'error'`);
    expect(findings).toEqual([{ check_id: "caf_by_area_total", table_name: "caf_by_area", severity: "error", expected: 110, actual: 114, source_line: 287 }]);
  });

  it("reports in data_quality that Table B's total expenditure (£207,365.53) no longer matches its lines (£207,375.53)", async () => {
    const from = readParquetSql(join(out, "data_quality.parquet"));
    const findings = await db.query(`SELECT table_name, expected, actual, message FROM ${from} WHERE check_id = 'budget_expenditure_total'`);
    expect(findings).toEqual([
      {
        table_name: "budget_expenditure",
        expected: 207365.53,
        actual: 207375.53,
        message: "Table B's printed total expenditure is £207,365.53, but its 6 expenditure lines add up to £207,375.53."
      }
    ]);
  });
});

describe("npm run extract on a report with a broken table", () => {
  const maracLine = findLine(/^07&21\/08\/12\t/);
  // Drop the last cell (Adult Social Care) of the 07&21/08/12 row.
  const broken = sourceWithLines(new Map([[maracLine, cellsAt(maracLine).slice(0, -1).join("\t")]]));
  const message = 'marac_meetings row "07&21/08/12": expected 17 cells, found 16 (report line 446)';

  it(
    "exits non-zero, names the table, row and report line on stderr, and creates no output folder",
    async () => {
      const { folder, report } = scratch("broken", broken);
      const out = join(folder, "out");
      const run = await runCli([report, out]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`${message}\n`);
      expect(run.stdout).toBe("");
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(folder)).toEqual(["report.txt"]);
    },
    TIMEOUT
  );

  it(
    "leaves an output folder that already existed with its old content",
    async () => {
      const { folder, report } = scratch("broken-existing", broken);
      const out = join(folder, "out");
      mkdirSync(out);
      writeFileSync(join(out, "marac_meetings.parquet"), "old bytes");
      writeFileSync(join(out, "notes.txt"), "keep me");
      const run = await runCli([report, out]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(message);
      expect(readdirSync(out).sort()).toEqual(["marac_meetings.parquet", "notes.txt"]);
      expect(readFileSync(join(out, "marac_meetings.parquet"), "utf-8")).toBe("old bytes");
      expect(readFileSync(join(out, "notes.txt"), "utf-8")).toBe("keep me");
      expect(readdirSync(folder).sort()).toEqual(["out", "report.txt"]);
    },
    TIMEOUT
  );
});

describe("npm run extract with bad arguments", () => {
  const usage = "usage: npm run extract -- <report.txt> <outdir>\n";

  it(
    "exits 2 with the usage on stderr when both arguments are missing",
    async () => {
      const run = await runCli([]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(usage);
      expect(run.stdout).toBe("");
    },
    TIMEOUT
  );

  it(
    "exits 2 with the usage on stderr when the output folder is missing",
    async () => {
      const run = await runCli([COMMITTED_REPORT_PATH]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(usage);
      expect(run.stdout).toBe("");
    },
    TIMEOUT
  );

  it(
    "exits non-zero naming the report path when the report file does not exist, and writes nothing",
    async () => {
      const { folder, report } = scratch("missing");
      const out = join(folder, "out");
      const run = await runCli([report, out]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(report);
      expect(existsSync(out)).toBe(false);
    },
    TIMEOUT
  );
});
