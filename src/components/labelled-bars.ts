import { bars, drawBars, type BarsOptions } from "./bars.js";

/** A row of the old labelled bars: the text above its bar, its value, and whether to emphasise it. */
export interface LabelledBarRow {
  bar_label: string;
  value: number | null;
  highlight?: number | boolean | null;
}

/** The old options: `format` writes each value (null included). */
export type LabelledBarsOptions = Omit<BarsOptions<LabelledBarRow & Record<string, unknown>>, "valueFormat"> & { format: (value: number | null) => string };

/** Alias until the call sites move to src/figures/: bars with no axis, `highlight` emphasised (bars.ts lists every old name). */
export const labelledBars = <Row extends LabelledBarRow>(rows: readonly Row[], { format, ...options }: LabelledBarsOptions) => bars(rows as readonly (LabelledBarRow & Record<string, unknown>)[], { ...options, valueFormat: format, highlight: "highlight", axis: false });

/** Returns a figure frame's `draw` that draws labelled bars with values written by `format`. */
export const drawLabelledBars = (format: (value: number | null) => string) => drawBars<LabelledBarRow & Record<string, unknown>>({ valueFormat: format, highlight: "highlight", axis: false });
