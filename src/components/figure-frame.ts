import { latestWins } from "../lib/filter-state.js";
import { explorerHref } from "../lib/sql-link.js";
import { Plot, loadPlot } from "../lib/plot.js";
import { CHART_SIGNATURE_ATTRIBUTE, chartSignature, takePrerenderedChart } from "../lib/prerendered-charts.js";
import { exposeChartsAsImages } from "./chart-marks.js";
import { dataTable, type TableColumn } from "./data-table.js";
import { printChartWidth, whilePrinting, type PrintedParts } from "./print-view.js";

/** A data_quality finding as a figure shows it. */
export interface FigureFinding {
  severity: string;
  message: string;
  source_line: number;
}

/** What a figure shows: its takeaway title, data, summary, table twin, chart, source and any findings. */
export interface FigureOptions<Row> {
  id: string;
  /**
   * The takeaway title; on a filtered figure, a function of the rows shown, evaluated on every `update` (and with no
   * rows while loading) so that the title never states more than the chart shows.
   */
  title: string | ((rows: Row[]) => string);
  subtitle: string;
  /** Where the numbers come from; `href` may be computed from the rows (e.g. the first source_line). */
  source: { label: string; href?: string | ((rows: Row[]) => string | undefined) };
  columns: readonly TableColumn<Row>[];
  summarize: (rows: Row[]) => string;
  draw: (rows: Row[], options: { width: number; ariaLabel: string; ariaDescription: string }) => Element;
  /**
   * What `draw` draws with: "plot" (the default: bars, columns and chart marks, drawn once Plot is loaded) or "html"
   * (tiles and lists, drawn at once: a filter's answer never waits for Plot to load).
   */
  drawnWith?: "plot" | "html";
  /** The first rows to show; later ones come through `update`. */
  rows?: Promise<Row[]>;
  /** data_quality findings about this figure's data. */
  findings?: Promise<FigureFinding[]>;
  /** Where a source or finding line links to; default the report reader. */
  lineHref?: (line: number) => string;
  /** The title's heading level; by default one below the section heading the figure sits under (H2 under the H1, H3 under an H2). */
  headingLevel?: 2 | 3;
  /**
   * What prints (default "chart and table"): "table" (or "records", the table with each row laid out as a record, for
   * columns of long text) for a chart whose table carries the same numbers in the same order, where the chart would
   * take most of a page to say what the table says in a few lines; "chart" for a chart that writes every number of its
   * table, where a page has no room for both (/partners' one page).
   */
  print?: PrintedParts;
}

/** A figure on the page: its node, a way to show new rows, and the promise that settles once it is first drawn. */
export interface Figure<Row> {
  node: HTMLElement;
  drawn: Promise<void>;
  update(rows: Promise<Row[]>): Promise<void>;
}

