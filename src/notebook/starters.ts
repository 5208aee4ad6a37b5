// The notebooks /notebook offers to start from, each written from the report as JSON (src/notebook/starters/; a unit
// test runs them in DuckDB and checks their numbers against the report's text).
import { FileAttachment } from "observablehq:stdlib";
import type { Notebook } from "./model.js";
import { validateNotebook } from "./validate.js";

/** A starter notebook: its key, its title for the menu, and how to read it. */
export interface StarterNotebook {
  key: string;
  title: string;
  read(): Promise<Notebook>;
}

// FileAttachment needs literal paths.
const read = (file: () => ReturnType<typeof FileAttachment>) => async () => validateNotebook(await file().json());

/** The starter notebooks, in the order the page offers them. */
export const STARTER_NOTEBOOKS: readonly StarterNotebook[] = [
  { key: "marac-months", title: "MARAC volumes month by month, with the repeat-case share", read: read(() => FileAttachment("./starters/marac-months.json")) },
  { key: "caf-areas", title: "CAFs by area and quarter, with the change on the year", read: read(() => FileAttachment("./starters/caf-areas.json")) },
  { key: "child-protection", title: "Child protection and referral indicators over the report's periods", read: read(() => FileAttachment("./starters/child-protection.json")) }
];
