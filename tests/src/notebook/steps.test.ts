import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileSteps, quoteName } from "../../../src/notebook/steps.js";
import { openTestDatabase, type TestDatabase } from "./node-database.js";

describe("compileSteps", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(["marac_meetings", "caf_by_area"]);
  });
  afterAll(() => database.close());
  const run = async (sql: string) => {
    await database.defineView("result", sql);
    return (await database.readView("result")).rows;
  };

  it("reads the source as it is when there are no steps", () => {
    expect(compileSteps("marac_meetings", [])).toBe('SELECT * FROM "marac_meetings"');
  });

  it("quotes every name, so a name cannot end the query early", () => {
    expect(quoteName('a" ; DROP TABLE x; --')).toBe('"a"" ; DROP TABLE x; --"');
    expect(compileSteps("t", [{ op: "filter", column: "area", operator: "=", value: "North'; DROP TABLE t; --" }])).toBe(
      `WITH step_1 AS (\n  SELECT * FROM "t" WHERE "area" = 'North''; DROP TABLE t; --'\n)\nSELECT * FROM step_1`
    );
  });

  it("compiles filter, group, sort and limit to a chain of CTEs, and gives the report's busiest months", async () => {
    const sql = compileSteps("marac_meetings", [
      { op: "filter", column: "cases", operator: ">=", value: 40 },
      { op: "group", by: ["month"], aggregates: [{ fn: "sum", column: "cases", as: "cases" }, { fn: "count", as: "rows" }] },
      { op: "sort", by: [{ column: "cases", descending: true }] },
      { op: "limit", count: 2 }
    ]);
    expect(sql).toBe(
      [
        "WITH step_1 AS (",
        '  SELECT * FROM "marac_meetings" WHERE "cases" >= 40',
        "),",
        "step_2 AS (",
        '  SELECT "month", SUM("cases") AS "cases", COUNT(*) AS "rows" FROM step_1 GROUP BY "month"',
        "),",
        "step_3 AS (",
        '  SELECT * FROM step_2 ORDER BY "cases" DESC',
        "),",
        "step_4 AS (",
        "  SELECT * FROM step_3 LIMIT 2",
        ")",
        "SELECT * FROM step_4"
      ].join("\n")
    );
    // The report's rows with 40 or more cases: 07&21/08/12 (49), 04&18/12/12 (47), 08&29/01/13 (40).
    expect(await run(sql)).toEqual([
      { month: new Date("2012-08-01T00:00:00Z"), cases: 49, rows: 1 },
      { month: new Date("2012-12-01T00:00:00Z"), cases: 47, rows: 1 }
    ]);
  });

  it("derives change on the previous period, running total, rolling mean and share of total", async () => {
    const sql = compileSteps("marac_meetings", [
      { op: "filter", column: "month", operator: "<", value: "2012-08-01" },
      { op: "derive", kind: "change_on_previous", column: "cases", order: "month", as: "change" },
      { op: "derive", kind: "running_total", column: "cases", order: "month", as: "to_date" },
      { op: "derive", kind: "rolling_mean", column: "cases", order: "month", window: 2, as: "mean_2" },
      { op: "derive", kind: "share_of_total", column: "cases", as: "share_pct" },
      { op: "sort", by: [{ column: "month" }] }
    ]);
    expect(sql).toContain('SELECT *, "cases" - LAG("cases") OVER (ORDER BY "month") AS "change" FROM step_1');
    expect(sql).toContain('SELECT *, SUM("cases") OVER (ORDER BY "month" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "to_date" FROM step_2');
    expect(sql).toContain('SELECT *, AVG("cases") OVER (ORDER BY "month" ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS "mean_2" FROM step_3');
    expect(sql).toContain('SELECT *, "cases" * 100.0 / SUM("cases") OVER () AS "share_pct" FROM step_4');
    // April 23, May 20, June 30, July 28: 101 cases.
    const rows = (await run(sql)).map((row) => [row.cases, row.change, row.to_date, row.mean_2, Math.round(Number(row.share_pct) * 100) / 100]);
    expect(rows).toEqual([
      [23, null, 23, 23, 22.77],
      [20, -3, 43, 21.5, 19.8],
      [30, 10, 73, 25, 29.7],
      [28, -2, 101, 29, 27.72]
    ]);
  });

  it("derives a rate per 10,000 from a population given as a number", async () => {
    const sql = compileSteps("marac_meetings", [
      { op: "group", by: [], aggregates: [{ fn: "sum", column: "cases", as: "cases" }] },
      { op: "derive", kind: "rate_per_10000", column: "cases", population: 50000, as: "per_10000" }
    ]);
    expect(sql).toContain('SELECT "cases" * 10000.0 / 50000 AS "per_10000"'.replace('SELECT "cases"', 'SELECT *, "cases"'));
    expect(await run(sql)).toEqual([{ cases: 363, per_10000: 72.6 }]);
  });

  it("compiles a group step with several aggregates and a sort with several keys, in the order given", async () => {
    const sql = compileSteps("marac_meetings", [
      { op: "group", by: ["sessions"], aggregates: [{ fn: "sum", column: "cases", as: "cases" }, { fn: "sum", column: "repeat_cases", as: "repeats" }, { fn: "count", as: "meetings" }] },
      { op: "sort", by: [{ column: "sessions", descending: true }, { column: "cases" }] }
    ]);
    expect(sql).toBe(
      [
        "WITH step_1 AS (",
        '  SELECT "sessions", SUM("cases") AS "cases", SUM("repeat_cases") AS "repeats", COUNT(*) AS "meetings" FROM "marac_meetings" GROUP BY "sessions"',
        "),",
        "step_2 AS (",
        '  SELECT * FROM step_1 ORDER BY "sessions" DESC, "cases"',
        ")",
        "SELECT * FROM step_2"
      ].join("\n")
    );
    // Table 1: the two-session months are 07&21/08/12 (49 cases, 11 repeats), 04&18/12/12 (47, 16) and 08&29/01/13
    // (40, 13); the other nine months hold the rest of the 363 cases and 109 repeats.
    expect(await run(sql)).toEqual([
      { sessions: 2, cases: 136, repeats: 40, meetings: 3 },
      { sessions: 1, cases: 227, repeats: 69, meetings: 9 }
    ]);
  });

  it("breaks a tie on the first sort key with the second", async () => {
    const sql = compileSteps("marac_meetings", [
      { op: "filter", column: "repeat_cases", operator: "<=", value: 8 },
      { op: "filter", column: "repeat_cases", operator: ">=", value: 7 },
      { op: "sort", by: [{ column: "repeat_cases", descending: true }, { column: "cases" }] }
    ]);
    expect(sql).toContain('SELECT * FROM step_2 ORDER BY "repeat_cases" DESC, "cases"');
    // Table 1: 8 repeats on 19/02/2013 (24 cases) and 06/11/2012 (26); 7 on 01/05/2012 (20), 03/04/2012 (23), 03/07/2012 (28).
    expect((await run(sql)).map((row) => [row.meeting_label, row.repeat_cases, row.cases])).toEqual([
      ["19/02/2013", 8, 24],
      ["06/11/2012", 8, 26],
      ["01/05/2012", 7, 20],
      ["03/04/2012", 7, 23],
      ["03/07/2012", 7, 28]
    ]);
  });
});
