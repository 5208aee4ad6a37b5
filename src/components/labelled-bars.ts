import { Plot } from "../lib/plot.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** A row of a labelled bar chart: the text above its bar, its value, and whether to emphasise it. */
export interface LabelledBarRow {
  bar_label: string;
  value: number | null;
  /** 1 (or true) emphasises the bar. */
  highlight?: number | boolean | null;
}

/** Options of a horizontal bar chart with each bar's label written above it and its value written at its end. */
export interface LabelledBarsOptions {
  width: number;
  /** How a value is written at the end of its bar. */
  format: (value: number | null) => string;
  ariaLabel: string;
  ariaDescription: string;
  /** Fill of an emphasised bar (its label is also bold, so colour is never the only cue). */
  highlightFill?: string;
  fill?: string;
  fontSize?: number;
}

const BAR_HEIGHT = 20;
const GAP = 12;

/**
 * Draws one horizontal bar per row, in row order, each starting at zero; the label sits above the bar on the full
 * width (so long labels wrap instead of squeezing the bars at 320 px) and the value is printed at the bar's end.
 * A null value draws no bar and prints the formatter's text for null. The figure's summary and table twin carry the
 * values for assistive technology, so the marks have no accessible names of their own.
 */
export function labelledBars<Row extends LabelledBarRow>(rows: readonly Row[], options: LabelledBarsOptions): SVGSVGElement | HTMLElement {
  const {
    width,
    format,
    ariaLabel,
    ariaDescription,
    highlightFill = "var(--theme-foreground-focus)",
    fill = "color-mix(in srgb, var(--theme-foreground) 55%, var(--theme-background))",
    fontSize = 13
  } = options;
  const data = rows.map((row, index) => ({ row, index, value: row.value, label: row.bar_label, strong: row.highlight === 1 || row.highlight === true }));
  // Plot wraps text at about 0.55 em per character; counting 0.6 em per character never leaves a label too little room.
  const lineWidthEm = Math.max(10, (width - 8) / fontSize);
  const charactersPerLine = Math.max(12, Math.floor(lineWidthEm / 0.6));
  const lines = Math.max(1, ...data.map((d) => Math.ceil(d.label.length / charactersPerLine)));
  const labelHeight = lines * Math.round(fontSize * 1.25) + 4;
  const rowHeight = labelHeight + BAR_HEIGHT + GAP;
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  // Room for the longest value label after its bar ("33.7 per 1,000").
  const marginRight = Math.ceil(Math.max(3, ...data.map((d) => format(d.value).length)) * fontSize * 0.62) + 10;
  const barCentre = (labelHeight - GAP) / 2; // offset of the bar's centre from the band's centre
  const labelBottom = -rowHeight / 2 + labelHeight - 3; // labels sit just above their bar, whatever their number of lines
  const emphasised = (d: (typeof data)[number]) => d.strong;
  const plain = (d: (typeof data)[number]) => !d.strong;
  const y = (d: (typeof data)[number]) => d.index;
  return labelMarkGroups(
    Plot.plot({
      width,
      height: data.length * rowHeight + 4,
      marginTop: 4,
      marginBottom: 0,
      marginLeft: 4,
      marginRight,
      ariaLabel,
      ariaDescription,
      x: { axis: null, domain: [0, max || 1] },
      y: { axis: null, type: "band", domain: data.map((d) => d.index), paddingInner: 0, paddingOuter: 0 },
      marks: [
        Plot.barX(data, { filter: plain, x: "value", y, fill, insetTop: labelHeight, insetBottom: GAP }),
        Plot.barX(data, { filter: emphasised, x: "value", y, fill: highlightFill, insetTop: labelHeight, insetBottom: GAP }),
        Plot.text(data, { filter: plain, x: 0, y, text: "label", textAnchor: "start", lineAnchor: "bottom", dy: labelBottom, lineWidth: lineWidthEm, fontSize, fill: "currentColor" }),
        Plot.text(data, { filter: emphasised, x: 0, y, text: "label", textAnchor: "start", lineAnchor: "bottom", dy: labelBottom, lineWidth: lineWidthEm, fontSize, fontWeight: "bold", fill: "currentColor" }),
        Plot.text(data, { x: (d) => d.value ?? 0, y, text: (d) => format(d.value), textAnchor: "start", dx: 6, dy: barCentre, fontSize, fill: "currentColor" })
      ]
    })
  );
}

/** Returns a figure frame's `draw` that draws labelled bars with values written by `format`. */
export function drawLabelledBars(format: LabelledBarsOptions["format"]) {
  return <Row extends LabelledBarRow>(rows: readonly Row[], { width, ariaLabel, ariaDescription }: { width: number; ariaLabel: string; ariaDescription: string }) =>
    labelledBars(rows, { width, format, ariaLabel, ariaDescription });
}
