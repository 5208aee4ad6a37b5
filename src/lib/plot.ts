// Plot is loaded on demand, not with the page: a chart the build prerendered (src/lib/prerendered-charts.ts) is shown
// as it is, so a page drawn at the width it was prerendered for needs no Plot to be drawn (a page with filters loads
// it after its first frame, for the first change: src/figures/show.ts). Chart components call `Plot.*`
// through the live binding below, which is set once loadPlot() has resolved.
import type * as PlotModule from "npm:@observablehq/plot";

/** The Plot module, once loadPlot() has resolved (a chart component is only called after that). */
export let Plot: typeof PlotModule;

let loading: Promise<typeof PlotModule> | undefined;

/** Loads Plot once and returns it; every chart drawn in the browser waits for this first. */
export function loadPlot(): Promise<typeof PlotModule> {
  return (loading ??= import("npm:@observablehq/plot").then((module) => (Plot = module)));
}
