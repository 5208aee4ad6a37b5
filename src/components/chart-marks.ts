// The marks and pieces every chart shares: its text size, value labels, target ticks, missing-value outlines, the
// legend and notes around it, and the accessibility fixes made after Plot draws (bars.ts, columns.ts, the figure frame
// and the notebook's chart cells use them).
import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { INK, LABEL_HALO, MISSING_STROKE } from "../lib/palette.js";

/** The size in pixels of all chart text, at every width (Plot's default is 10 px). */
export const CHART_FONT_SIZE = 13;

/** Plot's `style` option giving a chart its text size. */
export function chartStyle(fontSize = CHART_FONT_SIZE): { fontSize: string } {
  return { fontSize: `${fontSize}px` };
}

/** The dashes of a dashed line, as SVG's stroke-dasharray: the chart's line and its legend swatch both use it. */
export const LINE_DASH = "6,3";

/** Returns a text mark writing words beside the end of a bar, in ink on a halo, hidden from assistive technology. */
export function valueLabels<T>(data: readonly T[], options: PlotTypes.TextOptions): PlotTypes.Text {
  return Plot.text(data as T[], { textAnchor: "start", lineAnchor: "middle", dx: 6, ...LABEL_HALO, ariaHidden: "true", ...options } as PlotTypes.TextOptions);
}

/** Returns a rule mark drawing each target as a thick upright line across its bar. */
export function targetTicks<T>(data: readonly T[], options: PlotTypes.RuleXOptions): PlotTypes.RuleX {
  return Plot.ruleX(data as T[], { stroke: INK, strokeWidth: 3, ...options } as PlotTypes.RuleXOptions);
}

/** Returns a rect mark outlining each missing value with a dashed stroke, never a filled bar that could read as 0. */
export function missingOutlines<T>(data: readonly T[], options: PlotTypes.RectOptions): PlotTypes.Rect {
  return Plot.rectX(data as T[], { fill: "none", ...MISSING_STROKE, className: "se-mark-missing", ...options } as PlotTypes.RectOptions);
}

/** One entry of a chart legend: its words, its colour, and how its swatch is drawn. */
export interface LegendItem {
  label: string;
  color: string;
  /** "bar" a filled square (default), "narrow" a thin filled bar, "line" a line, "dashed" a dashed outline. */
  swatch?: "bar" | "narrow" | "line" | "dashed";
  /** The line's dashes when the chart draws it dashed (`LINE_DASH`); the swatch draws the same dashes. */
  dash?: string;
}

/** Returns a legend as an HTML list (no SVG), each entry a swatch drawn as its mark is drawn, followed by its label. */
export function chartLegend(items: readonly LegendItem[], { title = "" } = {}): HTMLElement {
  const legend = document.createElement("div");
  legend.className = "se-legend";
  if (title) {
    const heading = document.createElement("span");
    heading.className = "se-legend__title";
    heading.textContent = title;
    legend.append(heading);
  }
  const list = document.createElement("ul");
  list.setAttribute("aria-label", title || "Legend");
  for (const { label, color, swatch = "bar", dash } of items) {
    const item = document.createElement("li");
    const mark = document.createElement("span");
    mark.className = `se-legend__swatch se-legend__swatch--${swatch}`;
    mark.setAttribute("aria-hidden", "true");
    mark.style.setProperty("--se-swatch-color", color);
    if (swatch === "line") {
      // A 2 px line, solid or with the chart's own dashes ("6,3": 6 px drawn, 3 px left out).
      const [on = 6, off = 0] = (dash ?? "").split(",").map(Number);
      Object.assign(mark.style, { height: "2px", border: "none", background: dash ? `repeating-linear-gradient(90deg, ${color} 0 ${on}px, transparent ${on}px ${on + off}px)` : color });
    }
    item.append(mark, label);
    list.append(item);
  }
  legend.append(list);
  return legend;
}

/** Returns the chart alone, or with its legend above it and its notes (footnotes for starred values) below it. */
export function chartWithKey(chart: Element, { legend, notes = [] }: { legend?: HTMLElement | null; notes?: readonly string[] }): Element {
  if (!legend && !notes.length) return chart;
  const wrapper = document.createElement("div");
  wrapper.className = "se-chart";
  if (legend) wrapper.append(legend);
  wrapper.append(chart);
  if (notes.length) {
    const list = document.createElement("ul");
    list.className = "se-chart-notes";
    for (const text of notes) {
      const item = document.createElement("li");
      item.textContent = text;
      list.append(item);
    }
    wrapper.append(list);
  }
  return wrapper;
}

/** Gives Plot's labelled <g> groups role="group": aria-label is not permitted on an element with no role (axe aria-prohibited-attr). */
export function labelMarkGroups<T extends Element>(chart: T): T {
  for (const group of chart.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  return chart;
}

/** The ids of the elements that name and describe a figure's chart: its title and its summary sentence. */
export interface ChartImageLabels {
  labelledBy: string;
  describedBy: string;
}

/**
 * Returns `container` with each chart SVG in it (Plot's, drawn live or prerendered) exposed to assistive technology as
 * one image, named by the figure's title and described by its summary, with its marks, ticks and labels hidden: a
 * screen reader heard "0 10 20 … 80" and empty groups, and the numbers are in the table twin beside it. HTML beside the
 * SVG (legends, notes) is left as it is.
 */
export function exposeChartsAsImages<T extends Element>(container: T, { labelledBy, describedBy }: ChartImageLabels): T {
  for (const svg of container.querySelectorAll("svg")) {
    if (svg.parentElement?.closest("svg")) continue;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-labelledby", labelledBy);
    svg.setAttribute("aria-describedby", describedBy);
    // Plot's aria-label and aria-description (the title and summary it was drawn with) stay, for anything reading the
    // SVG alone; aria-labelledby and aria-describedby take precedence, and follow the figure when its words change.
    for (const child of svg.children) child.setAttribute("aria-hidden", "true");
  }
  return container;
}
