import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { NO_DATA } from "../lib/format.js";
import { INK, LABEL_HALO, MISSING_STROKE, PRIMARY_FILL } from "../lib/palette.js";
import { CHAR_WIDTH, valueAxisTicks } from "../lib/label-layout.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** One bar of each group: the column it reads, the words that name it beside the bar, and its colour. */
export interface BarSeries<Row> {
  key: keyof Row & string;
  label: string;
  fill?: string;
}

/** Options of a horizontal grouped bar chart: one group per row (a quarter…), one bar per series in each group. */
export interface SeriesBarChartOptions<Row> {
  group: keyof Row & string;
  series: readonly BarSeries<Row>[];
  width: number;
  groupFormat?: (value: Row[keyof Row & string]) => string;
  valueFormat?: (value: number) => string;
  /** A footnote for a bar whose value is known but incomplete (a sum over the areas that have a figure…), or null. */
  note?: (row: Row, series: BarSeries<Row>) => string | null;
  ariaLabel: string;
  ariaDescription: string;
}

const BAR_HEIGHT = 22;

/**
 * Draws a horizontal bar per row and series, each labelled in words with its series and value. A null value draws
 * no bar but a dashed outline and the words "no data", so a missing figure never looks like 0; a bar with a note is
 * marked with an asterisk and the note is written under the chart.
 */
export function seriesBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: SeriesBarChartOptions<Row>): HTMLElement {
  const { group, series, width, groupFormat = String, valueFormat = String, note, ariaLabel, ariaDescription } = options;
  const value = (row: Row, key: string): number | null => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
  const max = Math.max(1, ...rows.flatMap((row) => series.map((s) => value(row, s.key) ?? 0)));
  const placeholder = max * 0.04;
  const notes: string[] = [];
  const noteFor = (row: Row, s: BarSeries<Row>): string | null => (note && value(row, s.key) !== null ? note(row, s) : null);
  const label = (row: Row, s: BarSeries<Row>): string => {
    const v = value(row, s.key);
    if (v === null) return `${s.label}: ${NO_DATA}`;
    return `${s.label}: ${valueFormat(v)}${noteFor(row, s) ? "*" : ""}`;
  };
  for (const row of rows) {
    for (const s of series) {
      const text = noteFor(row, s);
      if (text) notes.push(`* ${groupFormat(row[group] as Row[keyof Row & string])}, ${s.label}: ${text}`);
    }
  }
  const longestLabel = Math.max(...rows.flatMap((row) => series.map((s) => label(row, s).length)));
  const longestGroup = Math.max(...rows.map((row) => groupFormat(row[group] as Row[keyof Row & string]).length));
  const marginLeft = Math.min(Math.round(width * 0.3), 12 + longestGroup * CHAR_WIDTH);
  const marginRight = Math.min(Math.round(width * 0.45), 12 + longestLabel * CHAR_WIDTH);
  const groupHeight = series.length * BAR_HEIGHT + 14;
  const marks: PlotTypes.Markish[] = [];
  for (const s of series) {
    const y = () => s.label;
    const known = (row: Row) => value(row, s.key) !== null;
    marks.push(
      Plot.barX(rows as Row[], {
        fy: group,
        y,
        x: s.key,
        fill: s.fill ?? PRIMARY_FILL,
        className: "se-mark-value",
        filter: known
      } as PlotTypes.BarXOptions),
      Plot.barX(rows as Row[], {
        fy: group,
        y,
        x1: 0,
        x2: placeholder,
        fill: "none",
        ...MISSING_STROKE,
        className: "se-mark-missing",
        filter: (row: Row) => !known(row)
      } as PlotTypes.BarXOptions),
      Plot.text(rows as Row[], {
        fy: group,
        y,
        x: (row: Row) => value(row, s.key) ?? placeholder,
        text: (row: Row) => label(row, s),
        textAnchor: "start",
        dx: 4,
        ...LABEL_HALO,
        ariaHidden: "true"
      } as PlotTypes.TextOptions)
    );
  }
  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height: 24 + rows.length * groupHeight,
      marginLeft,
      marginRight,
      marginTop: 8,
      marginBottom: 24,
      ariaLabel,
      ariaDescription,
      x: { domain: [0, max], label: null, grid: true, ticks: valueAxisTicks(width - marginLeft - marginRight) },
      y: { domain: series.map((s) => s.label), axis: null, padding: 0.12 },
      fy: { domain: rows.map((row) => row[group]), axis: "left", label: null, tickFormat: groupFormat as (value: unknown) => string, padding: 0.12 },
      marks: [...marks, Plot.ruleX([0], { stroke: INK })]
    })
  );
  const wrapper = document.createElement("div");
  wrapper.className = "se-grouped-bars";
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
