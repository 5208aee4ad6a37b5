// labelMarkGroups is one of the shared pieces in chart-marks.ts; this alias goes with the other chart aliases.
export { labelMarkGroups } from "./chart-marks.js";

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
