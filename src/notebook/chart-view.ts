// A chart cell's figure: a Plot mark over a named result with the site's palette and en-GB formats, an accessible name,
// a generated text summary and a table twin. With a brush, dragging across the chart (d3-brush, which Plot does not
// draw) or choosing a first and last value from the two menus under it sets the named selection.
import { brushX } from "npm:d3-brush";
import { select } from "npm:d3-selection";
import { labelMarkGroups } from "../components/chart-marks.js";
import { sortableTable } from "../components/sortable-table.js";
import type { QueryRow } from "../lib/database.js";
import { formatNumber, formatShortMonth } from "../lib/format.js";
import { CATEGORY_SCHEME, PRIMARY_FILL } from "../lib/palette.js";
import { loadPlot } from "../lib/plot.js";
import type { ResultColumn } from "../lib/sql-runner.js";
import { formatCellValue, type CellResult } from "./engine.js";
import type { ChartCell } from "./model.js";
import type { Selection, SelectionValue } from "./sql-names.js";

/** How to draw a chart cell: its width, and what to call when the reader brushes (absent: no brush). */
export interface ChartViewOptions {
  width: number;
  label: string;
  selection?: Selection;
  onSelect?: (selection: Selection) => void;
}

const MARK_NAMES: Record<ChartCell["mark"], string> = { bar: "Bar", line: "Line", dot: "Dot", area: "Area", rule: "Rule", text: "Text", cell: "Cell" };

/** Returns the figure of a chart cell: chart, summary, brush menus (with a brush) and table twin. */
export async function chartView(cell: ChartCell, result: CellResult, { width, label, selection, onSelect }: ChartViewOptions): Promise<HTMLElement> {
  const Plot = await loadPlot();
  const rows = result.rows;
  const kind = (name: string | undefined) => result.columns.find((column) => column.name === name)?.kind;
  const band = cell.mark === "bar" || cell.mark === "cell" || kind(cell.x) === "text";
  const colour = cell.color ? (cell.mark === "line" || cell.mark === "rule" ? { stroke: cell.color } : { fill: cell.color }) : cell.mark === "line" || cell.mark === "rule" ? { stroke: PRIMARY_FILL } : { fill: PRIMARY_FILL };
  const channels = { x: cell.x, y: cell.y, ...colour, ...(cell.fx && { fx: cell.fx }), tip: false };
  const mark = {
    bar: () => Plot.barY(rows, channels),
    line: () => Plot.lineY(rows, { ...channels, marker: "circle" }),
    dot: () => Plot.dot(rows, { ...channels, r: 4 }),
    area: () => Plot.areaY(rows, channels),
    rule: () => Plot.ruleX(rows, channels),
    text: () => Plot.text(rows, { ...channels, text: (row: QueryRow) => formatCellValue(row[cell.y] ?? null) }),
    cell: () => Plot.cell(rows, channels)
  }[cell.mark]();
  const title = `${MARK_NAMES[cell.mark]} chart of ${cell.y} by ${cell.x}${cell.color ? `, coloured by ${cell.color}` : ""}${cell.fx ? `, one panel per ${cell.fx}` : ""}, from “${cell.from}”`;
  const chart = Plot.plot({
    width,
    height: 320,
    marginLeft: 56,
    x: { type: band ? "band" : undefined, label: cell.x, ...(kind(cell.x) === "date" && band && { tickFormat: (value: Date) => formatShortMonth(value) }) },
    y: { label: cell.y, grid: true, ...(kind(cell.y) === "number" && cell.mark !== "cell" && { tickFormat: (value: number) => formatNumber(value) }), ...(cell.mark === "cell" && { type: "band" }) },
    color: cell.color ? { legend: true, ...(kind(cell.color) !== "number" && { type: "ordinal", scheme: CATEGORY_SCHEME }) } : undefined,
    marks: [mark, ...(cell.mark === "bar" || cell.mark === "area" ? [Plot.ruleY([0])] : [])],
    ariaLabel: title,
    ariaDescription: summarizeChart(cell, result)
  });
  const figure = document.createElement("figure");
  figure.className = "se-nb-chart";
  figure.setAttribute("aria-label", label);
  const caption = document.createElement("figcaption");
  caption.textContent = `${title}. ${summarizeChart(cell, result)}`;
  figure.append(labelMarkGroups(chart), caption);
  if (cell.brush && onSelect && !cell.fx) figure.append(...brushControls(chart, cell, rows, selection, onSelect));
  const twin = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "The chart's numbers as a table";
  const shown = [cell.x, cell.y, cell.color, cell.fx].filter((name, index, all): name is string => !!name && all.indexOf(name) === index);
  twin.append(summary, sortableTable(rows, shown.map((name) => result.columns.find((column) => column.name === name)!) as ResultColumn[], { caption: title, maxRows: 10_000 }));
  figure.append(twin);
  return figure;
}

