// @vitest-environment jsdom
// The chart components drawn with Plot in jsdom: their text size, their ticks, their wrapping and their marks.
import * as PlotModule from "@observablehq/plot";
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/lib/plot.js", () => ({ Plot: PlotModule, loadPlot: async () => PlotModule }));
const { bars } = await import("../../src/components/bars.js");
const { columns } = await import("../../src/components/columns.js");
const { CHART_FONT_SIZE } = await import("../../src/components/chart-marks.js");
const { INK, PRIMARY_FILL, SECONDARY_FILL } = await import("../../src/lib/palette.js");

const NAMES = { ariaLabel: "A chart", ariaDescription: "What it shows." };
const svgOf = (node: Element) => (node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg")!);
const tickLabels = (node: Element, axis: "x" | "y") => [...svgOf(node).querySelectorAll(`g[aria-label='${axis}-axis tick label'] text`)].map((text) => text.textContent ?? "");
/** Every font size a chart's text is given: the SVG's own, and any set on a mark group or a text element. */
const fontSizes = (node: Element) => {
  const svg = svgOf(node);
  const sizes = [parseFloat((svg as SVGElement).style.fontSize)];
  for (const element of svg.querySelectorAll("[font-size]")) sizes.push(parseFloat(element.getAttribute("font-size")!));
  return sizes;
};

describe("bars", () => {
  const members = [
    { name: "Jane Stuart, LBC", attended: 1, meetings: 4, absent: 1 },
    { name: "Adele Chadwick, Beds Crown Prosecution Service (the four counts add up to 0, not 4)", attended: 0, meetings: 4, absent: 0 }
  ];
  const options = { label: (row: (typeof members)[number]) => row.name, value: "attended" as const, valueText: (row: (typeof members)[number]) => `${row.attended} of ${row.meetings}, ${row.absent} without apologies`, xDomain: [0, 1] as [number, number], ...NAMES };

  it("writes all its text at 12 px or more, at 320 px wide as at 928", () => {
    for (const width of [320, 390, 928]) for (const size of fontSizes(bars(members, { ...options, width }))) expect(size).toBeGreaterThanOrEqual(12);
    expect(CHART_FONT_SIZE).toBeGreaterThanOrEqual(12);
  });

  it("gives a count axis whole-number ticks only, even when the counts are 0 and 1", () => {
    expect(tickLabels(bars(members, { ...options, width: 390 }), "x")).toEqual(["0", "1"]);
  });

  it("wraps a value too long for the room beside its bar at 320 px, keeping its words", () => {
    const texts = [...svgOf(bars(members, { ...options, width: 320 })).querySelectorAll("text")];
    const value = texts.find((text) => text.textContent === "1 of 4, 1 without apologies")!;
    expect(value.querySelectorAll("tspan").length).toBeGreaterThan(1);
    expect(texts.some((text) => text.textContent === members[1]!.name)).toBe(true);
  });

  it("draws a missing value as a dashed outline with its words, never a bar of 0", () => {
    const chart = bars([{ bar_label: "Luton", value: null }, { bar_label: "England", value: 35 }], { valueFormat: (value) => `${value}%`, width: 640, ...NAMES });
    expect(chart.querySelectorAll("g.se-mark-missing[stroke-dasharray] rect").length).toBe(1);
    expect(chart.querySelectorAll("g.se-mark-value rect").length).toBe(1);
    expect([...chart.querySelectorAll("text")].map((text) => text.textContent)).toEqual(expect.arrayContaining(["no data", "35%", "Luton"]));
  });

  it("names bars on the axis as Plot names its tick labels, and marks a target with its words", () => {
    const rows = [{ period: "2011/12", cases: 244, caada: 290 }, { period: "2012/13", cases: 363, caada: 290 }];
    const chart = bars(rows, { label: "period", labelPosition: "axis", value: "cases", target: "caada", targetLabel: (row) => `CAADA: ${row.caada}`, width: 390, ...NAMES });
    expect(tickLabels(chart, "y")).toEqual(["2011/12", "2012/13"]);
    expect([...chart.querySelectorAll("text")].filter((text) => text.textContent === "CAADA: 290").length).toBe(2);
  });
});

describe("bars in series", () => {
  it("names each group on the axis, each bar in its value words, a missing one as no data, and a starred one in a note", () => {
    const rows = [{ quarter: "Q1", area: 53, agency: 110 }, { quarter: "Q4", area: 41, agency: null }];
    const chart = bars(rows, {
      group: "quarter",
      series: [{ key: "area", label: "By area" }, { key: "agency", label: "By agency" }],
      note: (row, series) => (row.quarter === "Q4" && series.key === "area" ? "one blank cell" : null),
      width: 390,
      ...NAMES
    });
    const texts = [...chart.querySelectorAll("svg text")].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Q1", "Q4", "By area: 53", "By agency: 110", "By area: 41*", "By agency: no data"]));
    expect(chart.querySelectorAll("g.se-mark-missing[stroke-dasharray] rect").length).toBe(1);
    expect(chart.querySelectorAll("g.se-mark-value rect").length).toBe(3);
    expect(chart.querySelector(".se-chart-notes")?.textContent).toBe("* Q4, By area: one blank cell");
  });
});

describe("columns", () => {
  it("gives small counts whole-number ticks (no 0.5 after a filter) and writes its text at 12 px or more", () => {
    const rows = [{ month: "2012-04", referrals: 1 }, { month: "2012-05", referrals: 0 }, { month: "2012-06", referrals: 2 }];
    const chart = columns(rows, { x: "month", y: "referrals", width: 390, height: 260, ...NAMES });
    const ticks = tickLabels(chart, "y");
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual(["0", "1", "2"]);
    for (const size of fontSizes(chart)) expect(size).toBeGreaterThanOrEqual(12);
  });

  it("leaves room at 320 px for period names turned 45°, so none is cut at the chart's left or bottom edge", () => {
    const rows = ["2011/12 Q1", "2011/12 Q2", "2012/13 Q1"].map((period) => ({ period, cafs: 10 }));
    const svg = svgOf(columns(rows, { x: "period", y: "cafs", width: 320, ...NAMES }));
    const names = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")];
    expect(names.map((text) => text.textContent)).toEqual(["2011/12 Q1", "2011/12 Q2", "2012/13 Q1"]);
    const height = Number(svg.getAttribute("height"));
    // The x axis sits marginBottom above the foot; a 45° name of 10 characters (78 px) reaches about 0.71 × 78 px below it.
    const axisY = Number(/translate\([^,]+,([\d.]+)\)/.exec(svg.querySelector("g[aria-label='x-axis tick label']")!.getAttribute("transform")!)![1]);
    expect(height - axisY).toBeGreaterThan(0.71 * 78 + 12); // and the tick and its padding above the name
  });

  it("draws layers as they are named in the legend, in order, the dashed line's swatch with the line's own dashes", () => {
    const chart = columns([{ month: "2012-04", cases: 23, repeat: 5, children: 30 }], {
      x: "month",
      layers: [
        { y: "cases", label: "Cases discussed (wide bar)", color: PRIMARY_FILL, className: "se-mark-cases" },
        { y: "repeat", label: "of which repeat cases (narrow bar)", mark: "narrow", color: SECONDARY_FILL, className: "se-mark-repeat-cases" },
        { y: "children", label: "Children in the household (dashed line)", mark: "line", color: INK, className: "se-mark-children" }
      ],
      width: 640,
      ...NAMES
    });
    const line = chart.querySelector(".se-mark-children")!;
    expect(line.getAttribute("stroke-dasharray")).toBe("6,3");
    const swatch = chart.querySelector<HTMLElement>(".se-legend__swatch--line")!;
    expect(swatch.style.background).toContain("repeating-linear-gradient");
    expect(swatch.style.background).toContain("6px");
    expect([...chart.querySelectorAll(".se-legend li")].map((item) => item.textContent)).toEqual(["Cases discussed (wide bar)", "of which repeat cases (narrow bar)", "Children in the household (dashed line)"]);
  });

  describe("with periods on a time axis", () => {
    const period = (measure: string, label: string, start: string | null, end: string | null, share: number) => ({
      measure, period: label, start: start === null ? null : new Date(start), end: end === null ? null : new Date(end), share
    });
    const rows = [
      period("Second plans", "2011", "2011-01-01", "2011-12-31", 10.5),
      period("Second plans", "2011/12", "2011-04-01", "2012-03-31", 11.8),
      period("Second plans", "31 Mar 2013", "2013-03-31", "2013-03-31", 17.6),
      period("Second plans", "nine months (dates not stated)", null, null, 12)
    ];
    const draw = (width: number) => columns(rows, { x: "start", y: "share", series: "measure", periods: { end: "end", label: "period" }, width, valueFormat: (value) => `${value}%`, ...NAMES });

    it("draws each period across its own dates, so a calendar year and the financial year it overlaps are drawn as they overlap", () => {
      const spans = [...svgOf(draw(640)).querySelectorAll(".se-mark-period line")].map((line) => [Number(line.getAttribute("x1")), Number(line.getAttribute("x2"))]);
      expect(spans).toHaveLength(2);
      const [calendar, financial] = spans as [[number, number], [number, number]];
      // 2011 starts a quarter before 2011/12 and ends a quarter before it: same length, shifted by three months.
      expect(calendar[0]).toBeLessThan(financial[0]);
      expect(financial[0]).toBeLessThan(calendar[1]);
      expect(calendar[1]).toBeLessThan(financial[1]);
      expect(Math.abs(calendar[1] - calendar[0] - (financial[1] - financial[0]))).toBeLessThan(1.5);
    });

    it("draws a single day as a dot, ticks on each 1 April, and lists a period without dates under the chart instead of guessing", () => {
      const chart = draw(640);
      expect(svgOf(chart).querySelectorAll(".se-mark-point circle")).toHaveLength(1);
      expect(tickLabels(chart, "x")).toEqual(["1 Apr 2010", "1 Apr 2011", "1 Apr 2012", "1 Apr 2013"]);
      expect([...chart.querySelectorAll(".se-chart-notes li")].map((item) => item.textContent)).toEqual([
        "Second plans, nine months (dates not stated): 12%, not placed on the axis (the report gives no dates for it)."
      ]);
      for (const size of fontSizes(chart)) expect(size).toBeGreaterThanOrEqual(12);
    });
  });
});
