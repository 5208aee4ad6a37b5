// Runs a notebook's cells in dependency order against a database that keeps each named result as a view. Re-running a
// cell re-runs exactly the cells downstream of it; a failed cell keeps its error, and the cells that read it wait,
// saying for which cell. Reader SQL is checked read-only (src/lib/read-only-sql.ts) before it runs; only the engine
// itself writes `CREATE OR REPLACE TEMP VIEW`, around SQL that passed that check.
import type { QueryRow } from "../lib/database.js";
import { formatMonth, formatNumber, NO_DATA } from "../lib/format.js";
import { assertReadOnlySql, tokenizeSql } from "../lib/read-only-sql.js";
import type { ResultColumn } from "../lib/sql-runner.js";
import { downstreamOf, planNotebook, type NotebookPlan } from "./graph.js";
import { parseMarkdown, type Block, type Inline } from "./markdown.js";
import { describeCell, type Cell, type ChartCell, type Notebook } from "./model.js";
import { substituteSelections, type Selection, type SelectionValue } from "./sql-names.js";
import { compileSteps } from "./steps.js";

/** A cell's result: rows (at most the cap), columns, and whether rows were cut. */
export interface CellResult {
  rows: QueryRow[];
  columns: ResultColumn[];
  truncated: boolean;
}

/**
 * What the engine needs from DuckDB: define a named view from checked SQL, read a view (capped), drop a view; and,
 * where a round trip costs (a worker), both of the first at once: the view defined, then read, its rows or the
 * definition's error.
 */
export interface NotebookDatabase {
  defineView(name: string, sql: string): Promise<void>;
  readView(name: string): Promise<CellResult>;
  dropView(name: string): Promise<void>;
  defineAndReadView?(name: string, sql: string): Promise<CellResult>;
}

/** Where a cell stands: not run yet, running, done (with what it shows), failed, or waiting for a failed cell. */
export type CellState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "ok"; result?: CellResult; sql?: string; blocks?: Block[]; elapsedMs: number }
  | { status: "error"; message: string; sql?: string }
  | { status: "waiting"; message: string };

// A query started before its cell's turn (see NotebookEngine's #startAhead): for which cell, with which SQL, since when.
interface Ahead {
  id: string;
  sql: string;
  result: Promise<CellResult>;
  settled: Promise<void>;
  started: number;
}

/** Runs a notebook's cells and tells `onChange` each time a cell's state changes. */
export class NotebookEngine {
  #notebook: Notebook = { version: 1, cells: [] };
  #plan: NotebookPlan = { cells: new Map(), order: [] };
  #states = new Map<string, CellState>();
  #runs = new Map<string, number>();
  #selections = new Map<string, Selection>();
  #views = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();
  #ahead: Ahead | undefined;

  constructor(
    private readonly database: NotebookDatabase,
    private readonly tables: readonly string[],
    private readonly onChange: (id: string, state: CellState) => void = () => undefined
  ) {}

  /** Replaces the notebook (an edit, a move, a new cell) without running anything; returns its plan. */
  setNotebook(notebook: Notebook): NotebookPlan {
    this.#notebook = notebook;
    this.#plan = planNotebook(notebook, this.tables);
    for (const id of [...this.#states.keys()]) if (!this.#plan.cells.has(id)) this.#states.delete(id);
    return this.#plan;
  }

  /** The notebook's plan: each cell's reads and errors, and the order cells run in. */
  get plan(): NotebookPlan {
    return this.#plan;
  }

  /** Returns a cell's state. */
  state(id: string): CellState {
    return this.#states.get(id) ?? { status: "idle" };
  }

  /** Returns how many times a cell has run since the page opened. */
  runCount(id: string): number {
    return this.#runs.get(id) ?? 0;
  }

  /** Returns the named selection a chart's brush set, if any. */
  selection(name: string): Selection | undefined {
    return this.#selections.get(name.toLowerCase());
  }

  /** Runs every cell in order; resolves with the ids run. */
  runAll(): Promise<string[]> {
    return this.#enqueue(async () => {
      await this.#dropUndefinedViews();
      return this.#run(this.#plan.order);
    });
  }

