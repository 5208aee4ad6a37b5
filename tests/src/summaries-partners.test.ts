import { describe, expect, it } from "vitest";
import {
  ordinal,
  summarizePartnerBoard,
  summarizePartnerBudget,
  summarizePartnerCafs,
  summarizePartnerComparison,
  summarizePartnerMarac,
  summarizePartnerOfsted,
  summarizePartnerPlan,
  titlePartnerBoard,
  titlePartnerBudget,
  titlePartnerCafs,
  titlePartnerMarac,
  titlePartnerOfsted,
  titlePartnerPlan,
  type PartnerBoardMemberRow,
  type PartnerBudgetRow,
  type PartnerCafRow,
  type PartnerComparisonRow,
  type PartnerMaracRow
} from "../../src/lib/summaries-partners.js";

// Rows as the /partners queries return them over the report's tables (Table 1 lines 434–454, the CAF table lines 288–296,
// board attendance lines 1152–1186, Table A lines 971–981, the Ofsted action plan lines 1212–1227).

const POLICE_MARAC: PartnerMaracRow = {
  partner_name: "Bedfordshire Police", printed_names: "Police", referrals: 193, all_referrals: 363, share_pct: 53.2, caada_group: "police",
  group_share_pct: 53.2, caada_expected_pct: 60, source_line: 441, caada_source_line: 434
};
const COUNCIL_MARAC: PartnerMaracRow = {
  partner_name: "Luton Borough Council", printed_names: "Adult Social Care; Children's Social Care; Housing", referrals: 35, all_referrals: 363, share_pct: 9.6,
  caada_group: "non-police agencies together", group_share_pct: 46.8, caada_expected_pct: 40, source_line: 441, caada_source_line: 434
};
const CAFCASS_MARAC: PartnerMaracRow = {
  partner_name: "CAFCASS", printed_names: null, referrals: null, all_referrals: 363, share_pct: null, caada_group: "non-police agencies together",
  group_share_pct: 46.8, caada_expected_pct: 40, source_line: null, caada_source_line: 434
};

describe("the partner's MARAC referrals", () => {
  it("states the police's 193 of 363 against CAADA's 60%", () => {
    expect(titlePartnerMarac([POLICE_MARAC])).toBe("Bedfordshire Police made 193 of the MARAC's 363 referrals (53.2%)");
    expect(summarizePartnerMarac([POLICE_MARAC])).toBe(
      "Bedfordshire Police (printed as Police) made 193 of the 363 MARAC referrals in 2012/13 (53.2%). CAADA expects 60% of referrals to come from the police: 6.8 percentage points below it."
    );
  });

  it("sets a non-police partner against the non-police agencies' 40% together, not a share of its own", () => {
    expect(summarizePartnerMarac([COUNCIL_MARAC])).toBe(
      "Luton Borough Council (printed as Adult Social Care; Children's Social Care; Housing) made 35 of the 363 MARAC referrals in 2012/13 (9.6%). CAADA sets no expectation per agency: it expects 40% from the non-police agencies together, which made 46.8%."
    );
  });

  it("says the MARAC table does not list a partner it leaves out, never 0", () => {
    expect(titlePartnerMarac([CAFCASS_MARAC])).toBe("The MARAC table does not list CAFCASS");
    expect(summarizePartnerMarac([CAFCASS_MARAC])).toBe(
      "The MARAC table does not list CAFCASS among its referring agencies, so the report gives no MARAC referrals for it. CAADA expects 40% of referrals from the non-police agencies together, which made 46.8%."
    );
    expect(summarizePartnerMarac([CAFCASS_MARAC])).not.toMatch(/\b0\b/);
  });
});

const caf = (partner_name: string, financial_year: string | null, quarter: number | null, cafs: number | null, blank_cells: number | null, printed_names: string | null): PartnerCafRow => ({
  partner_name, financial_year, quarter, quarter_label: quarter === null ? null : `${financial_year} Q${quarter}`, printed_names, cafs, blank_cells, source_line: quarter === null ? null : 290
});

