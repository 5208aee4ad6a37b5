import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openParquetSession, type ParquetSession } from "./parquet-session.js";

// Issue 13's proof numbers for the police, computed from the published Parquet with SQL over agency_names, independently
// of any page query: 193 MARAC referrals, £26,545 of budget, and its board member at 3 of 4 meetings.
let db: ParquetSession;

beforeAll(async () => {
  db = await openParquetSession(["agency_names", "partners", "marac_referrals", "budget_income", "board_attendance"]);
});

afterAll(() => db?.close());

describe("the police's figures from the Parquet files", () => {
  it("made 193 MARAC referrals, under the printed name \"Police\"", async () => {
    expect(
      await db.query(`SELECT a.printed_name, SUM(r.referrals)::INTEGER AS referrals
        FROM marac_referrals r JOIN agency_names a ON a.table_name = 'marac_referrals' AND a.column_name = 'agency' AND a.printed_name = r.agency
        WHERE a.partner_id = $partner GROUP BY a.printed_name`, { partner: "police" })
    ).toEqual([{ printed_name: "Police", referrals: 193 }]);
  });

  it("contributed £26,545 (11%) of the budget, on report line 978", async () => {
    expect(
      await db.query(`SELECT b.partner, b.amount_gbp, b.share_pct, b.source_line
        FROM budget_income b JOIN agency_names a ON a.table_name = 'budget_income' AND a.column_name = 'partner' AND a.printed_name = b.partner
        WHERE a.partner_id = $partner`, { partner: "police" })
    ).toEqual([{ partner: "Police", amount_gbp: 26545, share_pct: 11, source_line: 978 }]);
  });

  it("has one board member, from \"Beds Police\", who attended 3 of 4 meetings (line 1152)", async () => {
    expect(
      await db.query(`SELECT m.agency, m.meetings, m.attended, m.apologies, m.absent_no_apologies, m.source_line
        FROM board_attendance m JOIN agency_names a ON a.table_name = 'board_attendance' AND a.column_name = 'agency' AND a.printed_name = m.agency
        WHERE a.partner_id = $partner`, { partner: "police" })
    ).toEqual([{ agency: "Beds Police", meetings: 4, attended: 3, apologies: 1, absent_no_apologies: 0, source_line: 1152 }]);
  });

  it("is a statutory partner named Bedfordshire Police", async () => {
    expect(await db.query(`SELECT name, kind FROM partners WHERE partner_id = $partner`, { partner: "police" })).toEqual([{ name: "Bedfordshire Police", kind: "statutory" }]);
  });
});
