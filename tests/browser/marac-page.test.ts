import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.js";
import { visitPage, type PageVisit } from "./page-session.js";
import { DIST } from "./site-pages.js";

function builtParquet(table: string): ArrayBuffer {
  const folder = join(DIST, "_file", "data");
  const name = readdirSync(folder).find((file) => file.startsWith(`${table}.`) && file.endsWith(".parquet"));
  if (!name) throw new Error(`expected ${table}.*.parquet in ${folder}, found ${readdirSync(folder).join(", ")}`);
  const bytes = readFileSync(join(folder, name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe("the built MARAC Parquet file", () => {
  it("has typed columns and cases summing to the report's 363", async () => {
    const file = builtParquet("marac_meetings");
    const schema = parquetSchema(parquetMetadata(file));
    const types = Object.fromEntries(schema.children.map((child) => [child.element.name, child.element.converted_type ?? child.element.type]));
    expect(types).toMatchObject({ meeting_label: "UTF8", first_date: "DATE", month: "DATE", cases: "INT32", source_line: "INT32" });
    const rows = await parquetReadObjects({ file });
    expect(rows.length).toBe(12);
    expect(rows.reduce((sum, row) => sum + Number(row.cases), 0)).toBe(363);
  });
});

describe("the MARAC page", () => {
  let browser: Browser;
  let visit: PageVisit;

  beforeAll(async () => {
    browser = await launchChromium();
    visit = await visitPage(browser, inject("origin"), "/domestic-abuse");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws one bar per meeting month, April 2012 to March 2013", async () => {
    const bars = await visit.page.$$eval("#marac-cases-by-month svg [aria-label='bar'] rect", (rects) => rects.length);
    expect(bars).toBe(12);
  });

  it("shows a table twin whose cases add up to 363, the report's printed total", async () => {
    const cases = await visit.page.$$eval("#marac-cases-by-month table tbody tr", (rows) =>
      rows.map((row) => Number(row.children[2]!.textContent!.replace(/,/g, "")))
    );
    expect(cases.length).toBe(12);
    expect(cases.reduce((sum, value) => sum + value, 0)).toBe(363);
  });

  it("states the total in its text summary, generated from the query result", async () => {
    const summary = await visit.page.textContent("#marac-cases-by-month-summary");
    expect(summary).toContain("363 cases were discussed");
    expect(summary).toContain("August 2012, with 49 cases across 2 meetings");
  });

  it("gives the chart an accessible name and description", async () => {
    const label = await visit.page.getAttribute("#marac-cases-by-month svg", "aria-label");
    expect(label).toBe("MARAC cases per month, April 2012 to March 2013");
  });
});
