// The table twin of a set of indicator tiles (headlineTiles), shared by the overview, children's social care and the
// board pack: the figure, its value, unit and period, what it is compared with, and the report line it was read from.
import type { TableColumn } from "../components/data-table.js";
import { formatNumber, formatUnitName } from "../lib/format.js";
import { textOrBlank } from "../lib/indicator-units.js";

type IndicatorTileRow = Record<string, any>;

const blankOrNumber = (value: number | null) => (value === null ? "" : formatNumber(value));

/** Returns the columns of indicator tiles' table twin; `qualifier` and `secondComparison` add the overview's columns. */
export function indicatorTileColumns({ qualifier = false, secondComparison = false } = {}): TableColumn<IndicatorTileRow>[] {
  return [
    { key: "label", label: "Figure" },
    ...(qualifier ? [{ key: "qualifier", label: "Qualifier", format: textOrBlank }] : []),
    { key: "value", label: "Value", format: formatNumber, numeric: true },
    { key: "unit", label: "Unit", format: formatUnitName },
    { key: "period", label: "Period" },
    { key: "comparison_label", label: "Compared with", format: textOrBlank },
    { key: "comparison_value", label: "Comparison value", format: blankOrNumber, numeric: true },
    ...(secondComparison
      ? [
          { key: "second_label", label: "Also compared with", format: textOrBlank },
          { key: "second_value", label: "Second comparison value", format: blankOrNumber, numeric: true }
        ]
      : []),
    { key: "source_line", label: "Report line", format: textOrBlank, numeric: true }
  ];
}
