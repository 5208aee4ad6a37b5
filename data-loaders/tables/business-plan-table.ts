import { ReportFormatError } from "../errors.js";
import { findTable } from "../report/find-table.js";
import { stripMarkup } from "../report/markup.js";
import { rejoinLabel, rejoinText } from "../report/page-breaks.js";
import { lineAt, type ReportText } from "../report/report-text.js";
import { shorten } from "../report/short-text.js";
import { expectRepeatedHeader, readTableBody } from "../report/table-body.js";

/** The contract name errors use for the business plan. */
export const BUSINESS_PLAN_TABLE = "business_plan";

/** The business plan's header labels as printed, repeated at the top of every page. */
export const BUSINESS_PLAN_HEADER = ["Objective", "Key Tasks", "Responsibility", "Outcome Required", "Completion Date", "Priority RAG Rating"] as const;

/** One objective row of the plan, as plain text; a cell's tasks are one per line. */
export interface BusinessPlanObjective {
  objective: string;
  keyTasks: string | null;
  responsibility: string | null;
  outcomeRequired: string | null;
  completion: string | null;
  /** The first report line of the objective. */
  line: number;
}

/** One of the plan's priorities: its number, its heading text and its objectives. */
export interface BusinessPlanPriority {
  priorityNo: number;
  /** False where the report prints the heading without its number (priorities 2 and 6). */
  numbered: boolean;
  text: string;
  /** The Priority RAG Rating cell as plain text: the rating was a coloured bullet, so the text is usually empty. */
  ragRating: string;
  line: number;
  objectives: BusinessPlanObjective[];
}

/** The business plan: how many priorities the introduction announces, and the priorities the table lists. */
export interface BusinessPlan {
  statedPriorityCount: { count: number; line: number } | null;
  priorities: BusinessPlanPriority[];
}

const [OBJECTIVE, KEY_TASKS, RESPONSIBILITY, OUTCOME, COMPLETION, RAG] = [0, 1, 2, 3, 4, 5] as const;
const WIDTH = BUSINESS_PLAN_HEADER.length;

interface OpenObjective {
  line: number;
  cells: string[];
}

