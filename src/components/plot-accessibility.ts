/** Gives Plot's labelled <g> groups role="group": aria-label is not permitted on an element with no role (axe aria-prohibited-attr). */
export function labelMarkGroups<T extends Element>(chart: T): T {
  for (const group of chart.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  return chart;
}
