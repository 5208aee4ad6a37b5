import { INK, PRIMARY_FILL, SECONDARY_FILL } from "../lib/palette.js";
import { columns, type ColumnsOptions } from "./columns.js";

/** The old options: per period, cases (a wide column), repeat cases (a narrow one inside it) and children (a dashed line). */
export type CasesRepeatChildrenChartOptions<Row> = Omit<ColumnsOptions<Row>, "layers" | "tipFormat"> & {
  cases: keyof Row & string;
  repeatCases: keyof Row & string;
  children: keyof Row & string;
  describe?: (row: Row) => string;
};

/** Alias until the call site moves to src/figures/: columns with three layers, each named in the legend as it is drawn (bars.ts lists every old name). */
export const casesRepeatChildrenChart = <Row extends Record<string, unknown>>(rows: readonly Row[], { cases, repeatCases, children, describe, ...options }: CasesRepeatChildrenChartOptions<Row>) =>
  columns(rows, {
    ...options,
    tipFormat: describe,
    layers: [
      { y: cases, label: "Cases discussed (wide bar)", color: PRIMARY_FILL, className: "se-mark-cases" },
      { y: repeatCases, label: "of which repeat cases (narrow bar)", mark: "narrow", color: SECONDARY_FILL, className: "se-mark-repeat-cases" },
      { y: children, label: "Children in the household (dashed line)", mark: "line", color: INK, className: "se-mark-children" }
    ]
  });