  /** Runs a cell and exactly the cells downstream of it, in order; resolves with the ids run. */
  runCell(id: string): Promise<string[]> {
    return this.#enqueue(async () => {
      await this.#dropUndefinedViews();
      return this.#run(downstreamOf(this.#plan, id));
    });
  }

  /** Runs the given cells and every cell downstream of any of them, each once, in order; resolves with the ids run. */
  runCells(ids: readonly string[]): Promise<string[]> {
    return this.#enqueue(async () => {
      await this.#dropUndefinedViews();
      const affected = new Set(ids.flatMap((id) => (this.#plan.cells.has(id) ? downstreamOf(this.#plan, id) : [])));
      return this.#run(this.#plan.order.filter((id) => affected.has(id)));
    });
  }

  /** Sets the selection a chart cell's brush makes and runs the cells downstream of the chart (not the chart). */
  setSelection(chartId: string, selection: Selection): Promise<string[]> {
    const cell = this.#cell(chartId);
    if (cell?.type !== "chart" || !cell.brush) return Promise.resolve([]);
    this.#selections.set(cell.brush.toLowerCase(), selection);
    return this.#enqueue(() => this.#run(downstreamOf(this.#plan, chartId).filter((id) => id !== chartId)));
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #run(ids: readonly string[]): Promise<string[]> {
    try {
      for (const [index, id] of ids.entries()) await this.#runOne(id, ids[index + 1]);
    } finally {
      await this.#takeAhead()?.settled;
    }
    return [...ids];
  }

  async #runOne(id: string, next?: string): Promise<void> {
    const plan = this.#plan.cells.get(id)!;
    const cell = this.#cell(id)!;
    // A query started ahead is for the cell that runs next, this one; whatever this cell turns out to need, nothing else
    // is sent to DuckDB's worker before that query is done.
    let ahead = this.#takeAhead();
    if (ahead && ahead.id !== id) ahead = void (await ahead.settled);
    const settleAhead = async () => void (await ahead?.settled);
    this.#runs.set(id, this.runCount(id) + 1);
    if (plan.error) return settleAhead().then(() => this.#fail(cell, { status: "error", message: plan.error! }));
    const blocked = plan.reads.find((read) => this.state(read).status !== "ok");
    if (blocked) {
      const other = this.#plan.cells.get(blocked)!;
      const otherState = this.state(blocked).status;
      const why = otherState === "error" ? "which has an error" : otherState === "waiting" ? "which is waiting itself" : "which has not run";
      await settleAhead();
      return this.#fail(cell, { status: "waiting", message: `Waiting for ${describeCell(this.#cell(blocked)!, other.index)}, ${why}.` });
    }
    this.#set(id, { status: "running" });
    let started = now();
    let sql: string | undefined;
    try {
      if (cell.type === "sql" || cell.type === "steps") {
        sql = this.#sqlOf(cell);
        let result: CellResult;
        if (ahead?.id === id && ahead.sql === sql) {
          started = ahead.started;
          result = await ahead.result;
        } else {
          await settleAhead();
          result = await this.#query(cell.name, sql);
        }
        // The next cell's query goes to DuckDB before this cell's result is drawn: the worker runs it while the page draws.
        if (next !== undefined) this.#startAhead(next, id);
        this.#set(id, { status: "ok", result, sql, elapsedMs: now() - started });
      } else if (cell.type === "chart") {
        const result = this.#resultOf(cell.from);
        for (const channel of ["x", "y", "color", "fx"] as const) {
          const column = cell[channel];
          if (column !== undefined && !result.columns.some((found) => found.name === column))
            throw new Error(`${channel}: “${cell.from}” has no column “${column}” (its columns: ${result.columns.map((found) => found.name).join(", ")}).`);
        }
        if (cell.brush) this.#selections.set(cell.brush.toLowerCase(), extentSelection(result.rows, cell));
        this.#set(id, { status: "ok", result, elapsedMs: now() - started });
      } else {
        this.#set(id, { status: "ok", blocks: parseMarkdown(cell.markdown).map((block) => this.#fillBlock(block)), elapsedMs: now() - started });
      }
    } catch (error) {
      await settleAhead();
      await this.#fail(cell, { status: "error", message: error instanceof Error ? error.message : String(error), ...(sql !== undefined && { sql }) });
    }
  }

  // The SQL a SQL or steps cell runs, checked read-only; throws saying why it cannot run.
  #sqlOf(cell: Extract<Cell, { type: "sql" | "steps" }>): string {
    const sql = cell.type === "sql" ? substituteSelections(oneStatement(cell.sql), this.#selections) : compileSteps(cell.from, cell.steps);
    assertReadOnlySql(sql);
    return sql;
  }

  // Defines the cell's view and reads it.
  async #query(name: string, sql: string): Promise<CellResult> {
    if (this.database.defineAndReadView) {
      // Counted as defined before it is: a failure drops it (DROP VIEW IF EXISTS), so no stale view is left either way.
      this.#views.add(name.toLowerCase());
      return this.database.defineAndReadView(name, sql);
    }
    await this.database.defineView(name, sql);
    this.#views.add(name.toLowerCase());
    return this.database.readView(name);
  }

  // Starts the query of the cell that runs next, once the cell it follows (`done`) has its result and before that result
  // is shown: only a SQL or steps cell that will run (no error in its plan, every cell it reads done), and only when its
  // SQL can run; otherwise its own turn says why. The states still change in order: this cell says "running" in its turn.
  #startAhead(id: string, done: string): void {
    const plan = this.#plan.cells.get(id);
    const cell = this.#cell(id);
    if (!plan || plan.error || (cell?.type !== "sql" && cell?.type !== "steps")) return;
    if (plan.reads.some((read) => read !== done && this.state(read).status !== "ok")) return;
    let sql: string;
    try {
      sql = this.#sqlOf(cell);
    } catch {
      return;
    }
    const result = this.#query(cell.name, sql);
    // The cell's turn takes up the result or the error.
    this.#ahead = { id, sql, result, settled: result.then(() => undefined, () => undefined), started: now() };
  }

  #takeAhead(): Ahead | undefined {
    const ahead = this.#ahead;
    this.#ahead = undefined;
    return ahead;
  }

  // A cell that fails or waits leaves no result behind: its view is dropped, so no query reads a stale one.
  async #fail(cell: Cell, state: CellState): Promise<void> {
    this.#set(cell.id, state);
    if ((cell.type === "sql" || cell.type === "steps") && this.#views.has(cell.name.toLowerCase()) && !this.#plan.cells.get(cell.id)!.error?.includes("is given by")) {
      this.#views.delete(cell.name.toLowerCase());
      await this.database.dropView(cell.name).catch(() => undefined);
    }
    if (cell.type === "chart" && cell.brush) this.#selections.delete(cell.brush.toLowerCase());
  }

  async #dropUndefinedViews(): Promise<void> {
    const defined = new Set(this.#notebook.cells.flatMap((cell) => (cell.type === "sql" || cell.type === "steps" ? [cell.name.toLowerCase()] : [])));
    for (const view of [...this.#views]) {
      if (defined.has(view)) continue;
      this.#views.delete(view);
      await this.database.dropView(view).catch(() => undefined);
    }
  }

  #resultOf(name: string): CellResult {
    const cell = this.#notebook.cells.find((found) => (found.type === "sql" || found.type === "steps") && found.name.toLowerCase() === name.toLowerCase());
    const state = cell && this.state(cell.id);
    if (state?.status !== "ok" || !state.result) throw new Error(`“${name}” has no result yet.`);
    return state.result;
  }

  #fillBlock(block: Block): Block {
    if (block.kind === "code") return block;
    if (block.kind === "list") return { kind: "list", items: block.items.map((item) => item.map((inline) => this.#fillInline(inline))) };
    return { ...block, children: block.children.map((inline) => this.#fillInline(inline)) };
  }

  #fillInline(inline: Inline): Inline {
    if (inline.kind === "value") {
      const result = this.#resultOf(inline.name);
      if (!result.columns.some((column) => column.name === inline.column))
        throw new Error(`{{${inline.name}.${inline.column}}}: “${inline.name}” has no column “${inline.column}” (its columns: ${result.columns.map((column) => column.name).join(", ")}).`);
      return { kind: "text", text: formatCellValue(result.rows[0]?.[inline.column] ?? null) };
    }
    if (inline.kind === "strong" || inline.kind === "em" || inline.kind === "link") return { ...inline, children: inline.children.map((child) => this.#fillInline(child)) };
    return inline;
  }

  #cell(id: string): Cell | undefined {
    return this.#notebook.cells.find((cell) => cell.id === id);
  }

  #set(id: string, state: CellState): void {
    this.#states.set(id, state);
    this.onChange(id, state);
  }
}

/** Formats a result's value for a text cell, the en-GB way: `1,234.5`, `August 2012`, text as it is, null as "no data". */
export function formatCellValue(value: QueryRow[string]): string {
  if (value === null) return NO_DATA;
  if (value instanceof Date) return formatMonth(value);
  if (typeof value === "number") return formatNumber(value);
  return value;
}

/** Returns a query with its one statement's trailing semicolons removed; throws when it holds more than one statement. */
export function oneStatement(sql: string): string {
  const statements = tokenizeSql(sql).filter((token) => token.kind === "symbol" && token.text === ";").length;
  const trimmed = sql.trim().replace(/[;\s]+$/, "");
  if (statements > 0 && tokenizeSql(trimmed).some((token) => token.kind === "symbol" && token.text === ";"))
    throw new Error("A SQL cell holds one query: split the statements into cells of their own, each with its name.");
  return trimmed;
}

// Until the reader brushes, a chart's selection covers every x value it draws.
function extentSelection(rows: readonly QueryRow[], cell: ChartCell): Selection {
  const values = rows.map((row) => row[cell.x]).filter((value): value is SelectionValue => value !== null && value !== undefined);
  if (values.length === 0) throw new Error(`brush “${cell.brush}”: the chart has no ${cell.x} values to select from.`);
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { start: sorted[0]!, end: sorted[sorted.length - 1]! };
}

function now(): number {
  return typeof performance === "undefined" ? Date.now() : performance.now();
}