describe("the partner's CAFs by quarter", () => {
  it("says the CAF table does not list the police", () => {
    const rows = [caf("Bedfordshire Police", null, null, null, null, null)];
    expect(titlePartnerCafs(rows)).toBe("The CAF table does not list Bedfordshire Police");
    expect(summarizePartnerCafs(rows)).toBe("The CAF table does not list Bedfordshire Police: the report gives no CAFs completed on its referral.");
  });

  it("totals schools' CAFs per financial year", () => {
    const quarters = [35, 27, 28, 30, 32, 24, 29, 28];
    const rows = quarters.map((cafs, index) => caf("Schools and colleges", index < 4 ? "2011/12" : "2012/13", (index % 4) + 1, cafs, 0, "Schools"));
    expect(titlePartnerCafs(rows)).toBe("CAFs completed on a referral from Schools and colleges, quarter by quarter");
    expect(summarizePartnerCafs(rows)).toBe("CAFs completed on referral from Schools and colleges (printed as Schools): 120 in 2011/12 and 113 in 2012/13.");
  });

  it("calls a year with a blank cell a lower bound and counts the blank cells", () => {
    const rows = [11, 11, 17, 6, 65, 59, 20, 11].map((cafs, index) => caf("Luton Borough Council", index < 4 ? "2011/12" : "2012/13", (index % 4) + 1, cafs, index < 4 ? 1 : 0, "LBC; RAT"));
    expect(summarizePartnerCafs(rows)).toBe(
      "CAFs completed on referral from Luton Borough Council (printed as LBC; RAT): at least 45 in 2011/12 and 155 in 2012/13. 4 of the printed cells are blank and not counted."
    );
  });

  it("says a partner whose every cell is blank has no count, not 0", () => {
    const rows = Array.from({ length: 8 }, (_, index) => caf("Youth Offending Service", index < 4 ? "2011/12" : "2012/13", (index % 4) + 1, null, 1, "YOS"));
    expect(titlePartnerCafs(rows)).toBe("The CAF table lists Youth Offending Service but leaves every quarter blank");
    expect(summarizePartnerCafs(rows)).toBe("The CAF table lists Youth Offending Service (printed as YOS) but leaves all 8 of its quarters blank: the report gives no count.");
  });
});

const member = (row: Partial<PartnerBoardMemberRow>): PartnerBoardMemberRow => ({
  partner_name: "Bedfordshire Police", member_no: 1, name: "Karena Thomas", printed_name: "Beds Police", title: "Detective Superintendent",
  meetings: 4, attended: 3, represented: 0, apologies: 1, absent_no_apologies: 0, source_line: 1152, ...row
});

describe("the partner's board attendance", () => {
  it("states the police's member's 3 of 4 meetings with 1 apology", () => {
    expect(titlePartnerBoard([member({})])).toBe("Bedfordshire Police's board member attended 3 of 4 meetings");
    expect(summarizePartnerBoard([member({})])).toBe(
      "Karena Thomas (Beds Police, Detective Superintendent) attended 3 of 4 board meetings (75%): 1 apology, 0 absences without apologies, and someone else sent in their place at 0 meetings."
    );
  });

  it("adds up several members: the University of Bedfordshire's 5 of 8", () => {
    const rows = [
      member({ partner_name: "University of Bedfordshire", member_no: 25, name: "Michael Preston-Shoot", printed_name: "University of Bedfordshire", attended: 4, apologies: 0 }),
      member({ partner_name: "University of Bedfordshire", member_no: 26, name: "Patrick Ayre", printed_name: "University of Bedfordshire", attended: 1, apologies: 1, absent_no_apologies: 2 })
    ];
    expect(titlePartnerBoard(rows)).toBe("University of Bedfordshire's 2 board members attended 5 of their 8 meetings");
    expect(summarizePartnerBoard(rows)).toBe(
      "University of Bedfordshire's 2 members attended 5 of their 8 meetings between them (62.5%): 1 apology, 2 absences without apologies, and someone else sent in a member's place at 0 meetings."
    );
  });

  it("says the table lists no member for a partner it leaves out", () => {
    const rows = [member({ member_no: null, name: null, printed_name: null, title: null, meetings: null, attended: null, represented: null, apologies: null, absent_no_apologies: null, source_line: null })];
    expect(summarizePartnerBoard(rows)).toBe("The board attendance table lists no member for Bedfordshire Police.");
  });
});

