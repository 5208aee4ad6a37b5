import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotebookEngine, type CellState } from "../../../src/notebook/engine.js";
import type { Cell, Notebook } from "../../../src/notebook/model.js";
import { openTestDatabase, type TestDatabase } from "./node-database.js";

const TABLES = ["marac_meetings", "caf_by_area", "indicators"];

const TOTAL: Cell = { id: "a", type: "sql", name: "total", sql: "SELECT SUM(cases) AS total FROM marac_meetings" };
const DOUBLED: Cell = { id: "b", type: "sql", name: "doubled", sql: "SELECT total * 2 AS total FROM total" };
const CHART: Cell = { id: "c", type: "chart", from: "doubled", mark: "bar", x: "total", y: "total" };

function notebook(...cells: Cell[]): Notebook {
  return { version: 1, cells };
}

describe("the notebook engine over the published tables", () => {
  let database: TestDatabase;
  let engine: NotebookEngine;
  const changes: [string, CellState["status"]][] = [];
  beforeAll(async () => {
    database = await openTestDatabase(TABLES);
  });
  afterAll(() => database.close());
  const open = (...cells: Cell[]) => {
    engine = new NotebookEngine(database, TABLES, (id, state) => changes.push([id, state.status]));
    engine.setNotebook(notebook(...cells));
    changes.length = 0;
    database.statements.length = 0;
  };
  const ok = (id: string) => {
    const state = engine.state(id);
    if (state.status !== "ok") throw new Error(`${id}: ${JSON.stringify(state)}`);
    return state;
  };

  it("chains named results: total is 363 cases (the report's MARAC table), doubled reads total and gives 726", async () => {
    open(TOTAL, DOUBLED, CHART);
    expect(await engine.runAll()).toEqual(["a", "b", "c"]);
    expect(ok("a").result!.rows).toEqual([{ total: 363 }]);
    expect(ok("b").result!.rows).toEqual([{ total: 726 }]);
    expect(ok("c").result!.rows).toEqual([{ total: 726 }]);
    expect(database.statements).toEqual([
      'CREATE OR REPLACE TEMP VIEW "total" AS SELECT SUM(cases) AS total FROM marac_meetings',
      'CREATE OR REPLACE TEMP VIEW "doubled" AS SELECT total * 2 AS total FROM total'
    ]);
  });

  it("re-runs exactly the cells downstream of an edited cell, in order", async () => {
    const unrelated: Cell = { id: "u", type: "sql", name: "areas", sql: "SELECT DISTINCT area FROM caf_by_area" };
    open(unrelated, TOTAL, DOUBLED, CHART);
    await engine.runAll();
    engine.setNotebook(notebook(unrelated, { ...TOTAL, sql: "SELECT SUM(repeat_cases) AS total FROM marac_meetings" } as Cell, DOUBLED, CHART));
    expect(await engine.runCell("a")).toEqual(["a", "b", "c"]);
    expect([engine.runCount("u"), engine.runCount("a"), engine.runCount("b"), engine.runCount("c")]).toEqual([1, 2, 2, 2]);
    expect(ok("a").result!.rows).toEqual([{ total: 109 }]); // the report's TOTAL row: 109 repeat cases
    expect(ok("b").result!.rows).toEqual([{ total: 218 }]);
  });

  it("keeps an error in its cell and says what the cells downstream wait for", async () => {
    open({ ...TOTAL, sql: "SELECT SUM(nothing) AS total FROM marac_meetings" } as Cell, DOUBLED, CHART);
    await engine.runAll();
    expect(engine.state("a")).toMatchObject({ status: "error", message: expect.stringContaining("nothing") });
    expect(engine.state("b")).toEqual({ status: "waiting", message: "Waiting for cell 1 (SQL “total”), which has an error." });
    expect(engine.state("c")).toEqual({ status: "waiting", message: "Waiting for cell 2 (SQL “doubled”), which is waiting itself." });
  });

  it("sends the next cell's query before a cell's result is shown, and an error there stays in the next cell", async () => {
    open(TOTAL, { ...DOUBLED, sql: "SELECT nothing FROM total" } as Cell, CHART);
    const sentWhenShown: string[] = [];
    const ordered: string[] = [];
    engine = new NotebookEngine(database, TABLES, (id, state) => {
      ordered.push(`${id}:${state.status}`);
      if (id === "a" && state.status === "ok") sentWhenShown.push(...database.statements);
    });
    engine.setNotebook(notebook(TOTAL, { ...DOUBLED, sql: "SELECT nothing FROM total" } as Cell, CHART));
    await engine.runAll();
    expect(sentWhenShown).toEqual(['CREATE OR REPLACE TEMP VIEW "total" AS SELECT SUM(cases) AS total FROM marac_meetings', 'CREATE OR REPLACE TEMP VIEW "doubled" AS SELECT nothing FROM total']);
    expect(ordered).toEqual(["a:running", "a:ok", "b:running", "b:error", "c:waiting"]);
    expect(engine.state("b")).toMatchObject({ status: "error", message: expect.stringContaining("nothing") });
    expect(engine.state("c")).toEqual({ status: "waiting", message: "Waiting for cell 2 (SQL “doubled”), which has an error." });
    expect([engine.runCount("a"), engine.runCount("b"), engine.runCount("c")]).toEqual([1, 1, 1]);
  });

  it("refuses reader SQL that would change a table, even though the engine itself creates views", async () => {
    open({ ...TOTAL, sql: "CREATE TABLE x AS SELECT 1" } as Cell);
    await engine.runAll();
    expect(engine.state("a")).toMatchObject({ status: "error", message: "The explorer reads only the published tables: CREATE creates a table, view or macro, so it cannot run here. Start the query with SELECT, WITH or FROM." });
    open({ ...TOTAL, sql: "SELECT 1 AS a; DROP TABLE marac_meetings" } as Cell);
    await engine.runAll();
    expect(engine.state("a")).toMatchObject({ status: "error", message: "A SQL cell holds one query: split the statements into cells of their own, each with its name." });
    expect(database.statements).toEqual([]);
  });

  it.each([
    ["SELECT * FROM read_csv('https://example.org/x.csv')", "read_csv() reads files or web addresses"],
    ["ATTACH 'x.db'", "ATTACH opens another database"],
    ["INSTALL httpfs", "INSTALL downloads an extension"],
    ["COPY marac_meetings TO 'x.csv'", "COPY writes or reads a file"]
  ])("refuses %s with the site's reason, in its cell", async (sql, reason) => {
    open({ ...TOTAL, sql } as Cell, DOUBLED);
    await engine.runAll();
    expect(engine.state("a")).toMatchObject({ status: "error", message: expect.stringContaining(reason) });
    expect(engine.state("b")).toEqual({ status: "waiting", message: "Waiting for cell 1 (SQL “total”), which has an error." });
    expect(database.statements).toEqual([]);
  });

  it("names both cells of a name clash and of a cycle", async () => {
    open(TOTAL, { ...DOUBLED, name: "total" } as Cell);
    await engine.runAll();
    const clash = "The name “total” is given by cell 1 (SQL “total”) and cell 2 (SQL “total”): rename one of them.";
    expect(engine.state("a")).toEqual({ status: "error", message: clash });
    expect(engine.state("b")).toEqual({ status: "error", message: clash });
    open({ id: "x", type: "sql", name: "one", sql: "SELECT * FROM two" }, { id: "y", type: "sql", name: "two", sql: "SELECT * FROM one" });
    await engine.runAll();
    expect(engine.state("x")).toEqual({ status: "error", message: "These cells read each other in a cycle: cell 1 (SQL “one”) reads cell 2 (SQL “two”) reads cell 1 (SQL “one”). Break the cycle by renaming or editing one of them." });
    expect(engine.state("y")).toEqual({ status: "error", message: "These cells read each other in a cycle: cell 2 (SQL “two”) reads cell 1 (SQL “one”) reads cell 2 (SQL “two”). Break the cycle by renaming or editing one of them." });
  });

  it("fills a text cell's {{name.column}} with the first row's value, en-GB formatted", async () => {
    open(TOTAL, { id: "t", type: "text", markdown: "MARAC discussed **{{total.total}}** cases; <b>not bold</b>" });
    await engine.runAll();
    expect(ok("t").blocks).toEqual([
      { kind: "paragraph", children: [{ kind: "text", text: "MARAC discussed " }, { kind: "strong", children: [{ kind: "text", text: "363" }] }, { kind: "text", text: " cases; <b>not bold</b>" }] }
    ]);
  });

  it("filters downstream SQL on a chart's brush, its bounds written as typed literals", async () => {
    const months: Cell = { id: "m", type: "sql", name: "months", sql: "SELECT month, SUM(cases) AS cases FROM marac_meetings GROUP BY month ORDER BY month" };
    const chart: Cell = { id: "c", type: "chart", from: "months", mark: "bar", x: "month", y: "cases", brush: "brush" };
    const picked: Cell = { id: "p", type: "sql", name: "picked", sql: "SELECT SUM(cases) AS cases FROM months WHERE month BETWEEN $brush.start AND $brush.end" };
    open(months, chart, picked);
    await engine.runAll();
    expect(ok("p").result!.rows).toEqual([{ cases: 363 }]);
    expect(await engine.setSelection("c", { start: new Date("2012-04-01T00:00:00Z"), end: new Date("2012-06-01T00:00:00Z") })).toEqual(["p"]);
    expect(ok("p").sql).toBe("SELECT SUM(cases) AS cases FROM months WHERE month BETWEEN DATE '2012-04-01' AND DATE '2012-06-01'");
    expect(ok("p").result!.rows).toEqual([{ cases: 73 }]); // April 23 + May 20 + June 30
  });

  it("runs a steps cell's compiled SQL as a named result", async () => {
    open({ id: "s", type: "steps", name: "busiest", from: "marac_meetings", steps: [{ op: "group", by: ["month"], aggregates: [{ fn: "sum", column: "cases", as: "cases" }] }, { op: "sort", by: [{ column: "cases", descending: true }] }, { op: "limit", count: 1 }] });
    await engine.runAll();
    expect(ok("s").result!.rows).toEqual([{ month: new Date("2012-08-01T00:00:00Z"), cases: 49 }]); // 07&21/08/12: two meetings, 49 cases
  });
});
