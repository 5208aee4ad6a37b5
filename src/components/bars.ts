// Horizontal bars: one option-driven component for every horizontal bar chart on the site (named on the axis or above
// each bar, with targets, groups, series, stacked segments, highlights and waterfall steps); columns.ts draws over time.
import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { NO_DATA, formatCount } from "../lib/format.js";
import { LABEL_HALO, PRIMARY_FILL, SECONDARY_FILL, WATERFALL_FILLS } from "../lib/palette.js";
import { textWidth, valueAxisTicks, wholeTicks, wrapToWidth } from "../lib/label-layout.js";
import { CHART_FONT_SIZE, chartLegend, chartStyle, chartWithKey, labelMarkGroups, missingOutlines, targetTicks, valueLabels } from "./chart-marks.js";

/** One bar of each group, read from its own column: the column, the words naming it, and its colour. */
export interface BarSeries<Row> {
  key: keyof Row & string;
  label: string;
  fill?: string;
}

/** One part of a stacked bar: the column it reads, its name in the legend, and its fill. */
export interface BarSegment<Row> {
  key: keyof Row & string;
  label: string;
  fill: string;
}

/** Options of horizontal bars: what names each bar, where it starts and ends, and what is drawn with it. */
export interface BarsOptions<Row> {
  width: number;
  ariaLabel: string;
  ariaDescription: string;
  /** The words naming each bar: a column, or a function of the row (default the column `bar_label`). */
  label?: (keyof Row & string) | ((row: Row) => string);
  /** Where the words naming each bar go: on their own lines above it (default), or on the axis to its left. */
  labelPosition?: "above" | "axis";
  /** The column where each bar ends (default `value`); a null value draws a dashed outline and the missing label. */
  value?: keyof Row & string;
  /** The column where each bar starts (default 0): the steps of a waterfall. */
  start?: keyof Row & string;
  /** The column naming the group each row's bars belong to, written in bold above the group's bars. */
  group?: keyof Row & string;
  groupFormat?: (value: never) => string;
  /** Bars side by side in each row's group, one per column; each value is written as "series label: value". */
  series?: readonly BarSeries<Row>[];
  /** Columns stacked left to right in one bar, named in a legend above the chart. */
  segments?: readonly BarSegment<Row>[];
  /** A column holding a target, drawn as a thick tick across the bar with `targetLabel` above it. */
  target?: keyof Row & string;
  /** The words above a target (default "Target " and the formatted target). */
  targetLabel?: (row: Row) => string;
  /** A waterfall's column of step kinds (total, subtotal, increase, decrease): it sets each bar's fill and sign. */
  kind?: keyof Row & string;
  /** With `kind`: the column of each step's amount, written signed with `formatChange` for increases and decreases. */
  amount?: keyof Row & string;
  formatChange?: (value: number) => string;
  /** The words at the end of each bar (default the value written by `valueFormat`). */
  valueText?: (row: Row) => string;
  valueFormat?: (value: number) => string;
  /** What a bar with no value says instead (default "no data"). */
  missingLabel?: string;
  /** A footnote for a value that is known but incomplete: its value gets an asterisk and the note is written below. */
  note?: (row: Row, series: BarSeries<Row>) => string | null;
  /** The fill of every bar, or of each row (default the primary fill; in groups the last bar primary, earlier ones secondary). */
  fill?: string | ((row: Row) => string);
  /** A column that is 1 (or true) for a bar to emphasise: it gets `highlightFill` and a bold label, the others the secondary fill. */
  highlight?: keyof Row & string;
  highlightFill?: string;
  fontSize?: number;
  xDomain?: [number, number];
  xLabel?: string | null;
  xTickFormat?: (value: number) => string;
  /** Ticks on whole numbers only; default when every value is a whole number (counts). */
  integerTicks?: boolean;
  /** Whether to draw the value axis and its grid (default true). */
  axis?: boolean;
}

interface Bar<Row> {
  row: Row;
  group: string | null;
  label: string;
  strong: boolean;
  start: number;
  end: number | null;
  pieces: { from: number; to: number; fill: string }[];
  text: string;
  target: number | null;
  targetText: string;
}

const BAR_HEIGHT = 18;

/** Joins wrapped lines for Plot's text mark, each line but the last ending in a space that SVG does not draw, so the
 * text element's words still read "a b" (not "ab") to a script or a reader. */
