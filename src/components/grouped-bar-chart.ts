import type * as PlotTypes from "npm:@observablehq/plot";
import { Plot } from "../lib/plot.js";
import { blockTitles } from "./block-titles.js";
import { labelMarkGroups } from "./plot-accessibility.js";

/** Options of a grouped horizontal bar chart: one block per category, one labelled bar per group in it. */
export interface GroupedBarChartOptions<Row> {
  /** The field naming each block (written above it): a referral reason, a health check. */
  category: keyof Row & string;
  /** The field naming each bar in a block (written beside it): a year, a series. */
  group: keyof Row & string;
  value: keyof Row & string;
  width: number;
  /** The groups in order, with the fill of each (CSS variables); default every group in the data, latest darkest. */
  groups?: readonly { name: string; fill: string }[];
  valueFormat?: (value: number) => string;
  /** What a bar with no value says instead: the report gives no figure. */
  missingLabel?: string;
  xLabel?: string | null;
  xDomain?: [number, number];
  ariaLabel: string;
  ariaDescription: string;
}

const BAR_HEIGHT = 24;
const BLOCK_GAP = 34;
const FILLS = ["var(--theme-foreground-muted)", "var(--theme-foreground-focus)"];

/**
 * Draws a block of horizontal bars per category, each bar named by its group on the axis and labelled with its
 * value at its end (so colour is never the only way to tell groups apart); a null value draws no bar but says so.
 */
export function groupedBarChart<Row extends Record<string, unknown>>(rows: readonly Row[], options: GroupedBarChartOptions<Row>): SVGSVGElement | HTMLElement {
  const { category, group, value, width, valueFormat = (x: number) => String(x), missingLabel = "not stated", xLabel = null, xDomain, ariaLabel, ariaDescription } = options;
  const categories = [...new Set(rows.map((row) => String(row[category])))];
  const groups = options.groups ?? [...new Set(rows.map((row) => String(row[group])))].map((name, index, all) => ({ name, fill: FILLS[Math.min(FILLS.length - 1, FILLS.length - all.length + index)] ?? FILLS[1]! }));
  const marginLeft = Math.min(140, Math.max(48, 8 + 7 * Math.max(...groups.map((entry) => entry.name.length))));
  const height = 32 + categories.length * (groups.length * BAR_HEIGHT + BLOCK_GAP);
  const number = (row: Row) => (typeof row[value] === "number" ? (row[value] as number) : null);
  const known = rows.filter((row) => number(row) !== null) as Row[];
  return labelMarkGroups(
    Plot.plot({
      width,
      height,
      marginTop: 28,
      marginLeft,
      marginRight: 64,
      ariaLabel,
      ariaDescription,
      x: { label: xLabel, grid: true, nice: true, ...(xDomain ? { domain: xDomain } : {}) },
      y: { label: null, domain: groups.map((entry) => entry.name), padding: 0.15 },
      fy: { label: null, domain: categories, axis: null, padding: BLOCK_GAP / (groups.length * BAR_HEIGHT + BLOCK_GAP) },
      color: { domain: groups.map((entry) => entry.name), range: groups.map((entry) => entry.fill) },
      marks: [
        Plot.barX(known, { x: value, y: group, fy: category, fill: group, tip: { format: { fy: false, fill: false } } } as PlotTypes.BarXOptions),
        Plot.text(rows as Row[], {
          x: (row: Row) => number(row) ?? 0,
          y: group,
          fy: category,
          text: (row: Row) => {
            const shown = number(row);
            return shown === null ? missingLabel : valueFormat(shown);
          },
          textAnchor: "start",
          dx: 4,
          fill: "currentColor"
        }),
        blockTitles(categories, { dx: -marginLeft }),
        Plot.ruleX([0])
      ]
    })
  );
}