const line = (printed_name: string, partner: string | null, amount_gbp: number, share_of_income_pct: number, share_of_partner_contributions_pct: number | null, printed_share_pct: number | null, source_line: number, share_note: string | null = null): Omit<PartnerBudgetRow, "partner_name" | "selected"> => ({
  printed_name, partner, amount_gbp, share_of_income_pct, share_of_partner_contributions_pct, printed_share_pct, share_note, income_gbp: 305438, partner_contributions_gbp: 248854, source_line
});
const TABLE_A = [
  line("Children & Learning", "Luton Borough Council", 117630, 38.5, 47.3, 47, 971),
  line("Health agencies: PCT Luton/L&D Hospital & SEPT", "NHS bodies in Luton", 98941, 32.4, 39.8, 40, 972),
  line("CDOP", null, 43459, 14.2, null, null, 981, "N/A"),
  line("Police", "Bedfordshire Police", 26545, 8.7, 10.7, 11, 978),
  line("Course Charges", null, 13125, 4.3, null, null, 980, "N/A"),
  line("Probation", "Bedfordshire Probation Trust", 5188, 1.7, 2.1, 2, 977),
  line("CAFCASS", "CAFCASS", 550, 0.2, 0.2, null, 979, "Nationally set contribution")
];
const budgetFor = (partner_name: string, printed: string | null): PartnerBudgetRow[] => TABLE_A.map((row) => ({ ...row, partner_name, selected: row.printed_name === printed ? 1 : 0 }));

describe("the partner's budget contribution", () => {
  it("states the police's £26,545: 8.7% of income, 10.7% of the partners' contributions, printed as 11%", () => {
    expect(titlePartnerBudget(budgetFor("Bedfordshire Police", "Police"))).toBe("Bedfordshire Police contributed £26,545 to the LSCB's budget, 3rd of 5 partners");
    expect(summarizePartnerBudget(budgetFor("Bedfordshire Police", "Police"))).toBe(
      "Bedfordshire Police (printed as \"Police\") contributed £26,545 of the LSCB's £305,438 income in 2012/13: 8.7% of all income and 10.7% of the partners' £248,854; the report prints 11%."
    );
  });

  it("quotes the words printed instead of a percentage", () => {
    expect(summarizePartnerBudget(budgetFor("CAFCASS", "CAFCASS"))).toBe(
      "CAFCASS (printed as \"CAFCASS\") contributed £550 of the LSCB's £305,438 income in 2012/13: 0.2% of all income and 0.2% of the partners' £248,854; the report prints \"Nationally set contribution\" instead of a percentage."
    );
  });

  it("says the income table does not list a partner it leaves out, never £0", () => {
    expect(titlePartnerBudget(budgetFor("Schools and colleges", null))).toBe("The LSCB's income table does not list Schools and colleges");
    expect(summarizePartnerBudget(budgetFor("Schools and colleges", null))).toBe(
      "Table A, the LSCB's income in 2012/13 (£305,438), does not list Schools and colleges: the report records no contribution from it."
    );
  });
});