/** Returns a figure laid out at once with a loading placeholder, filled in (and refilled) when rows arrive. */
export function figureFrame<Row extends Record<string, unknown>>(options: FigureOptions<Row>): Figure<Row> {
  const { id, title, subtitle, source, columns, summarize, draw, drawnWith = "plot", findings, lineHref = reportLineHref, headingLevel, print = "chart and table" } = options;
  const node = element("figure", "se-figure");
  node.id = id;
  node.dataset.figure = id;
  // The print stylesheet leaves out the part that does not print.
  if (print !== "chart and table") node.dataset.print = print;
  const titleOf = (rows: Row[]) => (typeof title === "function" ? title(rows) : title);
  let heading = element(`h${headingLevel ?? 2}`, "se-figure__title", titleOf([]));
  heading.id = `${id}-title`;
  node.setAttribute("aria-labelledby", heading.id);
  const summary = element("p", "se-figure__summary", "Loading the data…");
  summary.id = `${id}-summary`;
  summary.setAttribute("aria-live", "polite");
  // Visible while a filter's query runs; the summary (aria-live) then reads out what the chart now shows.
  const updating = element("p", "se-figure__updating");
  const chart = element("div", "se-figure__chart");
  const notes = element("div", "se-figure__notes");
  const twin = element("details", "se-figure__table");
  const twinSummary = element("summary", "", "Show table");
  twin.append(twinSummary);
  const actions = element("div", "se-figure__actions");
  const download = button("Download CSV");
  const copy = button("Copy link");
  const copied = element("span", "se-figure__status");
  copied.setAttribute("role", "status");
  // Shown when the rows came from a query (runCall attaches its SQL with the current filter values).
  const explore = element("a", "se-figure__explore", "Open in explorer") as HTMLAnchorElement;
  explore.hidden = true;
  const openNotebook = notebookLink(() => ({ title: heading.textContent ?? id, sql: currentSql, chart: notebookChart(columns) }));
  openNotebook.hidden = true;
  const named = [twinSummary, download, copy, explore, openNotebook];
  actions.append(download, copy, explore, openNotebook, copied);
  const caption = element("figcaption", "se-figure__source");
  const showSource = (rows: Row[]) => caption.replaceChildren("Source: ", link(source.label, typeof source.href === "function" ? source.href(rows) : source.href));
  showSource([]);
  // The table twin comes straight after the chart, so it is the next thing a keyboard or screen reader reaches.
  node.append(heading, element("p", "se-figure__subtitle", subtitle), summary, updating, chart, twin, notes, actions, caption);
  // Each repeated control's name carries the figure's title ("Download CSV: MARAC cases…"), its visible words staying
  // short: a screen reader listing the page's buttons heard "Download CSV" five times. (A visually hidden span added a
  // space before the colon in Chrome's name.)
  const showTitle = (text: string) => {
    heading.textContent = text;
    for (const control of named) control.setAttribute("aria-label", text ? `${control.textContent}: ${text}` : (control.textContent ?? ""));
  };
  showTitle(heading.textContent ?? "");

  // With no level given, the title takes one below the heading of the section it is placed in, once it is in the page.
  let levelSettled = headingLevel !== undefined;
  const settleHeadingLevel = () => {
    if (levelSettled || !node.isConnected) return;
    levelSettled = true;
    const level = Math.min(sectionHeadingLevel(node) + 1, 4);
    if (heading.tagName === `H${level}`) return;
    const replacement = element(`h${level}`, heading.className);
    replacement.id = heading.id;
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
    heading = replacement;
  };

  let current: Row[] = [];
  let currentSql = "";
  const beginUpdate = latestWins();
  let lastWidth = 0;
  let drawnOnce = false;
  const showChart = (nodes: Node[], signature: string) => {
    chart.replaceChildren(...nodes);
    chart.style.removeProperty("--se-print-font-size");
    exposeChartsAsImages(chart, { labelledBy: heading.id, describedBy: summary.id });
    chart.setAttribute(CHART_SIGNATURE_ATTRIBUTE, signature);
  };
  const drawNow = (width: number) => {
    const label = heading.textContent ?? "";
    const description = summary.textContent ?? "";
    lastWidth = width;
    showChart([draw(current, { width, ariaLabel: label, ariaDescription: description })], chartSignature(id, width, label, description, current));
  };
  // Shows the current rows' chart: the one the build prerendered when it is the same chart, otherwise drawn with Plot.
  const render = async (measured = chartWidth(chart)): Promise<void> => {
    const rows = current;
    const label = heading.textContent ?? "";
    const width = (lastWidth = measured);
    const description = summary.textContent ?? "";
    const signature = chartSignature(id, width, label, description, rows);
    const prerendered = takePrerenderedChart(signature);
    if (!prerendered && drawnWith === "plot") await loadPlot();
    if (rows !== current || width !== lastWidth) return;
    showChart(prerendered ?? [draw(rows, { width, ariaLabel: label, ariaDescription: description })], signature);
  };
  // The chart's width as last laid out, kept by the observer (where reading it forces no layout), so a filter change
  // does not lay the whole page out an extra time to read it; a change of width comes back here and redraws.
  let laidOutWidth: number | undefined;
  new ResizeObserver(() => {
    settleHeadingLevel();
    laidOutWidth = chartWidth(chart);
    if (node.dataset.state === "ready" && laidOutWidth !== lastWidth) void render(laidOutWidth);
  }).observe(chart);
  // Printed, the chart is drawn again at the printed width (the paper's, or a print column's) so its text prints at its
  // own size (not scaled down to 4.5 pt), and drawn again for the screen afterwards. Plot is loaded by then on every
  // page with a filter; a chart the build drew on a page without one (Plot not loaded) prints scaled, its text enlarged
  // by the print stylesheet. A chart that does not print is left as it is.
  whilePrinting(node, {
    before: () => {
      const printWidth = printChartWidth(node);
      if (print === "table" || print === "records" || node.dataset.state !== "ready" || lastWidth === printWidth) return;
      if (Plot !== undefined) drawNow(printWidth);
      else if (lastWidth > printWidth) chart.style.setProperty("--se-print-font-size", `${((11 * lastWidth) / printWidth).toFixed(1)}px`);
    },
    after: () => {
      chart.style.removeProperty("--se-print-font-size");
      if (node.dataset.state === "ready" && chartWidth(chart) !== lastWidth) void render();
    }
  });

  // The CSV writer (d3-dsv, as the published files) loads on the first click: no page pays for it unless used.
  download.addEventListener("click", async () => {
    const { rowsToCsv } = await import("../lib/result-export.js");
    saveCsv(`${id}.csv`, await rowsToCsv(current, columns.map((column) => column.key)));
  });
  copy.addEventListener("click", async () => {
    const url = `${location.origin}${location.pathname}${location.search}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      copied.textContent = "Link copied.";
    } catch {
      copied.textContent = url;
    }
  });

  const update = (rows: Promise<Row[]>): Promise<void> => {
    const isLatest = beginUpdate();
    // A call's rows carry its SQL (runCall): shown as "Open in explorer" and "Open in notebook" once known.
    const sql = Promise.resolve((rows as { sql?: unknown }).sql).then((text) => {
      if (!isLatest()) return;
      explore.hidden = openNotebook.hidden = typeof text !== "string";
      if (typeof text !== "string") return;
      explore.href = explorerHref(text);
      currentSql = text;
      openNotebook.href = NOTEBOOK_PAGE;
    }, () => undefined);
    node.dataset.state = "loading";
    node.setAttribute("aria-busy", "true");
    chart.classList.add("se-figure__chart--loading");
    if (drawnOnce) updating.textContent = "Updating…";
    const settled = () => {
      chart.classList.remove("se-figure__chart--loading");
      node.removeAttribute("aria-busy");
      updating.textContent = "";
    };
    const fail = (error: unknown) => {
      if (!isLatest()) return;
      summary.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      settled();
      node.dataset.state = "error";
      throw error;
    };
    return rows.then(async (data) => {
      if (!isLatest()) return;
      // Figures whose rows arrive together all read their widths before any of them changes the page, so the page is
      // laid out once for all of them rather than once per figure.
      const width = laidOutWidth ?? chartWidth(chart);
      await null;
      if (!isLatest()) return;
      current = data;
      settleHeadingLevel();
      // The title follows the rows before the chart is drawn: the chart's signature and accessible name use it.
      showTitle(titleOf(data));
      summary.textContent = summarize(data);
      showSource(data);
      try {
        await render(width);
      } catch (error) {
        fail(error);
      }
      await sql;
      if (!isLatest()) return;
      twin.querySelector("table")?.remove();
      twin.append(dataTable(data, columns, { caption: heading.textContent ?? "" }));
      settled();
      drawnOnce = true;
      node.dataset.state = "ready";
    }, fail);
  };

  findings?.then((list) => notes.replaceChildren(...(list.length ? [findingsNote(list, lineHref)] : [])));
  const drawn = options.rows ? update(options.rows) : Promise.resolve();
  return { node, drawn, update };
}

/** Returns the report reader's address of a report line. */
export function reportLineHref(line: number): string {
  return `./report#L${line}`;
}

/** Returns the report reader's address of the first report line the rows were read from (their smallest source_line). */
export function firstSourceLineHref(rows: readonly Record<string, unknown>[]): string | undefined {
  const lines = rows.map((row) => row.source_line).filter((line): line is number => typeof line === "number");
  return lines.length ? reportLineHref(Math.min(...lines)) : undefined;
}

function findingsNote(findings: readonly FigureFinding[], lineHref: (line: number) => string): HTMLElement {
  const note = element("details", "se-figure__findings");
  note.append(element("summary", "", `The report disagrees with itself here (${findings.length} ${findings.length === 1 ? "finding" : "findings"})`));
  const list = element("ul", "");
  for (const finding of findings) {
    const item = element("li", "", `${finding.severity === "error" ? "Contradiction" : finding.severity === "warning" ? "Warning" : "Note"}: ${finding.message} `);
    item.append(link(`report line ${finding.source_line}`, lineHref(finding.source_line)));
    list.append(item);
  }
  note.append(list);
  return note;
}

function saveCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K | string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Returns the level of the nearest heading before the figure that is not another figure's title or a tile's label (1 when none).
function sectionHeadingLevel(node: Element): number {
  let level = 1;
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    if (!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (heading.closest(".se-figure, .se-kpi, observablehq-loading")) continue;
    level = Number(heading.tagName[1]);
  }
  return level;
}

function button(label: string): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = "button";
  node.textContent = label;
  return node;
}

function link(label: string, href?: string): Node {
  if (!href) return document.createTextNode(label);
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.textContent = label;
  return anchor;
}

function chartWidth(node: HTMLElement): number {
  return Math.max(280, Math.floor(node.getBoundingClientRect().width || 640));
}

const NOTEBOOK_PAGE = "./notebook";

// "Open in notebook": the figure's SQL (its filter values written in) and its chart as cells. The notebook's link writer
// is loaded when the reader reaches for the link (pointer, focus or click), so a reader who never does loads none of it.
function notebookLink(figure: () => { title: string; sql: string; chart?: { mark: "bar"; x: string; y: string } }): HTMLAnchorElement {
  const anchor = element("a", "se-figure__notebook", "Open in notebook") as HTMLAnchorElement;
  const prepare = async () => {
    const { notebookHrefForQuery } = await import("../notebook/figure-cells.js");
    return (anchor.href = notebookHrefForQuery(figure()));
  };
  const prepareSoon = () => void prepare().catch(() => undefined);
  anchor.addEventListener("pointerenter", prepareSoon);
  anchor.addEventListener("focus", prepareSoon);
  anchor.addEventListener("click", (event) => {
    if (anchor.getAttribute("href") !== NOTEBOOK_PAGE) return;
    event.preventDefault();
    void prepare().then((href) => location.assign(href), () => location.assign(NOTEBOOK_PAGE));
  });
  return anchor;
}

// The notebook's chart of a figure's rows: bars of the first numeric column of the table twin against its first column.
function notebookChart<Row>(columns: readonly TableColumn<Row>[]): { mark: "bar"; x: string; y: string } | undefined {
  const [first] = columns;
  const measure = columns.find((column) => column.numeric);
  return first && measure && measure !== first ? { mark: "bar", x: String(first.key), y: String(measure.key) } : undefined;
}
