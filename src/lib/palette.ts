// The site's colours, set once: CSS variables of the Framework theme (so light and dark themes both work) and the
// name of one Plot categorical scheme. Pages and components take colours from here, never as literal hex.

/** The main series colour (the theme's focus blue). */
export const PRIMARY_FILL = "var(--theme-foreground-focus)";

/** A second series beside the main one (the theme's muted grey). */
export const SECONDARY_FILL = "var(--theme-foreground-muted)";

/** Text and outlines drawn on the page background. */
export const INK = "var(--theme-foreground)";

/** The page background, for text drawn on top of a coloured bar and for halos around labels. */
export const PAPER = "var(--theme-background)";

/** How a label is written over bars and grid lines: in ink, with a halo of the page background. */
export const LABEL_HALO = { fill: INK, stroke: PAPER, strokeWidth: 3, paintOrder: "stroke" } as const;

/** How a missing value is outlined: a dashed stroke in the foreground colour, never a filled bar. */
export const MISSING_STROKE = { stroke: "var(--theme-foreground)", strokeDasharray: "4,3" } as const;

/** Plot's categorical scheme for series with more than two members (agencies, reasons…). */
export const CATEGORY_SCHEME = "observable10";

// Workforce and budget, Board: status and RAG colours are CSS variables set in style.css for light and dark themes.
// Every one of them is paired with words on the page; colour is never the only way to read a status.

/** The fill of each business-plan status. */
export const STATUS_FILLS = {
  completed: "var(--se-status-completed)",
  carried_forward: "var(--se-status-carried-forward)",
  in_progress: "var(--se-status-in-progress)",
  not_stated: "var(--se-status-not-stated)"
} as const;

/** The colour of each RAG rating the Ofsted action plan prints, by its words. */
export const RAG_FILLS: Readonly<Record<string, string>> = {
  Completed: "var(--se-status-completed)",
  "Actions complete": "var(--se-status-completed)",
  "Good progress": "var(--se-rag-good)",
  "Some progress": "var(--se-status-carried-forward)"
};

/** The fill of each kind of step in a waterfall: totals, money in and money out. */
export const WATERFALL_FILLS = {
  total: "var(--theme-foreground-focus)",
  subtotal: "var(--theme-foreground-focus)",
  increase: "var(--se-rag-good)",
  decrease: "var(--se-money-out)"
} as const;
