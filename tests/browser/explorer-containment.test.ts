import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { serveDist, type DistServer } from "../../scripts/serve-dist.js";
import { DIST } from "../../scripts/site-pages.js";
import { visitPage, type PageVisit } from "./page-session.js";

// A reader's SQL must stay inside the published tables whatever host serves the site: these pages are served without
// dist/_headers (so only the <meta> policy applies, and it does not govern DuckDB's worker), beside a second loopback
// server that must receive nothing.

const READS_ONLY = "The explorer reads only the published tables";

let browser: Browser;
let site: DistServer;
let other: Server;
let otherOrigin: string;
const otherRequests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveDist(DIST, 0, { sendHeadersFile: false });
  other = createServer((request, response) => {
    otherRequests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "text/csv", "access-control-allow-origin": "*" }).end("secret\n42\n");
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => other?.close(resolve));
});

/** Types `sql` into the explorer, runs it, and returns the result's state, status line, error text and first cell. */
async function runInExplorer(page: Page, sql: string, timeout = 60_000): Promise<{ state: string; status: string; error: string; first: string }> {
  await page.fill("#se-sql", sql);
  await page.click("text=Run query");
  await page.waitForSelector(".se-workbench__results:is([data-state='ready'], [data-state='error'], [data-state='cancelled'])", { state: "attached", timeout });
  return page.evaluate(() => ({
    state: document.querySelector(".se-workbench__results")!.getAttribute("data-state")!,
    status: document.querySelector(".se-workbench__status")!.textContent!,
    error: document.querySelector<HTMLElement>(".se-workbench__error")!.hidden ? "" : document.querySelector(".se-workbench__error")!.textContent!,
    first: document.querySelector(".se-workbench__results tbody td")?.textContent ?? ""
  }));
}

describe("the explorer on a host that sends no _headers", () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await visitPage(browser, site.origin, "/explorer");
    expect(await runInExplorer(visit.page, "SELECT SUM(cases) AS total FROM marac_meetings")).toMatchObject({ state: "ready", first: "363" });
  });
  afterAll(async () => {
    await visit?.page.context().close();
  });

  it("refuses every way out of the published tables with one clear message, and the other server receives nothing", async () => {
    const attempts = [
      `SELECT * FROM read_csv('${otherOrigin}/x.csv')`,
      `SELECT * FROM '${otherOrigin}/x.csv'`,
      `SELECT * FROM read_parquet('${otherOrigin}/x.parquet')`,
      "LOAD httpfs",
      "INSTALL httpfs",
      `ATTACH '${otherOrigin}/x.duckdb' AS other`,
      `COPY (SELECT 1) TO '${otherOrigin}/out.csv'`,
      "SET enable_external_access = true"
    ];
    for (const sql of attempts) {
      const outcome = await runInExplorer(visit.page, sql);
      expect(outcome.state, sql).toBe("error");
      expect(outcome.error, sql).toMatch(new RegExp(`^${READS_ONLY}: `));
      expect(outcome.status, sql).toBe("The query was not run; the reason is below.");
    }
    expect(otherRequests).toEqual([]);
    expect(visit.offOriginRequests).toEqual([]);
  });

  it("locks DuckDB itself: a query that reaches it directly can read no web address and change no setting", async () => {
    const databaseModule = await visit.page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name).find((name) => /\/_import\/lib\/database\.[0-9a-f]+\.js$/.test(name)));
    expect(databaseModule).toBeTruthy();
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const answers = (await visit.page.evaluate(`(async () => {
      const {sharedDatabase, queryRows} = await import(${JSON.stringify(databaseModule)});
      const session = await sharedDatabase([]);
      const attempt = (sql) => queryRows(session, sql).then((rows) => "ran: " + JSON.stringify(rows), (error) => "refused: " + error.message);
      return [
        await attempt("SELECT * FROM read_csv('${otherOrigin}/direct.csv')"),
        await attempt("SET enable_external_access = true"),
        await attempt("LOAD httpfs"),
        await attempt("SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked")
      ];
    })()`)) as string[];
    expect(answers[0]).toMatch(/^refused: .*(Permission Error|external access)/i);
    expect(answers[1]).toMatch(/^refused: .*lock/i);
    expect(answers[2]).toMatch(/^refused: /);
    expect(answers[3]).toBe('ran: [{"external":"false","locked":"true"}]');
    expect(otherRequests).toEqual([]);
    expect(visit.offOriginRequests).toEqual([]);
  });

  it("keeps the published tables whole: statements that would drop or change them are refused, and the totals stay", async () => {
    for (const sql of [
      "DROP TABLE marac_meetings",
      "DELETE FROM marac_meetings",
      "UPDATE marac_meetings SET cases = 0",
      "INSERT INTO marac_meetings SELECT * FROM marac_meetings",
      "CREATE OR REPLACE TABLE marac_meetings AS SELECT 1 AS cases",
      "ALTER TABLE marac_meetings RENAME TO gone",
      "SELECT 1; DROP TABLE marac_meetings"
    ]) {
      const outcome = await runInExplorer(visit.page, sql);
      expect(outcome.state, sql).toBe("error");
      expect(outcome.error, sql).toMatch(new RegExp(`^${READS_ONLY}: `));
    }
    expect(await runInExplorer(visit.page, "SELECT SUM(cases) AS total FROM marac_meetings")).toMatchObject({ state: "ready", first: "363" });
  });

  it("notices a crashed DuckDB, restarts it with the tables loaded again, and says so", async () => {
    // A 140 KB expression overflows DuckDB-WASM 1.29's parser ("memory access out of bounds"), which leaves the
    // instance answering every later query with the same error.
    const outcome = await runInExplorer(visit.page, `SELECT ${"1+".repeat(70_000)}1 AS x`, 90_000);
    expect(outcome.state).toBe("error");
    expect(outcome.error).toMatch(/^DuckDB stopped working while running this query \(.+\), so it was restarted with the published tables loaded again: run a query again\./);
    expect(await runInExplorer(visit.page, "SELECT COUNT(*) AS meetings FROM marac_meetings")).toMatchObject({ state: "ready", first: "12" });
    expect(visit.consoleErrors).toEqual([]);
  });

  it("stops a query that DuckDB cannot cancel within 2 seconds of Cancel, and the next query runs", async () => {
    const { page } = visit;
    await page.fill("#se-sql", "SELECT SUM(a.range * b.range) AS total FROM range(200000) a, range(200000) b");
    await page.click("text=Run query");
    await page.waitForFunction(() => document.documentElement.dataset.duckdb === "ready" && document.querySelector(".se-workbench__results")?.getAttribute("data-state") === "loading");
    await page.waitForTimeout(500);
    const stoppedAfterMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const results = document.querySelector(".se-workbench__results")!;
          const clicked = performance.now();
          new MutationObserver(() => {
            if (results.getAttribute("data-state") === "cancelled") resolve(performance.now() - clicked);
          }).observe(results, { attributes: true });
          document.querySelector<HTMLButtonElement>(".se-workbench__controls button[type='button']")!.click();
        })
    );
    expect(stoppedAfterMs).toBeLessThan(2000);
    expect(await page.textContent(".se-workbench__status")).toMatch(/^The query was (cancelled|stopped: DuckDB did not stop it by itself, so it was restarted with the published tables loaded again)\.$/);
    expect(await page.isEnabled("text=Run query")).toBe(true);
    expect(await runInExplorer(page, "SELECT SUM(cases) AS total FROM marac_meetings")).toMatchObject({ state: "ready", first: "363" });
    expect(visit.consoleErrors).toEqual([]);
  });
});

