import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { changeFilter, LIST_FILTERS } from "../../scripts/bench/in-page.js";
import { launchChromium } from "../../scripts/chromium.js";
import { visitPage } from "./page-session.js";

// The bench changes a filter with a script (scripts/bench/in-page.ts); a reader changes it with the keyboard or the
// pointer, whose events the browser marks trusted. Both must redraw each figure once: a script's untrusted input and
// change on a select make Observable Inputs send the input twice, so the bench would time a second redraw no reader
// causes (and did, until 4 December: every select's change was timed through two redraws).

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Starts counting, per figure, how many times it goes from loading to ready or error; read with READ_REDRAWS. */
const COUNT_REDRAWS = `(() => {
  const loads = (window.__redraws = new Map());
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.oldValue === "loading" && record.target.dataset.figure !== undefined) loads.set(record.target.dataset.figure, (loads.get(record.target.dataset.figure) || 0) + 1);
    }
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ["data-state"] });
})()`;
const READ_REDRAWS = "Object.fromEntries(window.__redraws)";

interface ListedFilter {
  kind: "select" | "radio";
  options: string[];
  value: string | null;
}

async function firstFilter(page: Page): Promise<ListedFilter> {
  const [filter] = (await page.evaluate(LIST_FILTERS)) as ListedFilter[];
  if (!filter) throw new Error(`expected a filter on ${page.url()}, found none`);
  return filter;
}

describe.each([
  ["/domestic-abuse", "select"],
  ["/workforce-and-budget", "radio"]
] as const)("%s: a change of its %s", (path, kind) => {
  it("by the keyboard (the browser's own, trusted events) redraws each figure it touches once", async () => {
    const { page } = await visitPage(browser, inject("origin"), path);
    expect((await firstFilter(page)).kind).toBe(kind);
    await page.evaluate(COUNT_REDRAWS);
    await page.focus(kind === "select" ? "main form select" : "main form input[type=radio]:checked");
    await page.keyboard.press(kind === "select" ? "ArrowDown" : "ArrowRight");
    await page.waitForFunction(() => document.querySelectorAll("[data-figure][data-state=loading]").length === 0);
    await page.waitForTimeout(500);
    const redraws = (await page.evaluate(READ_REDRAWS)) as Record<string, number>;
    expect(Object.keys(redraws).length).toBeGreaterThan(0);
    expect(new Set(Object.values(redraws))).toEqual(new Set([1]));
    await page.context().close();
  });

  it("by the bench's script redraws each figure it touches once too", async () => {
    const { page } = await visitPage(browser, inject("origin"), path);
    const result = (await page.evaluate(changeFilter(0, 1))) as { ms: number | null; figures: number; redraws: number; failed: boolean };
    expect(result.failed).toBe(false);
    expect(result.figures).toBeGreaterThan(0);
    expect(result.redraws).toBe(1);
    await page.context().close();
  });
});

describe("a figure drawn as HTML (tiles, lists)", () => {
  it("answers a filter without Plot: /young-people's stated figures, with Plot's module refused", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/young-people", {
      prepare: (_context, page) => page.route(/\/_npm\/@observablehq\/plot@/, (route) => route.abort())
    });
    const before = await page.textContent("#topic-figures table");
    const result = (await page.evaluate(changeFilter(0, 1))) as { ms: number | null; figures: number; failed: boolean };
    expect(result).toMatchObject({ figures: 1, failed: false });
    expect(await page.getAttribute("#topic-figures", "data-state")).toBe("ready");
    expect(await page.textContent("#topic-figures table")).not.toBe(before);
    await page.context().close();
  });
});
