import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParquetSession, type ParquetSession } from "./parquet-session.js";

// The /partners page's queries, read from docs/partners-page.md (a "### `name`" heading, then its ```sql block), run over
// the published Parquet with $partner bound, and checked against values worked out from the report.
const DOC = readFileSync(fileURLToPath(new URL("../../../docs/partners-page.md", import.meta.url)), "utf-8");
const QUERIES = Object.fromEntries(Array.from(DOC.matchAll(/^### `(\w+)`\n[\s\S]*?^```sql\n([\s\S]*?)^```/gm), (match) => [match[1]!, match[2]!]));
const TABLES = ["agency_names", "partners", "marac_referrals", "indicators", "caf_by_agency", "board_attendance", "budget_income", "business_plan", "ofsted_actions", "report_paragraphs"];

let db: ParquetSession;
const run = (name: string, partner = "police") => {
  const sql = QUERIES[name];
  if (!sql) throw new Error(`docs/partners-page.md: expected a query named ${name}, found ${Object.keys(QUERIES).join(", ")}`);
  return db.query(sql, { partner });
};

beforeAll(async () => {
  db = await openParquetSession(TABLES);
});

afterAll(() => db?.close());

describe("docs/partners-page.md", () => {
  it("declares the nine queries the page needs", () => {
    expect(Object.keys(QUERIES)).toEqual([
      "partnerMaracReferrals", "partnerCafsByQuarter", "partnerBoardMembers", "partnerBoardAttendance", "partnerBudget",
      "partnerBusinessPlan", "partnerOfstedActions", "partnerParagraphs", "partnerComparison"
    ]);
  });
});

describe("the police's page", () => {
  it("partnerMaracReferrals: 193 of 363 referrals (53.2%), against CAADA's 60% for the police (lines 441, 434)", async () => {
    expect(await run("partnerMaracReferrals")).toEqual([
      {
        partner_id: "police", printed_names: "Police", referrals: "193", all_referrals: "363", share_pct: 53.2, caada_group: "police",
        group_share_pct: 53.2, caada_expected_pct: 60, source_line: 441, caada_source_line: 434
      }
    ]);
  });

  it("partnerCafsByQuarter: no rows, since the CAF table does not list the police", async () => {
    expect(await run("partnerCafsByQuarter")).toEqual([]);
  });

  it("partnerBoardMembers: Karena Thomas of Beds Police, 3 of 4 meetings, 1 apology (line 1152)", async () => {
    expect(await run("partnerBoardMembers")).toEqual([
      {
        member_no: 1, name: "Karena Thomas", printed_name: "Beds Police", title: "Detective Superintendent", meetings: 4, attended: 3, represented: 0,
        apologies: 1, absent_no_apologies: 0, comments: expect.stringContaining("Nigel Stone"), source_line: 1152
      }
    ]);
  });

  it("partnerBoardAttendance: 1 member, 3 of 4 meetings (75%), 1 apology, no absence without apologies", async () => {
    expect(await run("partnerBoardAttendance")).toEqual([
      { members: "1", meetings: "4", attended: "3", represented: "0", apologies: "1", absent_no_apologies: "0", attended_pct: 75, source_line: 1152 }
    ]);
  });

  it("partnerBudget: £26,545, printed 11%: 8.7% of £305,438 income, 10.7% of £248,854 from partners (line 978)", async () => {
    expect(await run("partnerBudget")).toEqual([
      {
        printed_name: "Police", amount_gbp: 26545, printed_share_pct: 11, share_note: null, income_gbp: 305438, share_of_income_pct: 8.7,
        partner_contributions_gbp: 248854, share_of_partner_contributions_pct: 10.7, source_line: 978
      }
    ]);
  });

  it("partnerBusinessPlan and partnerOfstedActions: the police are responsible for none", async () => {
    expect(await run("partnerBusinessPlan")).toEqual([]);
    expect(await run("partnerOfstedActions")).toEqual([]);
  });

  it("partnerParagraphs: the 20 report lines naming the police", async () => {
    expect((await run("partnerParagraphs")).map((row) => row.line)).toEqual([
      28, 44, 273, 397, 434, 436, 441, 459, 507, 528, 576, 586, 600, 762, 811, 818, 823, 906, 978, 1152
    ]);
  });

  it("partnerComparison: the police first on MARAC referrals (193), third on budget (£26,545), 75% board attendance (third, tied)", async () => {
    const rows = await run("partnerComparison");
    expect(rows.length).toBe(12);
    const ranked = (measure: string, rank: string) => rows.filter((row) => row[rank] !== null).sort((a, b) => Number(a[rank]) - Number(b[rank])).map((row) => [row.partner_id, row[measure]]);
    expect(ranked("marac_referrals", "marac_rank")).toEqual([
      ["police", "193"], ["local-authority", "35"], ["schools", "22"], ["probation", "11"], ["health", "9"], ["voluntary-sector", "4"]
    ]);
    expect(ranked("budget_gbp", "budget_rank")).toEqual([["local-authority", 117630], ["health", 98941], ["police", 26545], ["probation", 5188], ["cafcass", 550]]);
    expect(rows.filter((row) => row.selected)).toEqual([
      {
        partner_id: "police", name: "Bedfordshire Police", kind: "statutory", selected: true, marac_referrals: "193", marac_rank: "1",
        cafs_2012_13: null, cafs_rank: null, budget_gbp: 26545, budget_rank: "3", board_members: "1", board_attended_pct: 75, board_rank: "3"
      }
    ]);
  });
});

describe("other partners' pages, so the joins are not empty by accident", () => {
  it("partnerCafsByQuarter for the council adds RAT and LBC per quarter, with RAT's blank 2011/12 cells counted", async () => {
    const rows = await run("partnerCafsByQuarter", "local-authority");
    expect(rows.length).toBe(8);
    expect(rows[0]).toMatchObject({ financial_year: "2011/12", quarter: 1, period_start: "2011-04-01", period_end: "2011-06-30", printed_names: "LBC; RAT", blank_cells: "1" });
    // LBC 11, 11, 17, 6 with RAT blank in 2011/12; then RAT 58 + LBC 7, 52 + 7, 10 + 9, 6 + 6 (lines 292–293)
    expect(rows.map((row) => [row.cafs, row.blank_cells])).toEqual([
      ["11", "1"], ["11", "1"], ["17", "1"], ["6", "1"], ["65", "0"], ["59", "0"], ["19", "0"], ["12", "0"]
    ]);
  });

  it("partnerOfstedActions for health: actions 8, 9, 12, 13 and 14; for the council: 14; for the board: 9", async () => {
    expect((await run("partnerOfstedActions", "health")).map((row) => row.action_no)).toEqual([8, 9, 12, 13, 14]);
    expect((await run("partnerOfstedActions", "local-authority")).map((row) => row.action_no)).toEqual([14]);
    expect((await run("partnerOfstedActions", "lscb")).map((row) => row.action_no)).toEqual([9]);
  });

  it("partnerBusinessPlan for the council: the objective Martin Pratt (DCS) holds, line 1048, and the LADO's, line 1113", async () => {
    expect((await run("partnerBusinessPlan", "local-authority")).map((row) => row.source_line)).toEqual([1048, 1113]);
  });
});
