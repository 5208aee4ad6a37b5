/** One entry of a chart legend: its words, its colour, and how its swatch is drawn. */
export interface LegendItem {
  label: string;
  color: string;
  /** "bar" a filled square (default), "narrow" a thin filled bar, "line" a line with a dot, "dashed" a dashed outline. */
  swatch?: "bar" | "narrow" | "line" | "dashed";
}

/** Returns a legend as an HTML list (no SVG), each entry a swatch followed by its label. */
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
  for (const { label, color, swatch = "bar" } of items) {
    const item = document.createElement("li");
    const mark = document.createElement("span");
    mark.className = `se-legend__swatch se-legend__swatch--${swatch}`;
    mark.setAttribute("aria-hidden", "true");
    mark.style.setProperty("--se-swatch-color", color);
    item.append(mark, label);
    list.append(item);
  }
  legend.append(list);
  return legend;
}
