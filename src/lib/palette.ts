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

/** How a missing value is outlined: a dashed stroke in the foreground colour, never a filled bar. */
export const MISSING_STROKE = { stroke: "var(--theme-foreground)", strokeDasharray: "4,3" } as const;

/** Plot's categorical scheme for series with more than two members (agencies, reasons…). */
export const CATEGORY_SCHEME = "observable10";