/** Returns the chart's text summary: how many marks, and the highest and lowest value with where they are. */
export function summarizeChart(cell: ChartCell, result: CellResult): string {
  const values = result.rows.filter((row) => typeof row[cell.y] === "number");
  if (values.length === 0) return `${result.rows.length} rows; ${cell.y} has no numbers to compare.`;
  const highest = values.reduce((best, row) => ((row[cell.y] as number) > (best[cell.y] as number) ? row : best));
  const lowest = values.reduce((best, row) => ((row[cell.y] as number) < (best[cell.y] as number) ? row : best));
  const at = (row: QueryRow) => `${formatCellValue(row[cell.y] ?? null)} at ${formatCellValue(row[cell.x] ?? null)}${cell.color ? ` (${formatCellValue(row[cell.color] ?? null)})` : ""}`;
  return `${result.rows.length} ${result.rows.length === 1 ? "row" : "rows"}; highest ${cell.y} ${at(highest)}, lowest ${at(lowest)}.`;
}

// The brush over the plot area, and two menus that set the same selection by keyboard.
function brushControls(chart: Element, cell: ChartCell, rows: readonly QueryRow[], selection: Selection | undefined, onSelect: (selection: Selection) => void): HTMLElement[] {
  const values = [...new Map(rows.map((row) => row[cell.x]).filter((value): value is SelectionValue => value !== null && value !== undefined).map((value) => [String(value instanceof Date ? value.getTime() : value), value])).values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
  const scale = (chart as unknown as { scale(name: string): { type: string; range: number[]; apply(value: unknown): number; bandwidth?: number; invert?(pixel: number): unknown } }).scale("x");
  const y = (chart as unknown as { scale(name: string): { range: number[] } }).scale("y");
  const menus = document.createElement("div");
  menus.className = "se-nb-brush";
  const pick = (text: string, initial: SelectionValue | undefined) => {
    const label = document.createElement("label");
    label.textContent = `${text} `;
    const menu = document.createElement("select");
    values.forEach((value, index) => menu.add(new Option(formatCellValue(value), String(index), false, initial !== undefined && String(value) === String(initial))));
    label.append(menu);
    return { label, menu };
  };
  const start = pick(`Selection “${cell.brush}” from`, selection?.start ?? values[0]);
  const end = pick("to", selection?.end ?? values[values.length - 1]);
  const chosen = () => {
    const [a, b] = [Number(start.menu.value), Number(end.menu.value)].sort((p, q) => p - q);
    onSelect({ start: values[a!]!, end: values[b!]! });
  };
  start.menu.addEventListener("change", chosen);
  end.menu.addEventListener("change", chosen);
  menus.append(start.label, end.label);
  if (svg && scale && y) {
    const [top, bottom] = [Math.min(...y.range), Math.max(...y.range)];
    const [left, right] = [Math.min(...scale.range), Math.max(...scale.range)];
    const brush = brushX<unknown>()
      .extent([[left, top], [right, bottom]])
      .on("end", (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (!event.sourceEvent) return;
        if (!event.selection) return onSelect({ start: values[0]!, end: values[values.length - 1]! });
        const [from, to] = event.selection;
        const inside = values.filter((value) => {
          const position = scale.apply(value) + (scale.bandwidth ?? 0) / 2;
          return position >= from && position <= to;
        });
        if (inside.length) {
          start.menu.value = String(values.indexOf(inside[0]!));
          end.menu.value = String(values.indexOf(inside[inside.length - 1]!));
          onSelect({ start: inside[0]!, end: inside[inside.length - 1]! });
        }
      });
    const group = select(svg as SVGSVGElement).append("g").attr("class", "se-nb-brush-area").attr("aria-hidden", "true");
    group.call(brush as never);
  }
  return [menus];
}