const joinLines = (lines: readonly string[]) => lines.join(" \n");
const GAP = 10;

/**
 * Draws one horizontal bar per row (or per row and series), in row order, each named in words above it or on the axis
 * and with its value written at its end; a missing value draws a dashed outline and says so, never a bar of 0. Long
 * names and values wrap onto more lines instead of running off the chart, and all text is `CHART_FONT_SIZE` pixels.
 */
export function bars<Row extends Record<string, unknown>>(rows: readonly Row[], options: BarsOptions<Row>): Element {
  const { width, ariaLabel, ariaDescription, label = "bar_label", labelPosition = "above", value = "value", start, group, series, segments, target, kind, amount, formatChange = String } = options;
  const { valueText, valueFormat = String, missingLabel = NO_DATA, note, fill, highlight, highlightFill = PRIMARY_FILL, fontSize = CHART_FONT_SIZE } = options;
  const { xDomain, xLabel = null, xTickFormat, axis = true } = options;
  const lineHeight = Math.round(fontSize * 1.25);
  const number = (row: Row, key: string | undefined): number | null => (key === undefined || row[key] === null || row[key] === undefined ? null : Number(row[key]));
  const groupName = (row: Row) => (group === undefined ? null : (options.groupFormat ?? String)(row[group] as never));
  const nameOf = (row: Row) => (typeof label === "function" ? label(row) : String(row[label] ?? ""));
  const labels = [...new Set(rows.map(nameOf))];
  const defaultFill = (row: Row) => (group !== undefined && labels.length > 1 && nameOf(row) !== labels.at(-1) ? SECONDARY_FILL : PRIMARY_FILL);
  const fillOf = (row: Row): string => {
    if (highlight) return isStrong(row) ? highlightFill : typeof fill === "string" ? fill : SECONDARY_FILL;
    if (kind) return WATERFALL_FILLS[String(row[kind]) as keyof typeof WATERFALL_FILLS] ?? WATERFALL_FILLS.total;
    return typeof fill === "function" ? fill(row) : (fill ?? defaultFill(row));
  };
  const isStrong = (row: Row) => highlight !== undefined && (row[highlight] === 1 || row[highlight] === true);
  const words = (row: Row, end: number | null): string => {
    if (valueText) return valueText(row);
    if (end === null) return missingLabel;
    const step = kind ? String(row[kind]) : "";
    const change = number(row, amount) ?? end;
    return step === "increase" ? formatChange(change) : step === "decrease" ? formatChange(-change) : valueFormat(kind ? change : end);
  };
  const targetOf = (row: Row) => number(row, target);
  const notes: string[] = [];

  // Every bar the chart draws, in order.
  const items: Bar<Row>[] = rows.flatMap((row): Bar<Row>[] => {
    const base = { row, group: groupName(row), strong: isStrong(row), start: number(row, start) ?? 0, target: targetOf(row) };
    const targetText = base.target === null ? "" : options.targetLabel ? options.targetLabel(row) : `Target ${valueFormat(base.target)}`;
    if (series) {
      return series.map((s) => {
        const end = number(row, s.key);
        const footnote = end !== null && note ? note(row, s) : null;
        if (footnote) notes.push(`* ${base.group}, ${s.label}: ${footnote}`);
        const text = `${s.label}: ${end === null ? missingLabel : valueFormat(end)}${footnote ? "*" : ""}`;
        return { ...base, label: "", end, pieces: end === null ? [] : [{ from: 0, to: end, fill: s.fill ?? PRIMARY_FILL }], text, targetText };
      });
    }
    if (segments) {
      let from = 0;
      const pieces = segments.map((segment) => ({ from, to: (from += number(row, segment.key) ?? 0), fill: segment.fill })).filter((piece) => piece.to > piece.from);
      return [{ ...base, label: nameOf(row), end: from, pieces, text: words(row, from), targetText }];
    }
    const end = number(row, value);
    const footnote = end !== null && note ? note(row, { key: value, label: nameOf(row) }) : null;
    if (footnote) notes.push(`* ${nameOf(row)}: ${footnote}`);
    return [{ ...base, label: nameOf(row), end, pieces: end === null ? [] : [{ from: base.start, to: end, fill: fillOf(row) }], text: words(row, end) + (footnote ? "*" : ""), targetText }];
  });

  // The value scale: from 0 (or the lowest start) to the highest end or target; whole-number ticks for counts.
  const extent = items.flatMap((item) => [item.start, item.end ?? 0, item.target ?? 0]);
  const domain = xDomain ?? [Math.min(0, ...extent), Math.max(...extent, 0) || 1];
  const integer = options.integerTicks ?? extent.every(Number.isInteger);
  const showLabels = !series;
  const onAxis = showLabels && labelPosition === "axis";
  // Series bars name themselves in their value words, so their group's name goes on the axis beside them.
  const groupsOnAxis = Boolean(series) && group !== undefined;
  const axisWords = groupsOnAxis ? items.map((item) => item.group ?? "") : onAxis ? items.map((item) => item.label) : [];
  const marginLeft = axisWords.length ? Math.min(Math.round(width * (groupsOnAxis ? 0.3 : 0.4)), 10 + Math.max(...axisWords.map((words) => textWidth(words, fontSize)))) : axis ? 12 : 4;
  // Room for the longest value after its bar, and for half a target's words centred on the target.
  const marginRight = Math.min(Math.round(width * 0.45), 12 + Math.max(0, ...items.map((item) => Math.max(textWidth(item.text, fontSize), textWidth(item.targetText, fontSize) / 2))));
  const plotWidth = Math.max(40, width - marginLeft - marginRight);
  const tickCount = valueAxisTicks(plotWidth * (70 / 90)); // one tick per 90 px: 13 px labels such as "£300,000"
  const ticks = integer ? wholeTicks(domain[0], domain[1], tickCount) : tickCount;
  const px = (x: number) => marginLeft + ((x - domain[0]) / (domain[1] - domain[0] || 1)) * plotWidth;

  // Lay the bars out top to bottom in pixels: group title, label lines, target label, then the bar and its value lines.
  const hasTargets = items.some((item) => item.target !== null);
  let top = 4;
  let currentGroup: string | null = null;
  const titles: { text: string; top: number; middle: number }[] = [];
  const laidOut = items.map((item, index) => {
    if (item.group !== null && (index === 0 || item.group !== currentGroup)) {
      if (index > 0) top += GAP;
      const lines = wrapToWidth(item.group, groupsOnAxis ? marginLeft - 10 : width - 8, fontSize);
      titles.push({ text: joinLines(lines), top, middle: top });
      if (!groupsOnAxis) top += lines.length * lineHeight + 4;
    }
    currentGroup = item.group;
    const labelLines = showLabels ? wrapToWidth(item.label, onAxis ? marginLeft - 10 : width - marginLeft - 4, fontSize) : [];
    const labelTop = top;
    if (showLabels && !onAxis) top += labelLines.length * lineHeight + 2;
    const targetTop = top;
    if (hasTargets) top += lineHeight + 2;
    const end = item.end ?? domain[0];
    // The value is written after the bar's end, or after its target's tick where the tick would run through it.
    const after = item.target !== null && item.target > end && px(item.target) - px(end) < textWidth(item.text, fontSize) + 12 ? item.target : Math.max(end, item.start);
    const room = width - px(after) - 8;
    const valueLines = textWidth(item.text, fontSize) > room ? wrapToWidth(item.text, room, fontSize) : [item.text];
    const rowHeight = Math.max(BAR_HEIGHT, valueLines.length * lineHeight, onAxis ? labelLines.length * lineHeight : 0);
    const middle = top + rowHeight / 2;
    top += rowHeight + GAP;
    if (groupsOnAxis) titles.at(-1)!.middle = (titles.at(-1)!.top + top - GAP) / 2;
    return { ...item, labelText: joinLines(labelLines), valueLines: joinLines(valueLines), labelTop, targetTop, middle, barTop: middle - BAR_HEIGHT / 2, barBottom: middle + BAR_HEIGHT / 2, textAt: after };
  });
  const marginBottom = axis ? (xLabel ? 44 : 28) : 0;
  const height = Math.ceil(top - GAP + 4 + marginBottom);
  type Laid = (typeof laidOut)[number];

  const pieces = laidOut.flatMap((item) => item.pieces.map((piece) => ({ ...piece, barTop: item.barTop, barBottom: item.barBottom })));
  const missing = laidOut.filter((item) => item.end === null && !segments);
  const withTarget = laidOut.filter((item) => item.target !== null);
  const halo = { ...LABEL_HALO, fontSize };
  const marks: PlotTypes.Markish[] = [];
  if (axis) marks.push(Plot.gridX(Array.isArray(ticks) ? ticks : undefined, { ticks: Array.isArray(ticks) ? undefined : ticks, y1: 0, y2: height - marginBottom, strokeOpacity: 0.15 } as PlotTypes.GridXOptions));
  marks.push(
    Plot.rectX(pieces, { x1: "from", x2: "to", y1: "barTop", y2: "barBottom", fill: "fill", className: "se-mark-value" }),
    missingOutlines(missing, { x1: domain[0], x2: domain[0] + (domain[1] - domain[0]) * 0.04, y1: "barTop", y2: "barBottom" } as PlotTypes.RectOptions),
    valueLabels(laidOut, { x: (item: Laid) => (item.end === null ? domain[0] + (domain[1] - domain[0]) * 0.04 : item.textAt), y: "middle", text: "valueLines", lineHeight: lineHeight / fontSize, fontSize } as PlotTypes.TextOptions)
  );
  if (withTarget.length) {
    marks.push(
      targetTicks(withTarget, { x: "target", y1: (item: Laid) => item.barTop - 3, y2: (item: Laid) => item.barBottom + 3 } as PlotTypes.RuleXOptions),
      Plot.text(withTarget, { x: "target", y: "targetTop", text: "targetText", lineAnchor: "top", ...halo, ariaHidden: "true" } as PlotTypes.TextOptions)
    );
  }
  if (groupsOnAxis) marks.push(Plot.text(titles, { frameAnchor: "left", dx: -8, y: "middle", text: "text", textAnchor: "end", lineAnchor: "middle", lineHeight: lineHeight / fontSize, ...halo } as PlotTypes.TextOptions));
  else if (titles.length) marks.push(Plot.text(titles, { frameAnchor: "left", dx: 4 - marginLeft, y: "top", text: "text", textAnchor: "start", lineAnchor: "top", fontWeight: "bold", lineHeight: lineHeight / fontSize, ...halo } as PlotTypes.TextOptions));
  if (showLabels) {
    // An emphasised label is bold as well as its bar coloured, so colour is never the only cue.
    const place = onAxis
      ? { frameAnchor: "left", dx: -8, y: "middle", textAnchor: "end", lineAnchor: "middle", className: "se-axis-labels" }
      : { x: domain[0], y: "labelTop", textAnchor: "start", lineAnchor: "top" };
    const text = { ...place, text: "labelText", lineHeight: lineHeight / fontSize, ...halo };
    marks.push(Plot.text(laidOut, { ...text, filter: (item: Laid) => !item.strong } as PlotTypes.TextOptions));
    if (laidOut.some((item) => item.strong)) marks.push(Plot.text(laidOut, { ...text, filter: (item: Laid) => item.strong, fontWeight: "bold" } as PlotTypes.TextOptions));
  }
  if (axis) marks.push(Plot.ruleX([domain[0]]));

  const chart = labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginTop: 0,
      marginBottom,
      marginLeft,
      marginRight,
      ariaLabel,
      ariaDescription,
      style: chartStyle(fontSize),
      x: { domain, ticks, tickFormat: (xTickFormat ?? (integer ? formatCount : undefined)) as ((value: unknown) => string) | undefined, label: xLabel, axis: axis ? "bottom" : null },
      y: { type: "identity", axis: null },
      marks
    })
  );
  // Labels on the axis are the y axis's tick labels, named as Plot names its own.
  for (const node of chart.querySelectorAll("g.se-axis-labels")) node.setAttribute("aria-label", "y-axis tick label");
  const legend = segments ? chartLegend(segments.map((segment) => ({ label: segment.label, color: segment.fill }))) : null;
  return chartWithKey(chart, { legend, notes });
}

/** Returns a figure frame's `draw` that draws bars with these options. */
export function drawBars<Row extends Record<string, unknown>>(options: Omit<BarsOptions<Row>, "width" | "ariaLabel" | "ariaDescription">) {
  return (rows: readonly Row[], frame: { width: number; ariaLabel: string; ariaDescription: string }) => bars(rows, { ...options, ...frame });
}
