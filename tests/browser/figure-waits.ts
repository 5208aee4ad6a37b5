import type { Page } from "playwright-core";

/** Waits until a figure is drawn and its table twin's first column reads `firstColumn`, row by row. */
export async function waitForTwinFirstColumn(page: Page, figureId: string, firstColumn: readonly string[], timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ({ id, expected }) => {
      const figure = document.getElementById(id);
      if (!figure || figure.dataset.state !== "ready") return false;
      const cells = Array.from(figure.querySelectorAll("table tbody tr"), (row) => (row.children[0]?.textContent ?? "").trim());
      return JSON.stringify(cells) === JSON.stringify(expected);
    },
    { id: figureId, expected: firstColumn },
    { timeout }
  );
}

/** Returns the label and displayed value of every KPI tile in a tile grid. */
export function tileTexts(page: Page, gridId: string): Promise<{ label: string; value: string; period: string }[]> {
  return page.$$eval(`#${gridId} .se-kpi`, (tiles) =>
    tiles.map((tile) => ({
      label: (tile.querySelector(".se-kpi__label")?.textContent ?? "").trim(),
      value: (tile.querySelector(".se-kpi__value")?.textContent ?? "").trim(),
      period: (tile.querySelector(".se-kpi__period")?.textContent ?? "").trim()
    }))
  );
}

/** Returns the search part of the page's address as an object (`{}` when there is none). */
export function urlParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/**
 * Returns every place a figure shows its title: the heading, the element its aria-labelledby names, its table twin's
 * caption and its chart's accessible name (the first labelled svg), so a test can require they all read the same.
 */
export function figureTitles(page: Page, figureId: string): Promise<{ heading: string; labelledBy: string; caption: string; chart: string }> {
  return page.$eval(`#${figureId}`, (figure) => ({
    heading: (figure.querySelector(".se-figure__title")?.textContent ?? "").trim(),
    labelledBy: (document.getElementById(figure.getAttribute("aria-labelledby") ?? "")?.textContent ?? "").trim(),
    caption: (figure.querySelector("table caption")?.textContent ?? "").trim(),
    chart: figure.querySelector(".se-figure__chart svg[aria-label]")?.getAttribute("aria-label") ?? ""
  }));
}
