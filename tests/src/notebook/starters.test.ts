import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotebookEngine, type CellState } from "../../../src/notebook/engine.js";
import { parseNotebookJson } from "../../../src/notebook/link.js";
import type { Block } from "../../../src/notebook/markdown.js";
import { openTestDatabase, type TestDatabase } from "./node-database.js";

const TABLES = ["marac_meetings", "caf_by_area", "indicators"];

function starter(key: string) {
  return parseNotebookJson(readFileSync(new URL(`../../../src/notebook/starters/${key}.json`, import.meta.url), "utf-8"));
}

function text(state: CellState): string {
  if (state.status !== "ok" || !state.blocks) throw new Error(JSON.stringify(state));
  const inline = (parts: unknown[]): string => parts.map((part) => { const p = part as { text?: string; children?: unknown[] }; return p.text ?? inline(p.children ?? []); }).join("");
  return state.blocks.map((block: Block) => (block.kind === "code" ? block.text : block.kind === "list" ? block.items.map(inline).join("\n") : inline(block.children))).join("\n");
}

function rows(state: CellState) {
  if (state.status !== "ok" || !state.result) throw new Error(JSON.stringify(state));
  return state.result.rows;
}

describe("the starter notebooks, against the report", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(TABLES);
  });
  afterAll(() => database.close());
  const run = async (key: string) => {
    const engine = new NotebookEngine(database, TABLES);
    const notebook = starter(key);
    engine.setNotebook(notebook);
    await engine.runAll();
    for (const cell of notebook.cells) expect(engine.state(cell.id).status, `${key} ${cell.id}: ${JSON.stringify(engine.state(cell.id))}`).toBe("ok");
    return engine;
  };

  it("MARAC: 12 months, 363 cases and 109 repeat cases (Table 1's TOTAL row), 30% repeats", async () => {
    const engine = await run("marac-months");
    expect(rows(engine.state("monthly"))).toHaveLength(12);
    expect(rows(engine.state("monthly"))[4]).toEqual({ month: new Date("2012-08-01T00:00:00Z"), meetings: 2, cases: 49, repeat_cases: 11, repeat_share_pct: 22.4 });
    expect(text(engine.state("summary"))).toBe("In the 12 months selected, MARAC discussed 363 cases, 109 of them repeat cases (30%). The report's total for the year is 363 cases and 109 repeat cases.");
  });

  it("CAFs: 207 in 2011/12 and 312 in 2012/13 (the Total row), and each area's change on the same quarter a year before", async () => {
    const engine = await run("caf-areas");
    expect(text(engine.state("summary"))).toContain("207 CAFs were completed in 2011/12 and 312 in 2012/13");
    const change = rows(engine.state("change"));
    expect(change).toHaveLength(20);
    // Central 2012/13: Q1 11 (15 a year before), Q2 22 (8), Q3 18 (14), Q4 blank (6).
    expect(change.slice(0, 4).map((row) => [row.quarter, row.cafs, row.change_on_year])).toEqual([[1, 11, -4], [2, 22, 14], [3, 18, 4], [4, null, null]]);
    // South Q1: 30 against 5.
    expect(change.find((row) => row.area === "South" && row.quarter === 1)).toMatchObject({ cafs: 30, change_on_year: 25 });
  });

  it("child protection: 3,003 referrals, −48% on the year, re-referrals 28.2% against 28.5%", async () => {
    const engine = await run("child-protection");
    expect(text(engine.state("summary"))).toBe("There were 3,003 referrals to children's social care in 2012/13, a change of -48% on the year before; 28.2% were re-referrals within 12 months (28.5% the year before).");
    expect(rows(engine.state("rates")).map((row) => [row.indicator_id, row.period, row.value_pct])).toEqual([
      ["cp_plans_ended_after_2_years_pct", "2012", 6.8],
      ["cp_plans_ended_after_2_years_pct", "2012/13", 9.2],
      ["cp_plans_repeat_pct", "2011", 10.5],
      ["cp_plans_repeat_pct", "2011/12", 11.8],
      ["cp_plans_repeat_pct", "2012/13", 17.6],
      ["re_referrals_pct", "2011/12", 28.5],
      ["re_referrals_pct", "2012/13", 28.2],
      ["referrals_to_initial_assessment_pct", "2011/12", 86.2],
      ["referrals_to_initial_assessment_pct", "2012/13", 69.3],
      ["s47_to_icpc_pct", "2010/11", 52],
      ["s47_to_icpc_pct", "2012/13", 55]
    ]);
  });
});
