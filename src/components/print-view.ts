// What a page needs to print well, set up once for every page with a figure: each figure's table twin opened, the value
// chosen in every filter written beside it (the printed form is hidden, and "the agency chosen above" referred to
// nothing), and each figure told to draw its chart at the printed width, then again for the screen afterwards.

/** The print stylesheet's page margins, in millimetres (its `@page` rule sets the same). */
export const PRINT_MARGIN_MM = 12;

/** The width, in CSS pixels, of a chart on an A4 page: the page's 210 mm less its margins (186 mm, 702 px). */
export const PRINT_CHART_WIDTH = Math.floor(((210 - 2 * PRINT_MARGIN_MM) * 96) / 25.4);

/** The gap, in CSS pixels, between the two columns of a `.se-print-columns` block (style.css sets the same). */
export const PRINT_COLUMN_GAP = 24;

/** What prints of a figure: its chart and its table, its table alone (as rows, or as records), or its chart alone (see FigureOptions.print). */
export type PrintedParts = "chart and table" | "table" | "records" | "chart";

/** A column whose longest value is longer than this many characters prints as a paragraph of its own in a record. */
export const RECORD_PARAGRAPH_CHARACTERS = 100;

/** Returns the width, in CSS pixels, a chart prints at: the paper's, or one column's inside a two-column print block (/partners). */
export function printChartWidth(node: Element): number {
  return node.closest(".se-print-columns") ? Math.floor((PRINT_CHART_WIDTH - PRINT_COLUMN_GAP) / 2) : PRINT_CHART_WIDTH;
}

/** What a figure does just before the page prints and just after. */
export interface PrintHooks {
  before(): void;
  after(): void;
}

const figures = new Map<Element, PrintHooks>();
const opened = new Set<HTMLDetailsElement>();
let printing = false;

/** Calls `hooks.before` as the page prints (or takes print media) and `hooks.after` when it is back on screen, while `node` is in the page. */
export function whilePrinting(node: Element, hooks: PrintHooks): void {
  figures.set(node, hooks);
  listenOnce();
}

/** Returns, for each filter on the page (an Observable Inputs form), its label and the value chosen, as printed. */
export function describeFilters(root: ParentNode = document): { form: HTMLFormElement; text: string }[] {
  const described: { form: HTMLFormElement; text: string }[] = [];
  for (const form of root.querySelectorAll<HTMLFormElement>('form[class^="inputs-"]')) {
    if (form.closest("observablehq-loading")) continue;
    const label = (form.querySelector(":scope > label")?.textContent ?? "").trim();
    const value = chosenValue(form);
    if (value) described.push({ form, text: label ? `${label}: ${value}` : value });
  }
  return described;
}

function chosenValue(form: HTMLFormElement): string {
  const select = form.querySelector("select");
  if (select) return [...select.selectedOptions].map((option) => option.textContent?.trim() ?? "").join(", ");
  const checked = [...form.querySelectorAll<HTMLInputElement>("input[type=radio]:checked, input[type=checkbox]:checked")];
  if (checked.length) return checked.map((input) => (input.closest("label")?.textContent ?? input.value).trim()).join(", ");
  const text = form.querySelector<HTMLInputElement>("input[type=text], input[type=search], input:not([type])");
  return text?.value.trim() ?? "";
}

// Writes "Shown for — Agency: Police" after each filter, for print only (style.css hides it on screen).
function writeFilterValues(): void {
  for (const { form, text } of describeFilters()) {
    let line = form.nextElementSibling;
    if (!line?.classList.contains("se-print-filter")) {
      line = document.createElement("p");
      line.className = "se-print-filter";
      form.after(line);
    }
    const words = `Shown for ${text}`;
    if (line.textContent !== words) line.textContent = words;
  }
}

// Names each cell of a table printed as records after its column ("Progress reported"), and marks the cells of a
// column of long text, which print as paragraphs: the print stylesheet lays each row out as one record.
function labelRecordCells(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('.se-figure[data-print="records"] .se-figure__table table')) {
    if (table.dataset.recordLabels !== undefined) continue;
    table.dataset.recordLabels = "";
    const labels = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => (cell.textContent ?? "").trim());
    const rows = Array.from(table.tBodies[0]?.rows ?? []);
    const long = labels.map((_, index) => rows.some((row) => (row.cells[index]?.textContent ?? "").length > RECORD_PARAGRAPH_CHARACTERS));
    for (const row of rows) {
      Array.from(row.cells).forEach((cell, index) => {
        cell.dataset.label = labels[index] ?? "";
        if (long[index]) cell.dataset.paragraph = "";
      });
    }
  }
}

function beforePrint(): void {
  writeFilterValues();
  labelRecordCells();
  if (printing) return;
  printing = true;
  for (const details of document.querySelectorAll<HTMLDetailsElement>("details.se-figure__table:not([open])")) {
    details.open = true;
    opened.add(details);
  }
  for (const [node, hooks] of figures) if (node.isConnected) hooks.before();
}

function afterPrint(): void {
  if (!printing) return;
  printing = false;
  for (const details of opened) details.open = false;
  opened.clear();
  for (const [node, hooks] of figures) {
    if (node.isConnected) hooks.after();
    else figures.delete(node);
  }
}

let listening = false;
function listenOnce(): void {
  if (listening || typeof window === "undefined") return;
  listening = true;
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  // Print media without the print events (a PDF printed by a headless browser, print preview emulated in DevTools).
  const print = window.matchMedia("print");
  print.addEventListener("change", () => (print.matches ? beforePrint() : afterPrint()));
  // The written values follow the filters, so they are right however the page comes to print.
  document.addEventListener("input", () => queueMicrotask(writeFilterValues), true);
  document.addEventListener("change", () => queueMicrotask(writeFilterValues), true);
}
