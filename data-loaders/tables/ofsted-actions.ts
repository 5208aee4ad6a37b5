import { ReportFormatError } from "../errors.js";
import { isBlankLine, splitCells, trimTrailingEmptyCells } from "../report/cells.js";
import { findTable } from "../report/find-table.js";
import { stripMarkup } from "../report/markup.js";
import { rejoinText } from "../report/page-breaks.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { shorten } from "../report/short-text.js";
import { defineTable } from "../table-definition.js";

/** The contract name errors use for the action plan. */
export const OFSTED_ACTIONS_TABLE = "ofsted_actions";

/** The themes of the action plan, as the contract names them. */
export const OFSTED_THEMES = ["Cross cutting", "Safeguarding", "Looked after children"] as const;

/** The leading judgements a Rag rating cell may open with, as printed. */
export const RAG_JUDGEMENTS = ["Good progress", "Some progress", "Completed", "Actions complete"] as const;

/** A theme of the action plan. */
export type OfstedTheme = (typeof OFSTED_THEMES)[number];

/** The timescale Ofsted set, normalised to words. */
export type OfstedTimescale = "Within three months" | "Within six months";

/** One printed line of an action, with the raw cells it contributed (a page break splits an action over several). */
export interface OfstedActionFragment {
  line: number;
  recommendation: string;
  progress: string;
  rag: string;
}

/** One Ofsted recommendation with its February 2013 progress, and the printed lines it was read from. */
export interface OfstedAction {
  actionNo: number;
  theme: OfstedTheme;
  timescale: OfstedTimescale;
  recommendation: string;
  progress: string | null;
  ragRating: string | null;
  ragCommentary: string | null;
  line: number;
  fragments: OfstedActionFragment[];
}

/** An ofsted_actions row: one recommendation, its progress and its RAG judgement. */
export type OfstedActionRow = {
  action_no: number;
  theme: string;
  timescale: string;
  recommendation: string;
  progress: string | null;
  rag_rating: string | null;
  rag_commentary: string | null;
  source_line: number;
};

const THEME_LABELS: readonly [RegExp, OfstedTheme][] = [
  [/^Cross Cutting(?: Actions)?$/i, "Cross cutting"],
  [/^Safeguarding$/i, "Safeguarding"],
  [/^Looked After Children$/i, "Looked after children"]
];

// The report writes both "Within three months" and "Within 3 months".
const TIMESCALE_LABELS: readonly [RegExp, OfstedTimescale][] = [
  [/^Within (?:three|3) months$/i, "Within three months"],
  [/^Within (?:six|6) months$/i, "Within six months"]
];

const WIDTH = 3;

/** Reads "Appendix 4 :Safeguarding and Looked After Children Action Plan": every recommendation under its theme and timescale, page-break fragments rejoined. */
export function parseOfstedActionPlan(report: ReportText): OfstedAction[] {
  const table = OFSTED_ACTIONS_TABLE;
  const { headerLine } = findTable(report, {
    table,
    caption: /^Appendix\s*\d+\s*:\s*Safeguarding and Looked After Children Action Plan\s*$/i,
    header: ["Recommendation", /^Progress\b/, /^Rag rating$/i]
  });
  const pending: { theme: OfstedTheme; timescale: OfstedTimescale; fragments: OfstedActionFragment[] }[] = [];
  let theme: OfstedTheme | null = null;
  let timescale: OfstedTimescale | null = null;
  let open = false;
  let afterBlank = false;
  let line = headerLine + 1;
  for (; line <= report.lines.length; line++) {
    const text = lineAt(report, line);
    if (isBlankLine(text)) {
      afterBlank = true;
      continue;
    }
    const cells = splitCells(text);
    const labelCells = trimTrailingEmptyCells(cells);
    const themeLabel = labelCells.length === 1 ? matchLabel(THEME_LABELS, labelCells[0]!) : null;
    const timescaleLabel = labelCells.length === 1 ? matchLabel(TIMESCALE_LABELS, labelCells[0]!) : null;
    if (themeLabel || timescaleLabel) {
      if (themeLabel) [theme, timescale] = [themeLabel, null];
      else timescale = timescaleLabel;
      open = false;
      afterBlank = false;
      continue;
    }
    // The plan ends where a line of prose follows a blank line: here the "References" heading.
    if (afterBlank && !text.includes("\t")) break;
    const action = open ? pending.at(-1) : undefined;
    const row = shorten(stripMarkup(cells[0] ?? "") || stripMarkup(action?.fragments[0]?.recommendation ?? ""), 40);
    if (cells.length !== WIDTH) throw new ReportFormatError({ table, line, row }, `${WIDTH} cells or a theme or timescale heading`, `${cells.length} cells`);
    const fragment: OfstedActionFragment = { line, recommendation: cells[0]!, progress: cells[1]!, rag: cells[2]! };
    // A page break cuts an action in two: the rest starts with an empty Recommendation cell or mid-sentence ("wishes and feelings").
    const continues = cells[0] === "" || /^\p{Ll}/u.test(stripMarkup(cells[0]!));
    afterBlank = false;
    if (continues) {
      if (!action) throw new ReportFormatError({ table, line, row, column: "Recommendation" }, "a recommendation", JSON.stringify(cells[0]));
      action.fragments.push(fragment);
      continue;
    }
    if (labelCells.length === 1) {
      throw new ReportFormatError({ table, line, row }, "a theme (Cross Cutting Actions, Safeguarding, Looked After Children) or timescale (Within three/six months) heading", JSON.stringify(labelCells[0]));
    }
    if (!theme) throw new ReportFormatError({ table, line, row }, "a theme heading before the first action", "none");
    if (!timescale) throw new ReportFormatError({ table, line, row }, `a timescale heading under the theme ${JSON.stringify(theme)}`, "none");
    pending.push({ theme, timescale, fragments: [fragment] });
    open = true;
  }
  for (const expected of OFSTED_THEMES) {
    if (!pending.some((action) => action.theme === expected)) {
      throw new ReportFormatError({ table, line: Math.min(line, report.lines.length), row: expected }, `at least one action under the theme ${JSON.stringify(expected)}`, "none");
    }
  }
  return pending.map(({ theme, timescale, fragments }, index) => ({ actionNo: index + 1, theme, timescale, line: fragments[0]!.line, fragments, ...readAction(fragments) }));
}

