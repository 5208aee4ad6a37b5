import type { Page } from "playwright-core";
import { parseDisplayed, queryBuiltData, tableTwinCells } from "./built-data.js";

/** Headline tiles as the page shows them: label, value read back as a number, period and comparison words. */
export interface ShownTile {
  label: string;
  value: number | null;
  period: string;
  comparison: string | null;
}

/** Returns the page's headline tiles in page order. */
export function shownTiles(page: Page): Promise<ShownTile[]> {
  return page
    .$$eval(".se-headlines .se-kpi", (tiles) =>
      tiles.map((tile) => ({
        label: tile.querySelector(".se-kpi__label")?.textContent?.trim() ?? "",
        value: tile.querySelector(".se-kpi__value")?.textContent?.trim() ?? "",
        period: tile.querySelector(".se-kpi__period")?.textContent?.trim() ?? "",
        comparison: tile.querySelector(".se-kpi__comparison")?.textContent?.trim() ?? null
      }))
    )
    .then((tiles) => tiles.map((tile) => ({ ...tile, value: parseDisplayed(tile.value) })));
}

/** Returns one column of a figure's table twin, read back as numbers. */
export async function twinNumbers(page: Page, figureId: string, column: number): Promise<(number | null)[]> {
  return (await tableTwinCells(page, figureId)).map((row) => parseDisplayed(row[column] ?? ""));
}

/** Returns a figure's table twin as `label|value` strings, label from one column and value (as a number) from another. */
export async function twinPairs(page: Page, figureId: string, labelColumn: number, valueColumn: number): Promise<string[]> {
  return (await tableTwinCells(page, figureId)).map((row) => `${row[labelColumn]}|${parseDisplayed(row[valueColumn] ?? "")}`);
}

/** Returns a stated-figures twin (Measure, Breakdown, Area, Period, Value, Unit) as sorted `measure|breakdown|area|period|value` keys. */
export async function shownStatedFigures(page: Page, figureId: string): Promise<string[]> {
  return (await tableTwinCells(page, figureId)).map(([label, category, series, period, value]) => [label, category, series, period, parseDisplayed(value ?? "")].join("|")).sort();
}

/** Recomputes, from the built Parquet, the sorted `measure|breakdown|area|period|value` keys of the indicator rows matching `where`. */
export async function expectedStatedFigures(where: string): Promise<string[]> {
  const rows = await queryBuiltData(`SELECT label, coalesce(category, '') AS category, series, period, value FROM indicators i WHERE ${where}`);
  return rows.map((row) => [row.label, row.category, row.series, row.period, Number(row.value)].join("|")).sort();
}

/** Returns the report lines a words panel links to, in page order. */
export function shownWordLines(page: Page, panelId: string): Promise<number[]> {
  return page.$$eval(`#${panelId} .se-line-link`, (links) => links.map((link) => Number((link.textContent ?? "").replace(/\D/g, ""))));
}

/**
 * Returns what the page's main content says, to compare two views of a page: the text of each of its blocks (headings,
 * paragraphs, cells: figure titles, summaries, chart labels, table twins, tiles, the report's words) with whitespace
 * collapsed, then each form's value.
 */
export function mainSnapshot(page: Page): Promise<string[]> {
  return page.$eval("#observablehq-main", (main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    // Loading indicators (prerendered cells among them) and style sheets are not what the page says.
    copy.querySelectorAll("observablehq-loading, style, script").forEach((node) => node.remove());
    const blocks = Array.from(copy.children, (block) => (block.textContent ?? "").replace(/\s+/g, " ").trim()).filter((text) => text !== "");
    const forms = Array.from(main.querySelectorAll("form"), (form) => `form: ${JSON.stringify((form as HTMLFormElement & { value?: unknown }).value)}`);
    return [...blocks, ...forms];
  });
}
