import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport, findExtractedTable } from "../../data-loaders/index.js";
import { readCommittedReport } from "../../data-loaders/sources/committed-report.js";
import { findVendoredPlot, floorHtml, sumCasesByMonth, writeFloorPage, type MaracMeetingInput } from "../../scripts/bench/floor-page.js";

describe("sumCasesByMonth", () => {
  it("adds up the meetings of a month, months in order, a blank cell counting as none", () => {
    const meetings: MaracMeetingInput[] = [
      { month: "2012-08-01", cases: 20, repeat_cases: 5, children: 30 },
      { month: "2012-04-01", cases: 23, repeat_cases: 7, children: 31 },
      { month: "2012-08-01", cases: 29, repeat_cases: null, children: 46 }
    ];
    expect(sumCasesByMonth(meetings)).toEqual([
      { month: "2012-04-01", cases: 23, repeat_cases: 7, children: 31 },
      { month: "2012-08-01", cases: 49, repeat_cases: 5, children: 76 }
    ]);
  });

  it("gives the MARAC table's printed TOTAL (363 cases, 109 repeat cases, 525 children) over the twelve months of 2012/13", () => {
    const meetings = findExtractedTable(extractReport(readCommittedReport()), "marac_meetings").rows as unknown as MaracMeetingInput[];
    const months = sumCasesByMonth(meetings);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2012-04-01", cases: 23, repeat_cases: 7, children: 31 });
    const total = (key: "cases" | "repeat_cases" | "children") => months.reduce((sum, month) => sum + month[key], 0);
    expect([total("cases"), total("repeat_cases"), total("children")]).toEqual([363, 109, 525]);
  });
});

describe("floorHtml", () => {
  const rows = [{ month: "2012-04-01", cases: 23, repeat_cases: 7, children: 31 }];

  it("inlines the rows and imports Plot from the module beside it, with no other script", () => {
    const html = floorHtml(rows);
    expect(html).toContain('import * as Plot from "./plot.js";');
    expect(html).toContain('[{"month":"2012-04-01","cases":23,"repeat_cases":7,"children":31}]');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("marks its figure and the page ready the way the site's pages do", () => {
    const html = floorHtml(rows);
    expect(html).toContain('data-figure="marac-cases-by-month" data-state="loading"');
    expect(html).toContain('figure.dataset.state = "ready";');
    expect(html).toContain('document.documentElement.dataset.ready = "true";');
  });

  it("says what it expected when there are no rows", () => {
    expect(() => floorHtml([])).toThrow("floorHtml: expected at least one month of MARAC cases, found none");
  });
});

describe("findVendoredPlot", () => {
  it("returns the one vendored Plot module, or says how many it found", () => {
    const cache = mkdtempSync(join(tmpdir(), "npm-cache-"));
    mkdirSync(join(cache, "@observablehq", "inputs@0.12.0"), { recursive: true });
    expect(() => findVendoredPlot(cache)).toThrow(`floor page: expected one vendored plot@<version> in ${join(cache, "@observablehq")}, found none`);
    mkdirSync(join(cache, "@observablehq", "plot@0.6.17"));
    writeFileSync(join(cache, "@observablehq", "plot@0.6.17", "_esm.js"), "");
    expect(findVendoredPlot(cache)).toBe(join(cache, "@observablehq", "plot@0.6.17", "_esm.js"));
  });
});

describe("writeFloorPage", () => {
  it("copies Plot with the shared modules it imports, under _npm/ as vendored, and imports it from there", () => {
    const cache = mkdtempSync(join(tmpdir(), "npm-cache-"));
    mkdirSync(join(cache, "@observablehq", "plot@0.6.17"), { recursive: true });
    mkdirSync(join(cache, "d3-selection@3.0.0"));
    writeFileSync(join(cache, "@observablehq", "plot@0.6.17", "_esm.js"), 'import{select as s}from"../../d3-selection@3.0.0/_esm.js";export const plot=s;');
    writeFileSync(join(cache, "d3-selection@3.0.0", "_esm.js"), "export const select = 1;");
    const out = mkdtempSync(join(tmpdir(), "floor-"));
    writeFloorPage(out, [{ month: "2012-04-01", cases: 23, repeat_cases: 7, children: 31 }], join(cache, "@observablehq", "plot@0.6.17", "_esm.js"), cache);
    expect(readFileSync(join(out, "_npm", "d3-selection@3.0.0", "_esm.js"), "utf8")).toBe("export const select = 1;");
    expect(existsSync(join(out, "_npm", "@observablehq", "plot@0.6.17", "_esm.js"))).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('import * as Plot from "./_npm/@observablehq/plot@0.6.17/_esm.js";');
  });
});