describe("explorer links", () => {
  const LONG_SQL = `SELECT COUNT(*) AS meetings FROM marac_meetings WHERE cases NOT IN (${Array.from({ length: 6000 }, (_, index) => index + 1000).join(", ")})`;

  it("keep a query too long for a URL in the compressed hash: the page reloads without HTTP 431 and runs it again", async () => {
    const visit = await visitPage(browser, site.origin, "/explorer");
    expect(LONG_SQL.length).toBeGreaterThan(30_000);
    expect(await runInExplorer(visit.page, LONG_SQL)).toMatchObject({ state: "ready", first: "12" });
    const url = new URL(visit.page.url());
    expect(url.search).toBe("");
    expect(url.hash).toMatch(/^#sqlz=[A-Za-z0-9_-]+$/);
    const reloaded = await visit.page.reload();
    expect(reloaded?.status()).toBe(200);
    await visit.page.waitForSelector(".se-workbench__results[data-state='ready']", { state: "attached" });
    expect(await visit.page.inputValue("#se-sql")).toBe(LONG_SQL);
    expect(await visit.page.textContent(".se-workbench__results tbody td")).toBe("12");
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("still open an older ?sql= link, and move its query into the hash", async () => {
    const visit = await visitPage(browser, site.origin, `/explorer?sql=${encodeURIComponent("SELECT SUM(referrals) AS referrals FROM marac_referrals")}`);
    await visit.page.waitForSelector(".se-workbench__results[data-state='ready']", { state: "attached" });
    expect(await visit.page.textContent(".se-workbench__results tbody td")).toBe("363");
    expect(new URL(visit.page.url()).search).toBe("");
    expect(new URL(visit.page.url()).hash).toBe(`#sql=${encodeURIComponent("SELECT SUM(referrals) AS referrals FROM marac_referrals")}`);
    await visit.page.context().close();
  });

  it("say in place that a damaged compressed query could not be read", async () => {
    const visit = await visitPage(browser, site.origin, "/explorer#sqlz=AAAA");
    await visit.page.waitForSelector(".se-workbench__results[data-state='error']", { state: "attached" });
    expect(await visit.page.textContent(".se-workbench__error")).toBe(
      "The query in this link could not be read: its compressed text (4 characters after #sqlz=) is cut short or altered. Ask for the link again, or write the query below."
    );
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("run an example query opened from the same page (a change of hash only)", async () => {
    const visit = await visitPage(browser, site.origin, "/explorer");
    await visit.page.click("text=Domestic abuse: MARAC referrals by agency, most first");
    await visit.page.waitForSelector(".se-workbench__results[data-state='ready']", { state: "attached" });
    expect(await visit.page.textContent(".se-workbench__results tbody td")).toBe("Police");
    await visit.page.context().close();
  });
});
