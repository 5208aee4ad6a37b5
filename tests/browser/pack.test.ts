// /pack, the board pack: what it shows, the questions it asks, that it needs no DuckDB, that axe finds nothing, and
// that it prints on no more than 12 A4 pages with no control in the PDF.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { auditAccessibility, WCAG_AND_BEST_PRACTICE_TAGS } from "./axe.js";
import { queryBuiltData } from "./built-data.js";
import { visitPage, type PageVisit } from "./page-session.js";

/** Returns the number of pages in a PDF Chromium printed (each page object is `/Type /Page`), as read-by-everyone counts them. */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

let browser: Browser;
let visit: PageVisit;
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  visit = await visitPage(browser, inject("origin"), "/pack", { prepare: async (_context, page) => void page.on("request", (request) => requested.push(request.url())) });
});
afterAll(async () => {
  await browser?.close();
});

describe("the board pack", () => {
  it("reaches the ready marker with no console error, no failed request and no request to another origin", () => {
    expect(visit.ready).toBe("true");
    expect(visit.consoleErrors).toEqual([]);
    expect(visit.failedRequests).toEqual([]);
    expect(visit.offOriginRequests).toEqual([]);
  });

  it("draws everything from what it shipped: no DuckDB is fetched or started", async () => {
    expect(requested.filter((url) => /duckdb/i.test(url))).toEqual([]);
    expect(await visit.page.evaluate(() => document.documentElement.dataset.duckdb ?? null)).toBeNull();
  });

  it("shows the headline figures, the three trends and each theme's key charts, declared once on their own pages", async () => {
    const ids = await visit.page.$$eval("[data-figure]", (figures) => figures.map((figure) => [figure.id, (figure as HTMLElement).dataset.state]));
    expect(ids.map(([id]) => id)).toEqual([
      "headline-figures", "pack-worse-than-comparison", "overview-referral-trends", "overview-child-protection-trends", "overview-marac-cases",
      "caf-rat-share", "marac-annual-cases", "assessment-timeliness", "alcohol-support", "child-deaths-by-ethnicity",
      "lado-referrals-by-category", "budget-position", "pack-partner-attendance", "pack-plan-status"
    ]);
    for (const [id, state] of ids) expect(state, id).toBe("ready");
  });

  it("quotes the board's own assessment beside the themes that have one, each paragraph linked to its report line", async () => {
    const expected = (await queryBuiltData(
      `SELECT COUNT(DISTINCT line)::INTEGER AS lines FROM report_paragraphs WHERE lower(subsection) IN ('lscb assessment', 'action required') AND text <> subsection AND section IN (
        'The implementation of the Common Assessment Framework (CAF) arrangements', 'Multi Agency Risk Assessment Conference (MARAC)',
        'Safeguarding Children who are living away from home', 'The welfare and well being of children using or affected by alcohol or drugs',
        'Managing allegations of abuse against adults who work with children')`
    )) as [{ lines: number }];
    const links = await visit.page.$$eval(".se-assessment a[href^='./report#L']", (anchors) => new Set(anchors.map((anchor) => anchor.getAttribute("href"))).size);
    expect(links).toBe(expected[0].lines);
  });

  it("asks a question for each target missed, each objective not completed and each partner below the rest, citing a figure on the page and a report line", async () => {
    const asked = await visit.page.$$eval(".se-questions li", (items) =>
      items.map((item) => ({
        kind: (item as HTMLElement).dataset.questionKind,
        text: item.textContent ?? "",
        links: Array.from(item.querySelectorAll("a"), (anchor) => anchor.getAttribute("href"))
      }))
    );
    const [counts] = (await queryBuiltData(
      `SELECT (SELECT COUNT(*)::INTEGER FROM indicators l JOIN indicators t ON t.indicator_id = l.indicator_id AND t.series = 'Target' AND t.period = l.period AND t.category IS NULL
               WHERE l.series = 'Luton' AND l.category IS NULL AND l.polarity = 'up_is_good' AND l.value < t.value) AS targets,
              (SELECT COUNT(*)::INTEGER FROM business_plan WHERE status <> 'completed') AS objectives`
    )) as [{ targets: number; objectives: number }];
    expect(counts).toEqual({ targets: 2, objectives: 6 });
    expect(asked.filter((question) => question.kind === "target")).toHaveLength(counts.targets);
    expect(asked.filter((question) => question.kind === "business-plan")).toHaveLength(counts.objectives);
    expect(asked.filter((question) => question.kind === "attendance").map((question) => question.text.split(":")[0])).toEqual([
      "Crown Prosecution Service", "CAFCASS", "Bedfordshire Probation Trust", "Luton Borough Council", "NHS bodies in Luton"
    ]);
    expect(asked[0]!.text).toContain("Initial assessments completed to timescale: 73.4% in 2012/13, short of the target of 78%.");
    for (const question of asked) {
      expect(question.links).toHaveLength(2);
      expect(question.links[0]).toMatch(/^#/);
      expect(await visit.page.locator(question.links[0]!).count(), question.links[0]!).toBe(1);
      expect(question.links[1]).toMatch(/^\.\/report#L\d+$/);
    }
  });

  it("lists every contradiction and warning in the report's numbers", async () => {
    const shown = await visit.page.$$eval(".se-contradictions li", (items) => items.length);
    const [{ findings }] = (await queryBuiltData("SELECT COUNT(*)::INTEGER AS findings FROM data_quality WHERE severity IN ('error', 'warning')")) as [{ findings: number }];
    expect(shown).toBe(findings);
  });

  it("opens the print dialogue from its Print / save as PDF button", async () => {
    await visit.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await visit.page.getByRole("button", { name: "Print / save as PDF" }).click();
    expect(await visit.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it("passes axe (WCAG 2.2 AA and best practice) with no violation of any impact", async () => {
    const { violations } = await auditAccessibility(visit.page, { tags: WCAG_AND_BEST_PRACTICE_TAGS, allImpacts: true });
    expect(violations).toEqual([]);
  });
});

describe("the board pack printed", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await visitPage(browser, inject("origin"), "/pack"));
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<SVGSVGElement>(".se-figure__chart svg[role=img]"))
        .filter((svg) => svg.checkVisibility())
        .every((svg) => Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 1)
    );
  });

  it("prints on no more than 12 A4 pages, with no control's words", async () => {
    const pages = countPdfPages(await page.pdf({ format: "A4" }));
    console.log(`/pack printed to ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(12);
    const printed = await page.evaluate(() => document.body.innerText);
    for (const words of ["Show table", "Download CSV", "Copy link", "Open in explorer", "Print / save as PDF"]) expect(printed).not.toContain(words);
  });
});
