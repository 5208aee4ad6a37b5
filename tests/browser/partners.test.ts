import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditAccessibility } from "./axe.js";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";
import { launchChromium } from "../../scripts/chromium.js";
import { preloadedModule, visitPage, type PageVisit } from "./page-session.js";

// Every figure of /partners?partner=<id>, recomputed from the built Parquet files with this file's own SQL and
// JavaScript (not the page's queries): the printed names are matched to the partner here, from agency_names' rows.

const FIGURES = ["partner-marac-referrals", "partner-cafs-by-quarter", "partner-board-attendance", "partner-budget", "partner-business-plan", "partner-ofsted-actions", "partner-comparison"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Row = Record<string, unknown>;
const partners = await queryBuiltData(`SELECT partner_id, name, kind FROM partners ORDER BY partner_id`);
const names = await queryBuiltData(`SELECT table_name, column_name, printed_name, partner_id FROM agency_names`);
const printedFor = (partner: string, table: string) => names.filter((row) => row.partner_id === partner && row.table_name === table).map((row) => String(row.printed_name));
const nameOf = (partner: string) => String(partners.find((row) => row.partner_id === partner)!.name);
const round1 = (value: number) => Math.round(10 * value) / 10;
const inList = (values: string[]) => (values.length ? values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ") : "NULL");

async function expectedMarac(partner: string): Promise<(string | number | null)[]> {
  const rows = await queryBuiltData(`SELECT agency, CAST(referrals AS INTEGER) AS referrals FROM marac_referrals`);
  const printed = printedFor(partner, "marac_referrals");
  const total = rows.reduce((sum, row) => sum + Number(row.referrals), 0);
  const own = rows.filter((row) => printed.includes(String(row.agency))).reduce((sum, row) => sum + Number(row.referrals), 0);
  return printed.length ? [nameOf(partner), own, total, round1((100 * own) / total)] : [nameOf(partner), null, total, null];
}

async function expectedCafs(partner: string): Promise<(string | number | null)[][]> {
  const rows = await queryBuiltData(`
    SELECT financial_year || ' Q' || quarter AS quarter, CAST(SUM(cafs) AS INTEGER) AS cafs, min(period_start) AS start
    FROM caf_by_agency WHERE agency IN (${inList(printedFor(partner, "caf_by_agency"))})
    GROUP BY ALL ORDER BY start`);
  return rows.map((row) => [String(row.quarter), (row.cafs as number | null) ?? null]);
}

async function expectedBoard(partner: string): Promise<(string | number | null)[][]> {
  const rows = await queryBuiltData(`
    SELECT name, agency, CAST(meetings AS INTEGER) AS meetings, CAST(attended AS INTEGER) AS attended, CAST(apologies AS INTEGER) AS apologies,
           CAST(absent_no_apologies AS INTEGER) AS absent, source_line
    FROM board_attendance WHERE agency IN (${inList(printedFor(partner, "board_attendance"))}) ORDER BY member_no`);
  return rows.map((row) => [String(row.name), String(row.agency), row.meetings as number, row.attended as number, row.apologies as number, row.absent as number, `line ${row.source_line}`]);
}

async function expectedBudget(partner: string): Promise<(string | number)[][]> {
  const rows = await queryBuiltData(`SELECT partner, CAST(amount_gbp AS DOUBLE) AS amount, source_line FROM budget_income ORDER BY amount_gbp DESC, source_line`);
  const total = rows.reduce((sum, row) => sum + Number(row.amount), 0);
  const own = printedFor(partner, "budget_income");
  return rows.map((row) => [String(row.partner), own.includes(String(row.partner)) ? "yes" : "", Number(row.amount), round1((100 * Number(row.amount)) / total), `line ${row.source_line}`]);
}

async function expectedPlanLines(partner: string): Promise<number[]> {
  const printed = printedFor(partner, "business_plan");
  const rows = await queryBuiltData(`SELECT responsibility, source_line FROM business_plan ORDER BY source_line`);
  return rows.filter((row) => String(row.responsibility ?? "").split("\n").some((line) => printed.includes(line.trim()))).map((row) => Number(row.source_line));
}

async function expectedOfstedActions(partner: string): Promise<number[]> {
  const printed = printedFor(partner, "ofsted_actions");
  const rows = await queryBuiltData(`SELECT action_no, recommendation FROM ofsted_actions ORDER BY action_no`);
  const word = "(?:[A-Z][\\w'’]*|and|&|the)";
  const subject = new RegExp(`^(${word}(?: ${word})*) must\\b`);
  return rows.filter((row) => printed.some((name) => (String(row.recommendation).match(subject)?.[1] ?? "").includes(name))).map((row) => Number(row.action_no));
}

async function expectedParagraphLines(partner: string): Promise<number[]> {
  const terms = [...new Set([...names.filter((row) => row.partner_id === partner).map((row) => String(row.printed_name)), nameOf(partner)])];
  const patterns = terms.map((term) => new RegExp(`(^|\\W)${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|\\W)`, "i"));
  const rows = await queryBuiltData(`SELECT line, text FROM report_paragraphs ORDER BY line`);
  return rows.filter((row) => patterns.some((pattern) => pattern.test(String(row.text)))).map((row) => Number(row.line));
}

async function expectedComparison(): Promise<(string | number | null)[][]> {
  const sum = async (sql: string) => new Map((await queryBuiltData(sql)).map((row) => [String(row.partner_id), row.value === null ? null : Number(row.value)]));
  // Names that stand for no partner (IDVA, CDOP, Course Charges) are not ranked.
  const join = (table: string, column: string) => `JOIN agency_names a ON a.table_name = '${table}' AND a.printed_name = t.${column} AND a.partner_id IS NOT NULL`;
  const marac = await sum(`SELECT a.partner_id, SUM(t.referrals) AS value FROM marac_referrals t ${join("marac_referrals", "agency")} GROUP BY 1`);
  const cafs = await sum(`SELECT a.partner_id, SUM(t.cafs) FILTER (WHERE t.financial_year = '2012/13') AS value FROM caf_by_agency t ${join("caf_by_agency", "agency")} GROUP BY 1`);
  const budget = await sum(`SELECT a.partner_id, SUM(t.amount_gbp) AS value FROM budget_income t ${join("budget_income", "partner")} GROUP BY 1`);
  const board = await sum(`SELECT a.partner_id, ROUND(100.0 * SUM(t.attended) / SUM(t.meetings), 1) AS value FROM board_attendance t ${join("board_attendance", "agency")} GROUP BY 1`);
  const byText = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  const ordered = [...partners].sort((a, b) => byText(b.kind, a.kind) || byText(a.name, b.name));
  const rank = (measure: Map<string, number | null>, id: string) => {
    const value = measure.get(id) ?? null;
    return value === null ? null : 1 + [...measure.values()].filter((other) => other !== null && other > value).length;
  };
  return ordered.map((row) => {
    const id = String(row.partner_id);
    return [String(row.name), marac.get(id) ?? null, rank(marac, id), cafs.get(id) ?? null, rank(cafs, id), budget.get(id) ?? null, rank(budget, id), board.get(id) ?? null, rank(board, id)];
  });
}

const cell = (text: string | undefined) => (text === "not listed" || text === "–" ? null : parseDisplayed(text ?? ""));

async function shownLines(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(`${selector} .se-line-link`, (links) => links.map((link) => Number((link.getAttribute("href") ?? "").replace(/.*#L/, ""))));
}

describe.each(partners.map((row) => [String(row.partner_id)]))("/partners?partner=%s", (partner) => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), `/partners?partner=${partner}`);
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("is ready with every figure drawn, no console error, and no serious or critical axe violation", async () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    const states = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => `${figure.id}:${(figure as HTMLElement).dataset.state}`));
    expect(states).toEqual(FIGURES.map((id) => `${id}:ready`));
    const { rulesRun, violations } = await auditAccessibility(visit.page);
    expect(rulesRun).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it("keeps the partner in the address (the police, the default, is not written) and in the menu", async () => {
    expect(new URLSearchParams(await visit.page.evaluate(() => location.search)).get("partner")).toBe(partner === "police" ? null : partner);
    expect(await visit.page.$eval("select", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(nameOf(partner));
  });

  it("shows its MARAC referrals and share, recomputed from the MARAC table, or says the table does not list it", async () => {
    const [row] = await tableTwinCells(visit.page, "partner-marac-referrals");
    expect([row![0], cell(row![2]), cell(row![3]), cell(row![4])]).toEqual(await expectedMarac(partner));
    if (cell(row![2]) === null) expect(await visit.page.textContent("#partner-marac-referrals-title")).toBe(`The MARAC table does not list ${nameOf(partner)}`);
  });

  it("shows its CAFs by quarter, recomputed from the CAF table, or says the table does not list it", async () => {
    const expected = await expectedCafs(partner);
    const shown = await tableTwinCells(visit.page, "partner-cafs-by-quarter");
    if (expected.length === 0) {
      expect(await visit.page.textContent("#partner-cafs-by-quarter-title")).toBe(`The CAF table does not list ${nameOf(partner)}`);
      expect(shown.map((row) => row[0])).toEqual(["not listed"]);
    } else expect(shown.map((row) => [row[0], parseDisplayed(row[2]!)])).toEqual(expected);
  });

  it("shows each of its board members' attendance, recomputed from the board attendance table", async () => {
    const shown = await tableTwinCells(visit.page, "partner-board-attendance");
    expect(shown.map((row) => [row[0], row[1], parseDisplayed(row[3]!), parseDisplayed(row[4]!), parseDisplayed(row[6]!), parseDisplayed(row[7]!), row[8]])).toEqual(await expectedBoard(partner));
  });

  it("shows every income line of Table A with its share, the partner's marked, recomputed from the budget table", async () => {
    const shown = await tableTwinCells(visit.page, "partner-budget");
    expect(shown.map((row) => [row[0], row[2], parseDisplayed(row[3]!), parseDisplayed(row[4]!), row[7]])).toEqual(await expectedBudget(partner));
  });

  it("lists the business-plan objectives and Ofsted recommendations naming it, found here from the printed names", async () => {
    const plan = (await tableTwinCells(visit.page, "partner-business-plan")).map((row) => row[4]!);
    const planLines = await expectedPlanLines(partner);
    expect(plan).toEqual(planLines.length ? planLines.map((line) => `line ${line}`) : ["not listed"]);
    const ofsted = (await tableTwinCells(visit.page, "partner-ofsted-actions")).map((row) => row[0]!);
    const actions = await expectedOfstedActions(partner);
    expect(ofsted).toEqual(actions.length ? actions.map(String) : ["not listed"]);
  });

  it("quotes every report line that names it, each linked to the report", async () => {
    expect([...new Set(await shownLines(visit.page, "#partner-paragraphs"))]).toEqual(await expectedParagraphLines(partner));
  });

  it("ranks every partner on each measure, recomputed from the four tables", async () => {
    const shown = (await tableTwinCells(visit.page, "partner-comparison")).map((row) => [row[0]!, ...row.slice(2).map(cell)]);
    expect(shown).toEqual(await expectedComparison());
  });

  it("explains the mapping: every printed name of the partner, linking to the catalog", async () => {
    const shown = (await tableTwinCells(visit.page, "partner-mapping")).map((row) => `${row[1]}:${row[0]}`).sort();
    expect(shown).toEqual(names.filter((row) => row.partner_id === partner).map((row) => `${row.table_name}:${row.printed_name}`).sort());
    expect(await visit.page.$$eval("#partner-mapping a[href='./catalog#agency_names']", (links) => links.length)).toBe(1);
  });
});

describe("the police's page (issue 13's test)", () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, inject("origin"), "/partners?partner=police");
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("shows 193 MARAC referrals, £26,545 of budget and its member's 3 of 4 meetings, each linked to its report line", async () => {
    const tiles = await visit.page.$$eval("#partner-headlines .se-kpi", (nodes) =>
      nodes.map((node) => [node.querySelector(".se-kpi__value")?.textContent, node.querySelector(".se-line-link")?.getAttribute("href")])
    );
    const line = async (sql: string) => Number((await queryBuiltData(sql))[0]!.source_line);
    expect(tiles).toEqual([
      // The MARAC table's rows are months: the police's figure links to its column's header, where agency_names places it.
      ["193", `./report#L${(await line(`SELECT MIN(source_line) AS source_line FROM marac_referrals WHERE agency = 'Police'`)) - 1}`],
      ["£26,545", `./report#L${await line(`SELECT source_line FROM budget_income WHERE partner = 'Police'`)}`],
      ["3 of 4", `./report#L${await line(`SELECT source_line FROM board_attendance WHERE agency = 'Beds Police'`)}`]
    ]);
    expect(tiles.map((tile) => tile[1])).toEqual(["./report#L441", "./report#L978", "./report#L1152"]);
  });

  it("says plainly that the CAF table does not list the police", async () => {
    expect(await visit.page.textContent("#partner-cafs-by-quarter-summary")).toBe("The CAF table does not list Bedfordshire Police: the report gives no CAFs completed on its referral.");
  });

  it("hides the menu in print", async () => {
    await visit.page.emulateMedia({ media: "print" });
    expect(await visit.page.$eval("select", (select) => getComputedStyle(select).display)).toBe("none");
    expect(await visit.page.$eval("#partner-comparison", (figure) => getComputedStyle(figure.closest(".se-print-hide") ?? figure).display)).toBe("none");
    await visit.page.emulateMedia({ media: "screen" });
  });
});

describe("the answers /partners ships", () => {
  it("are exactly what DuckDB-WASM returns for every call, for every partner, value for value and in the same order", async () => {
    const visit = await visitPage(browser, inject("origin"), "/partners");
    try {
      expect(visit.ready).toBe("true");
      const show = await preloadedModule(visit.page, "figures/show");
      const figures = await preloadedModule(visit.page, "figures/partners");
      // A string, not a function: the test runner would rewrite a function's import() for Node. runLiveCall always asks
      // DuckDB-WASM; runCall answers from the shipped results.
      const compared = (await visit.page.evaluate(`(async () => {
        const {runCall, runLiveCall} = await import(${JSON.stringify(show)});
        const module = await import(${JSON.stringify(figures)});
        const plain = (rows) => JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? {date: value.toISOString()} : value]))));
        const partners = (await runCall(module.PARTNER.domain.call)).map((row) => row.partner_id);
        const calls = Object.values(module).flatMap((spec) => spec.kind === "figure" ? [spec.rows] : spec.kind === "block" ? Object.values(spec.calls) : []);
        const out = [];
        for (const call of calls) for (const partner of partners) {
          const shipped = plain(await runCall(call, {partner}));
          const live = plain(await runLiveCall(call, {partner}));
          out.push({name: call.query.name, partner, same: shipped === live, shipped: shipped === live ? "" : shipped.slice(0, 300), live: shipped === live ? "" : live.slice(0, 300)});
        }
        return out;
      })()`)) as { name: string; partner: string; same: boolean }[];
      expect(compared.length).toBe(14 * 12); // 7 figures and 7 block calls, for 12 partners
      expect(compared.filter((result) => !result.same)).toEqual([]);
    } finally {
      await visit.page.context().close();
    }
  }, 240_000);
});
