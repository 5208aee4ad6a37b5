// Charts the build drew into each page (scripts/prerender.ts). They are collected once, when this module loads and
// before Framework swaps the prerendered cells for live ones, so that a figure about to draw exactly the same chart
// (same figure, width, words and rows: the same signature) takes the drawn one instead of loading Plot to redraw it.

/** The attribute a figure's chart container carries: the signature of the chart drawn in it. */
export const CHART_SIGNATURE_ATTRIBUTE = "data-chart-signature";

const prerendered = collectPrerenderedCharts();

function collectPrerenderedCharts(): Map<string, Element> {
  const charts = new Map<string, Element>();
  if (typeof document === "undefined") return charts;
  for (const chart of document.querySelectorAll(`observablehq-loading[data-prerendered] [${CHART_SIGNATURE_ATTRIBUTE}]`)) {
    charts.set(chart.getAttribute(CHART_SIGNATURE_ATTRIBUTE) ?? "", chart);
  }
  return charts;
}

/** Returns, once, the nodes of the prerendered chart with this signature (moved out of the prerendered cell), or undefined. */
export function takePrerenderedChart(signature: string): Node[] | undefined {
  const chart = prerendered.get(signature);
  if (!chart) return undefined;
  prerendered.delete(signature);
  return [...chart.childNodes];
}

/** Returns what decides a chart's drawing: the figure, the width, its accessible name and description, and a hash of its rows. */
export function chartSignature(figureId: string, width: number, ariaLabel: string, ariaDescription: string, rows: readonly unknown[]): string {
  return `${figureId}:${width}:${fnv1a(JSON.stringify([ariaLabel, ariaDescription, rows]))}`;
}

// 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: enough to tell one default view of a figure from another.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
