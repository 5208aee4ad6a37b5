import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchNotebook, benchNotebookPath, CHAIN_CELLS, editValue, firstCellSql, notebookLinkHash } from "../../scripts/bench/notebook.js";
import { NotebookEngine } from "../../src/notebook/engine.js";
import { readNotebookLink } from "../../src/notebook/link.js";
import { validateNotebook } from "../../src/notebook/validate.js";
import type { Notebook } from "../../src/notebook/model.js";
import { openTestDatabase, type TestDatabase } from "../src/notebook/node-database.js";

describe("the bench's notebook chain", () => {
  it("is a valid notebook whose link the page reads back as the same notebook", () => {
    const notebook = benchNotebook();
    expect(validateNotebook(notebook)).toEqual(notebook);
    expect(readNotebookLink(new URL(`https://example.test/notebook${notebookLinkHash(notebook)}`))).toEqual(notebook);
    expect(benchNotebookPath()).toBe(`/notebook${notebookLinkHash(notebook)}`);
  });

  it("has five cells, sql → steps → sql → chart → text, the first one edited", () => {
    expect(benchNotebook().cells.map((cell) => `${cell.id}:${cell.type}`)).toEqual(["monthly:sql", "trend:steps", "latest:sql", "chart:chart", "words:text"]);
    expect(benchNotebook(3).cells[0]).toEqual({ id: "monthly", type: "sql", name: "monthly", sql: firstCellSql(3) });
  });

  it("edits the first cell to another number of months each time, starting from the link's 0", () => {
    const values = Array.from({ length: 20 }, (_, edit) => editValue(edit));
    expect(values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0]);
    expect(values.every((value, edit) => value !== (edit === 0 ? 0 : values[edit - 1]))).toBe(true);
  });

  it("names what it cannot write", () => {
    expect(() => firstCellSql(10)).toThrow("firstCellSql: expected a whole number of months from 0 to 9, found 10");
    expect(() => firstCellSql(1.5)).toThrow("found 1.5");
    expect(() => editValue(-1)).toThrow("editValue: expected an edit number from 0, found -1");
  });

  describe("run by the notebook's engine over the published tables", () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await openTestDatabase(["marac_meetings"]);
    });
    afterAll(() => database?.close());

    // The latest month's running total: all twelve months give the year's 363 cases; nine left out give April to June,
    // 23 + 20 + 30 = 73 (Table 1 of the report).
    it.each([
      [0, "2013-03-01", 363],
      [9, "2012-06-01", 73]
    ])("leaving out %i months, ends at %s with %i cases to date", async (monthsLeftOut, month, casesToDate) => {
      const engine = new NotebookEngine(database, ["marac_meetings"]);
      engine.setNotebook(benchNotebook(monthsLeftOut) as unknown as Notebook);
      expect(await engine.runAll()).toEqual([...CHAIN_CELLS]);
      expect(CHAIN_CELLS.map((id) => engine.state(id).status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
      const latest = engine.state("latest");
      const first = latest.status === "ok" ? latest.result?.rows[0] : undefined;
      expect(first?.cases_to_date).toBe(casesToDate);
      expect(new Date(first?.month as Date).toISOString().slice(0, 10)).toBe(month);
    });

    it("re-runs all five cells after an edit of the first, and every edit changes the latest month", async () => {
      const engine = new NotebookEngine(database, ["marac_meetings"]);
      engine.setNotebook(benchNotebook(0) as unknown as Notebook);
      await engine.runAll();
      const latestMonths = new Set<string>();
      for (const value of [1, 2, 3]) {
        engine.setNotebook(benchNotebook(value) as unknown as Notebook);
        expect(await engine.runCell("monthly")).toEqual([...CHAIN_CELLS]);
        const latest = engine.state("latest");
        latestMonths.add(String(latest.status === "ok" && latest.result?.rows[0]?.month));
      }
      expect(latestMonths.size).toBe(3);
    });
  });
});