describe("the partner's business-plan objectives and Ofsted recommendations", () => {
  it("counts objectives by status, and says when no responsibility line names the partner", () => {
    const rows = [
      { partner_name: "Luton Borough Council", priority_no: 1, objective: "a", responsibility: "Martin Pratt - DCS", status: "completed", source_line: 1048 },
      { partner_name: "Luton Borough Council", priority_no: 4, objective: "b", responsibility: "LADO", status: "completed", source_line: 1113 }
    ];
    expect(titlePartnerPlan(rows)).toBe("The business plan names Luton Borough Council for 2 objectives");
    expect(summarizePartnerPlan(rows)).toBe("The 2012/13 business plan names Luton Borough Council among those responsible for 2 objectives: 2 completed.");
    const none = [{ partner_name: "Bedfordshire Police", priority_no: null, objective: null, responsibility: null, status: null, source_line: null }];
    expect(titlePartnerPlan(none)).toBe("The business plan names Bedfordshire Police for no objective");
    expect(summarizePartnerPlan(none)).toBe("No responsibility line of the 2012/13 business plan names Bedfordshire Police.");
  });

  it("counts recommendations by RAG judgement, and says when none names the partner", () => {
    const rows = [
      { partner_name: "NHS bodies in Luton", action_no: 8, theme: "Safeguarding", recommendation: "NHS Bedfordshire and Luton must…", rag_rating: "Good progress", source_line: 1212 },
      { partner_name: "NHS bodies in Luton", action_no: 9, theme: "Safeguarding", recommendation: "NHS Bedfordshire & Luton and the LSCB must…", rag_rating: "Completed", source_line: 1215 },
      { partner_name: "NHS bodies in Luton", action_no: 14, theme: "Looked after children", recommendation: "NHS Luton and Bedfordshire and LBC must…", rag_rating: "Some progress", source_line: 1227 }
    ];
    expect(titlePartnerOfsted(rows)).toBe("Ofsted named NHS bodies in Luton in 3 recommendations");
    expect(summarizePartnerOfsted(rows)).toBe(
      "Ofsted's recommendations name NHS bodies in Luton among the bodies that must act in 3 recommendations: 1 good progress, 1 completed and 1 some progress."
    );
    const none = [{ partner_name: "Bedfordshire Police", action_no: null, theme: null, recommendation: null, rag_rating: null, source_line: null }];
    expect(titlePartnerOfsted(none)).toBe("No Ofsted recommendation names Bedfordshire Police");
    expect(summarizePartnerOfsted(none)).toBe("No Ofsted recommendation names Bedfordshire Police among the bodies that must act.");
  });
});

describe("every partner compared", () => {
  const partner = (row: Partial<PartnerComparisonRow>): PartnerComparisonRow => ({
    partner_id: "x", name: "x", kind: "statutory", selected: "false", marac_referrals: null, marac_rank: null, cafs_2012_13: null, cafs_rank: null,
    budget_gbp: null, budget_rank: null, board_members: 1, board_attended_pct: null, board_rank: null, ...row
  });
  const rows = [
    partner({ partner_id: "police", name: "Bedfordshire Police", selected: "true", marac_referrals: 193, marac_rank: 1, budget_gbp: 26545, budget_rank: 3, board_attended_pct: 75, board_rank: 3 }),
    partner({ partner_id: "local-authority", name: "Luton Borough Council", marac_referrals: 35, marac_rank: 2, cafs_2012_13: 155, cafs_rank: 1, budget_gbp: 117630, budget_rank: 1, board_attended_pct: 54.2, board_rank: 9 }),
    partner({ partner_id: "cafcass", name: "CAFCASS", budget_gbp: 550, budget_rank: 5, board_attended_pct: 25, board_rank: 11 })
  ];

  it("ranks the chosen partner on each measure and says which tables do not list it", () => {
    expect(summarizePartnerComparison(rows)).toBe(
      "Of the 3 partners, Bedfordshire Police ranks 1st of 2 on MARAC referrals, 3rd of 3 on budget contribution and 3rd of 3 on board attendance; the CAF table does not list it. Rank 1 is the most; equal values share a rank."
    );
  });

  it("writes ranks as ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
  });
});