function readAction(fragments: readonly OfstedActionFragment[]) {
  const join = (key: "recommendation" | "progress" | "rag") => fragments.map((fragment) => fragment[key]).reduce(rejoinText);
  // ". NHS Bedfordshire and Luton must ensure…": a full stop left over from a lost list marker, not part of the text.
  const recommendation = stripMarkup(join("recommendation")).replace(/^[.\s]+/, "");
  const progress = stripMarkup(join("progress")) || null;
  return { recommendation, progress, ...splitRagCell(stripMarkup(join("rag"))) };
}

/** Returns the leading judgement of a Rag rating cell ("Good progress") and the commentary after it; a cell without a known judgement has a null rating. */
export function splitRagCell(text: string): { ragRating: string | null; ragCommentary: string | null } {
  const judgement = RAG_JUDGEMENTS.find((candidate) => new RegExp(`^${candidate}\\b`, "i").test(text));
  if (!judgement) return { ragRating: null, ragCommentary: text || null };
  const commentary = text.slice(judgement.length).replace(/^[\s.:–-]+/, "");
  return { ragRating: text.slice(0, judgement.length), ragCommentary: commentary || null };
}

function matchLabel<T>(labels: readonly (readonly [RegExp, T])[], cell: string): T | null {
  return labels.find(([pattern]) => pattern.test(cell))?.[1] ?? null;
}

/** ofsted_actions: the Ofsted 2012 recommendations with the February 2013 progress update and RAG judgement, in report order. */
export const ofstedActions = defineTable<OfstedActionRow>({
  name: OFSTED_ACTIONS_TABLE,
  title: "Safeguarding and Looked After Children action plan (Ofsted 2012)",
  description:
    "One row per Ofsted recommendation of the March 2012 inspection, in report order, with the progress reported in February 2013 and the RAG judgement. Actions are not numbered in the report; action_no counts them in order.",
  sourceSection: "Appendix 4 :Safeguarding and Looked After Children Action Plan",
  columns: [
    { name: "action_no", type: "INTEGER", description: "Position of the recommendation in the plan, 1 to n in report order (the report prints no numbers)." },
    { name: "theme", type: "VARCHAR", description: "Cross cutting, Safeguarding or Looked after children." },
    { name: "timescale", type: "VARCHAR", description: "'Within three months' or 'Within six months' ('3' and '6' written as words)." },
    { name: "recommendation", type: "VARCHAR", description: "The Ofsted recommendation as printed, markup removed." },
    { name: "progress", type: "VARCHAR", description: "Progress at February 2013 as plain text, one paragraph or list item per line." },
    { name: "rag_rating", type: "VARCHAR", description: "The judgement opening the Rag rating cell: Good progress, Some progress, Completed or Actions complete; NULL if none." },
    { name: "rag_commentary", type: "VARCHAR", description: "The rest of the Rag rating cell after the judgement; NULL when empty." },
    { name: "source_line", type: "INTEGER", description: "Report line the recommendation starts on." }
  ],
  parse: (report) =>
    parseOfstedActionPlan(report).map((action) => ({
      action_no: action.actionNo,
      theme: action.theme,
      timescale: action.timescale,
      recommendation: action.recommendation,
      progress: action.progress,
      rag_rating: action.ragRating,
      rag_commentary: action.ragCommentary,
      source_line: action.line
    }))
});
