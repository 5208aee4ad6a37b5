import { Plot } from "../lib/plot.js";

/** Returns a Plot text mark writing each name in bold above its own `fy` block, `dx` pixels from the block's left edge. */
export function blockTitles(names: readonly string[], { dx = 0 }: { dx?: number } = {}) {
  return Plot.text(names as string[], { fy: (name: string) => name, text: (name: string) => name, frameAnchor: "top-left", dx, dy: -8, lineAnchor: "bottom", fontWeight: "bold", fontSize: 12, fill: "currentColor" });
}