/** Reads "Appendix 1: The LSCB Annual Business Plan 2012-2013" into its priorities and their objective rows, page-break fragments and task lines merged (rules below). */
export function parseBusinessPlan(report: ReportText): BusinessPlan {
  const table = BUSINESS_PLAN_TABLE;
  const { captionLine, headerLine, headerCells } = findTable(report, {
    table,
    caption: /^The LSCB Annual Business Plan 2012-2013$/i,
    header: BUSINESS_PLAN_HEADER,
    // The list of priorities and the RAG legend stand between the caption and the header.
    maxLinesToHeader: 20
  });
  if (headerCells.length !== WIDTH) throw new ReportFormatError({ table, line: headerLine, row: "header" }, `${WIDTH} header labels`, String(headerCells.length));

  // How lines merge (the PDF's rows are cut by page breaks and its cells hold several tasks):
  // - A priority heading is a line whose only cells are the heading and the Priority RAG Rating
  //   cell (a bullet or list tag: the rating itself was a colour).
  // - A line with an empty Objective cell is another task of the objective above: each of its
  //   non-empty cells is added to that objective's cell on a new line, so key_tasks lists one
  //   task per line and responsibility, outcome_required and completion keep one line per task
  //   that fills them. Such lines never become rows of their own.
  // - The first line after a repeated page header whose Responsibility cell is empty finishes
  //   the row the page break cut ("Agree a clear budget plan" / "for the LSCB."): the Objective
  //   cell is joined with a space, other cells with a space when they carry on a sentence and on
  //   a new line otherwise (rejoinText). In this report every objective that starts a page names
  //   who is responsible.
  // - A line whose Objective cell is only a list item ("<ul …> Trafficked") and whose other cells
  //   are empty is one more item of the objective above ("Ensure that the welfare of all
  //   vulnerable groups … e.g."), not an objective of its own.
  const priorities: BusinessPlanPriority[] = [];
  let open: OpenObjective | null = null;
  const close = () => {
    if (open) priorities.at(-1)!.objectives.push(readObjective(open));
    open = null;
  };
  let afterPageHeader = false;
  // The plan ends where prose follows a blank line: the "LSCB Meetings" heading.
  for (const bodyLine of readTableBody(report, { firstLine: headerLine + 1 }).lines) {
    const { cells, line } = bodyLine;
    if (cells[0] === BUSINESS_PLAN_HEADER[0]) {
      expectRepeatedHeader(bodyLine, table, BUSINESS_PLAN_HEADER);
      afterPageHeader = true;
      continue;
    }
    const firstAfterPageHeader = afterPageHeader;
    afterPageHeader = false;
    const row = shorten(stripMarkup(cells[OBJECTIVE] ?? "") || stripMarkup(cells[KEY_TASKS] ?? ""), 40);
    if (cells.length !== WIDTH) throw new ReportFormatError({ table, line, row }, `${WIDTH} cells`, String(cells.length));
    const taskCellsEmpty = [KEY_TASKS, RESPONSIBILITY, OUTCOME, COMPLETION].every((column) => cells[column] === "");

    if (taskCellsEmpty && cells[RAG] !== "") {
      close();
      priorities.push(readPriority(cells, line, priorities.length + 1));
      continue;
    }
    if (cells[RAG] !== "") {
      throw new ReportFormatError({ table, line, row, column: BUSINESS_PLAN_HEADER[RAG] }, "a blank cell on an objective row (ratings sit on priority headings)", JSON.stringify(cells[RAG]));
    }
    const current = open as OpenObjective | null;
    const cutByPageBreak = firstAfterPageHeader && cells[RESPONSIBILITY] === "";
    const listItem = taskCellsEmpty && /^(?:<[uo]l\b|[•○])/i.test(cells[OBJECTIVE]!);
    if (current && (cutByPageBreak || listItem)) {
      current.cells = current.cells.map((before, column) => (column === OBJECTIVE ? rejoinLabel(before, cells[column]!) : rejoinText(before, cells[column]!)));
    } else if (cells[OBJECTIVE] === "") {
      if (!current) throw new ReportFormatError({ table, line, row, column: BUSINESS_PLAN_HEADER[OBJECTIVE] }, "an objective before its tasks", '""');
      current.cells = current.cells.map((before, column) => [before, cells[column]!].filter((cell) => cell !== "").join("\n"));
    } else {
      if (priorities.length === 0) throw new ReportFormatError({ table, line, row }, "a priority heading before the first objective", "none");
      close();
      open = { line, cells: [...cells] };
    }
  }
  close();
  return { statedPriorityCount: findStatedPriorityCount(report, captionLine, headerLine), priorities };
}

function readPriority(cells: readonly string[], line: number, position: number): BusinessPlanPriority {
  const heading = stripMarkup(cells[OBJECTIVE]!);
  if (heading === "") throw new ReportFormatError({ table: BUSINESS_PLAN_TABLE, line, row: `priority ${position}`, column: BUSINESS_PLAN_HEADER[OBJECTIVE] }, "the priority's heading", '""');
  // "5.To ensure the Children's workforce…" has no space after the number; "To promote participation…" has no number at all.
  const match = /^(\d+)\.\s*/.exec(heading);
  if (match && Number(match[1]) !== position) {
    throw new ReportFormatError({ table: BUSINESS_PLAN_TABLE, line, row: shorten(heading, 40), column: BUSINESS_PLAN_HEADER[OBJECTIVE] }, `priority number ${position}`, match[1]!);
  }
  return { priorityNo: position, numbered: match !== null, text: heading.slice(match?.[0].length ?? 0), ragRating: stripMarkup(cells[RAG]!), line, objectives: [] };
}

function readObjective({ line, cells }: OpenObjective): BusinessPlanObjective {
  const text = (column: number) => stripMarkup(cells[column]!) || null;
  return {
    objective: stripMarkup(cells[OBJECTIVE]!),
    keyTasks: text(KEY_TASKS),
    responsibility: text(RESPONSIBILITY),
    outcomeRequired: text(OUTCOME),
    completion: text(COMPLETION),
    line
  };
}

/** "The LSCB has identified the following 7 priorities for its 2012/2013 Business Plan". */
function findStatedPriorityCount(report: ReportText, from: number, to: number): { count: number; line: number } | null {
  for (let line = from; line < to; line++) {
    const match = /\bfollowing (\d+) priorities\b/i.exec(lineAt(report, line));
    if (match) return { count: Number(match[1]), line };
  }
  return null;
}
