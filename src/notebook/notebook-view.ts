// The notebook page's interface: a toolbar (starters, open, download, export, link), the data-version warning, the
// cells, and a bar that adds cells. Every change is kept in the address (`#notebook=`) at once; every action is a
// button or a field, so the keyboard reaches all of them (Alt+↑/↓ on a cell also moves it, Ctrl/Cmd+Enter runs it).
import type { SchemaColumn } from "../components/schema-list.js";
import { sortableTable } from "../components/sortable-table.js";
import { formatCount } from "../lib/format.js";
import { resultToCsv, resultToJson, resultToMarkdown, resultToParquet } from "../lib/result-export.js";
import { browserNotebookDatabase, cancelNotebookQuery, clearNotebookCancel, readResult } from "./browser-database.js";
import { chartView } from "./chart-view.js";
import { NotebookEngine, type CellState } from "./engine.js";
import { notebookHash, parseNotebookJson, readNotebookLink, writeNotebookJson } from "./link.js";
import { markdownNodes } from "./markdown-dom.js";
import { CELL_TYPES, CHART_MARKS, describeCell, RESULT_NAME, type Cell, type CellType, type ChartCell, type DataVersion, type Notebook } from "./model.js";
import { writeNotebookPage } from "./page-export.js";
import { sqlEditor } from "./sql-editor.js";
import { compileSteps } from "./steps.js";
import { stepsForm } from "./steps-form.js";
import type { StarterNotebook } from "./starters.js";

// A cell's parts on the page; a chart cell's form also keeps what it was drawn from (see chartFormKey).
interface CellView {
  section: HTMLElement;
  status: HTMLElement;
  output: HTMLElement;
  form: HTMLElement;
  sql?: HTMLElement;
  chartForm?: string;
}

/** What the notebook needs from the page: the published tables and columns, the build's data version, the starters. */
export interface NotebookViewOptions {
  tables: readonly string[];
  schema: readonly SchemaColumn[];
  dataVersion: DataVersion;
  starters: readonly StarterNotebook[];
}

/** The notebook's element, and a promise that settles once the notebook in the link (if any) has run. */
export interface NotebookView {
  node: HTMLElement;
  settled: Promise<void>;
}

/** How many rows a result shows; its exports have them all. */
export const SHOWN_ROWS = 10_000;

/** Returns the notebook interface, opened from the page's link when it carries a notebook. */
export function notebookView({ tables, schema, dataVersion, starters }: NotebookViewOptions): NotebookView {
  const root = document.createElement("div");
  root.className = "se-notebook";
  const problem = element("div", "se-nb-problem");
  problem.setAttribute("role", "alert");
  const warning = element("p", "se-nb-warning");
  warning.hidden = true;
  const list = element("div", "se-nb-cells");
  // The cells' width as of the last layout, kept by a ResizeObserver: a chart drawn just after the cells above it changed
  // then forces no layout of its own (the page is laid out once the chart is in anyway). Null until the first layout.
  let listWidth: number | null = null;
  new ResizeObserver(() => (listWidth = list.clientWidth)).observe(list);
  const cellViews = new Map<string, CellView>();
  let notebook: Notebook = { version: 1, data_version: dataVersion, cells: [] };
  let lastFocused: string | null = null;
  let serial = 0;
  const engine = new NotebookEngine(browserNotebookDatabase(), tables, (id, state) => showState(id, state));
  const tableColumns = new Map<string, string[]>();
  for (const column of schema) tableColumns.set(column.table_name, [...(tableColumns.get(column.table_name) ?? []), column.column_name]);

  // The toolbar.
  const toolbar = element("div", "se-nb-toolbar");
  toolbar.setAttribute("role", "group");
  toolbar.setAttribute("aria-label", "Notebook");
  const startersGroup = element("div", "se-nb-starters");
  startersGroup.append(text("p", "Start from a notebook written from the report:"));
  for (const starter of starters)
    startersGroup.append(
      button(starter.title, async () => {
        problem.replaceChildren();
        open({ ...(await starter.read()), data_version: dataVersion });
      }, { starter: starter.key })
    );
  startersGroup.append(button("Empty notebook", () => open({ version: 1, data_version: dataVersion, cells: [] })));
  const fileLabel = element("label", "se-nb-file");
  fileLabel.textContent = "Open notebook (.json) ";
  const fileInput = document.createElement("input");
  fileInput.type = "file";
  fileInput.accept = ".json,application/json";
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file);
    fileInput.value = "";
  });
  fileLabel.append(fileInput);
  const titleLabel = element("label", "se-nb-title");
  titleLabel.textContent = "Title ";
  const titleInput = textInput("", (title) => {
    notebook = { ...notebook, ...(title ? { title } : { title: undefined }) };
    if (!title) delete notebook.title;
    save();
  });
  titleInput.maxLength = 200;
  titleLabel.append(titleInput);
  toolbar.append(
    startersGroup,
    titleLabel,
    fileLabel,
    button("Download notebook", () => download(writeNotebookJson(notebook, { indent: 2 }), `${slug(notebook.title)}.notebook.json`, "application/json")),
    button("Export as page", () => download(writeNotebookPage(notebook, { sqlOf: (cell) => { const state = engine.state(cell.id); return state.status === "ok" && state.sql ? state.sql : cell.sql; } }), `${slug(notebook.title)}.md`, "text/markdown")),
    button("Copy link", () => void navigator.clipboard?.writeText(location.href))
  );
  const adder = element("div", "se-nb-add");
  adder.setAttribute("role", "group");
  adder.setAttribute("aria-label", "Add a cell");
  for (const type of CELL_TYPES) adder.append(button(`Add ${type === "sql" ? "SQL" : type} cell`, () => addCell(type)));
  root.append(toolbar, problem, warning, list, adder);

  // Drag and drop a notebook file anywhere on the notebook.
  root.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  root.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  });

  async function openFile(file: File): Promise<void> {
    try {
      problem.replaceChildren();
      open(parseNotebookJson(await file.text()));
    } catch (error) {
      showProblem(`“${file.name}” is not a notebook this page can open: ${messageOf(error)}`);
    }
  }

  function showProblem(message: string): void {
    problem.replaceChildren(text("p", message));
  }

  function open(next: Notebook): Promise<void> {
    notebook = next;
    titleInput.value = notebook.title ?? "";
    engine.setNotebook(notebook);
    save();
    renderCells();
    showDataVersion();
    return notebook.cells.length ? run(() => engine.runAll()) : Promise.resolve();
  }

  async function run(task: () => Promise<string[]>): Promise<void> {
    root.dataset.state = "running";
    try {
      await task();
    } finally {
      root.dataset.state = "ready";
      clearNotebookCancel();
    }
  }

  function save(): void {
    history.replaceState(history.state, "", `${location.pathname}${location.search}${notebookHash(notebook)}`);
  }

  function showDataVersion(): void {
    const version = notebook.data_version;
    const differences: string[] = [];
    if (version && version.report_sha256 !== dataVersion.report_sha256) differences.push("the report it was written against is not this site's");
    const tablesChanged = version ? Object.keys({ ...version.parquet_sha256, ...dataVersion.parquet_sha256 }).filter((table) => version.parquet_sha256[table] !== dataVersion.parquet_sha256[table]) : [];
    if (tablesChanged.length) differences.push(`these tables differ: ${tablesChanged.join(", ")}`);
    warning.hidden = differences.length === 0;
    warning.textContent = differences.length ? `This notebook was written against different data: ${differences.join("; ")}. Its results may not match what it says.` : "";
  }

  function update(id: string, patch: Partial<Cell>, { rerender = false, runIt = true } = {}): void {
    notebook = { ...notebook, cells: notebook.cells.map((cell) => (cell.id === id ? ({ ...cell, ...patch } as Cell) : cell)) };
    for (const key of Object.keys(patch) as (keyof Cell)[]) if (patch[key] === undefined) notebook.cells.forEach((cell) => cell.id === id && delete (cell as Partial<Cell>)[key]);
    engine.setNotebook(notebook);
    save();
    if (rerender) renderCells();
    else relabel();
    if (runIt) void run(() => engine.runCell(id));
  }

  function addCell(type: CellType): void {
    const at = lastFocused ? notebook.cells.findIndex((cell) => cell.id === lastFocused) + 1 : notebook.cells.length;
    const results = notebook.cells.filter((cell) => cell.type === "sql" || cell.type === "steps") as { name: string; id: string }[];
    const source = results[results.length - 1];
    const columns = source ? columnsOf(source.id) : [];
    const cell: Cell =
      type === "sql" ? { id: newId(), type, name: freshName("result"), sql: "SELECT * FROM marac_meetings" }
      : type === "steps" ? { id: newId(), type, name: freshName("steps"), from: source?.name ?? "marac_meetings", steps: [] }
      : type === "chart" ? { id: newId(), type, from: source?.name ?? "result", mark: "bar", x: columns[0] ?? "x", y: columns[1] ?? columns[0] ?? "y" }
      : { id: newId(), type, markdown: "Write here. {{name.column}} shows a result's first value." };
    notebook = { ...notebook, cells: [...notebook.cells.slice(0, at), cell, ...notebook.cells.slice(at)] };
    engine.setNotebook(notebook);
    save();
    renderCells();
    focusCell(cell.id);
    void run(() => engine.runCell(cell.id));
  }

  function moveCell(id: string, by: -1 | 1, focusAction: string): void {
    const index = notebook.cells.findIndex((cell) => cell.id === id);
    const to = index + by;
    if (to < 0 || to >= notebook.cells.length) return;
    const cells = [...notebook.cells];
    [cells[index], cells[to]] = [cells[to]!, cells[index]!];
    notebook = { ...notebook, cells };
    engine.setNotebook(notebook);
    save();
    renderCells();
    focusCell(id, focusAction);
  }

  function duplicateCell(id: string): void {
    const index = notebook.cells.findIndex((cell) => cell.id === id);
    const copy = structuredClone(notebook.cells[index]!) as Cell;
    copy.id = newId();
    if (copy.type === "sql" || copy.type === "steps") copy.name = freshName(`${copy.name}_copy`);
    if (copy.type === "chart" && copy.brush) copy.brush = freshName(`${copy.brush}_copy`);
    notebook = { ...notebook, cells: [...notebook.cells.slice(0, index + 1), copy, ...notebook.cells.slice(index + 1)] };
    engine.setNotebook(notebook);
    save();
    renderCells();
    focusCell(copy.id);
    void run(() => engine.runCell(copy.id));
  }

  function deleteCell(id: string): void {
    const index = notebook.cells.findIndex((cell) => cell.id === id);
    const readers = [...engine.plan.cells.values()].filter((plan) => plan.reads.includes(id)).map((plan) => plan.id);
    notebook = { ...notebook, cells: notebook.cells.filter((cell) => cell.id !== id) };
    engine.setNotebook(notebook);
    save();
    renderCells();
    const next = notebook.cells[Math.min(index, notebook.cells.length - 1)];
    if (next) focusCell(next.id);
    else adder.querySelector("button")?.focus();
    if (readers.length) void run(() => engine.runCells(readers));
  }

  function focusCell(id: string, action?: string): void {
    const view = cellViews.get(id);
    if (!view) return;
    const target = action ? view.section.querySelector<HTMLElement>(`[data-action="${action}"]`) : null;
    (target && !(target as HTMLButtonElement).disabled ? target : view.section).focus();
  }

  function renderCells(): void {
    cellViews.clear();
    list.replaceChildren(...notebook.cells.map((cell, index) => renderCell(cell, index)));
    for (const cell of notebook.cells) showState(cell.id, engine.state(cell.id));
  }

  function relabel(): void {
    notebook.cells.forEach((cell, index) => {
      const heading = cellViews.get(cell.id)?.section.querySelector("h2");
      if (heading) heading.textContent = capitalise(describeCell(cell, index));
    });
  }

  function renderCell(cell: Cell, index: number): HTMLElement {
    const section = element("section", "se-nb-cell");
    section.tabIndex = -1;
    section.dataset.cellId = cell.id;
    section.dataset.cellType = cell.type;
    const headingId = `nb-${cell.id}-heading`;
    section.setAttribute("aria-labelledby", headingId);
    const heading = text("h2", capitalise(describeCell(cell, index)));
    heading.id = headingId;
    const actions = element("div", "se-nb-actions");
    actions.setAttribute("role", "group");
    actions.setAttribute("aria-label", `Actions of cell ${index + 1}`);
    actions.append(
      button("Run", () => void run(() => engine.runCell(cell.id)), { action: "run" }),
      ...(cell.type === "sql" || cell.type === "steps" ? [button("Cancel", () => void (root.dataset.state === "running" && cancelNotebookQuery()), { action: "cancel" })] : []),
      button("Move up", () => moveCell(cell.id, -1, "up"), { action: "up", disabled: index === 0 }),
      button("Move down", () => moveCell(cell.id, 1, "down"), { action: "down", disabled: index === notebook.cells.length - 1 }),
      button("Duplicate", () => duplicateCell(cell.id), { action: "duplicate" }),
      button("Delete", () => deleteCell(cell.id), { action: "delete" })
    );
    const form = element("div", "se-nb-input");
    const status = element("p", "se-nb-status");
    status.setAttribute("role", "status");
    const output = element("div", "se-nb-output");
    section.append(element("header", "se-nb-header", heading, actions), form);
    const view: CellView = { section, status, output, form };
    cellViews.set(cell.id, view);
    fillForm(cell, view);
    section.append(status, output);
    section.addEventListener("focusin", () => (lastFocused = cell.id));
    section.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && !(event.target as Element).closest(".cm-editor")) {
        event.preventDefault();
        (event.target as HTMLElement).dispatchEvent(new Event("change", { bubbles: true }));
        void run(() => engine.runCell(cell.id));
      }
      if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown") && !(event.target as Element).closest(".cm-editor, textarea, input, select")) {
        event.preventDefault();
        moveCell(cell.id, event.key === "ArrowUp" ? -1 : 1, event.key === "ArrowUp" ? "up" : "down");
      }
    });
    return section;
  }

  function fillForm(cell: Cell, view: CellView): void {
    const id = (part: string) => `nb-${cell.id}-${part}`;
    view.form.replaceChildren();
    if (cell.type === "sql" || cell.type === "steps") view.form.append(nameField(cell, id("name")));
    if (cell.type === "sql") {
      const label = text("p", "SQL (Ctrl+Enter or ⌘+Enter runs it)");
      label.className = "se-nb-label";
      const editor = sqlEditor({
        doc: cell.sql,
        label: `SQL of cell ${notebook.cells.indexOf(cell) + 1}`,
        schema: completionSchema(),
        onRun: () => void run(() => engine.runCell(cell.id)),
        onChange: (sql) => update(cell.id, { sql }, { runIt: false })
      });
      view.form.append(label, editor.dom);
    } else if (cell.type === "steps") {
      view.form.append(
        field(id("from"), "From", textInput(cell.from, (from) => RESULT_NAME.test(from) && update(cell.id, { from }))),
        stepsForm({
          steps: cell.steps,
          columns: columnsOfName(cell.from),
          idPrefix: id("steps"),
          // The form is drawn again with the cell; the control the reader was on (or the one an add/remove leads to) keeps focus.
          onChange: (steps, focus) => {
            update(cell.id, { steps }, { rerender: true });
            if (focus) document.getElementById(focus)?.focus();
          }
        })
      );
      const sql = element("pre", "se-nb-sql");
      sql.textContent = compiled(cell);
      sql.setAttribute("aria-label", "The SQL these steps run");
      view.sql = sql;
      view.form.append(
        text("p", "The SQL these steps run:"),
        sql,
        button("Copy SQL", () => void navigator.clipboard?.writeText(compiled(cell))),
        button("Copy into a new SQL cell", () => {
          const at = notebook.cells.findIndex((found) => found.id === cell.id) + 1;
          const copy: Cell = { id: newId(), type: "sql", name: freshName(`${cell.name}_sql`), sql: compiled(cell) };
          notebook = { ...notebook, cells: [...notebook.cells.slice(0, at), copy, ...notebook.cells.slice(at)] };
          engine.setNotebook(notebook);
          save();
          renderCells();
          focusCell(copy.id);
          void run(() => engine.runCell(copy.id));
        })
      );
    } else if (cell.type === "chart") {
      const names = resultNames();
      const columns = columnsOfName(cell.from);
      view.chartForm = chartFormKey(cell);
      const choices = (current: string | undefined, optional: boolean) => [...(optional ? [""] : []), ...new Set([...(current ? [current] : []), ...columns])];
      view.form.append(
        field(id("from"), "From", selectInput([...new Set([cell.from, ...names])], cell.from, (from) => update(cell.id, { from }, { rerender: true }))),
        field(id("mark"), "Mark", selectInput(CHART_MARKS, cell.mark, (mark) => update(cell.id, { mark: mark as never }))),
        field(id("x"), "x", selectInput(choices(cell.x, false), cell.x, (x) => update(cell.id, { x }))),
        field(id("y"), "y", selectInput(choices(cell.y, false), cell.y, (y) => update(cell.id, { y }))),
        field(id("color"), "Colour", selectInput(choices(cell.color, true), cell.color ?? "", (color) => update(cell.id, { color: color || undefined }))),
        field(id("fx"), "Facet", selectInput(choices(cell.fx, true), cell.fx ?? "", (fx) => update(cell.id, { fx: fx || undefined }))),
        field(id("brush"), "Brush sets selection (a name, or empty)", textInput(cell.brush ?? "", (brush) => (brush === "" || RESULT_NAME.test(brush)) && update(cell.id, { brush: brush || undefined })))
      );
    } else {
      const area = document.createElement("textarea");
      area.value = cell.markdown;
      area.rows = Math.min(12, Math.max(3, cell.markdown.split("\n").length + 1));
      area.addEventListener("change", () => update(cell.id, { markdown: area.value }));
      view.form.append(field(id("markdown"), "Markdown (no HTML; {{name.column}} inserts a value)", area));
    }
  }

  function nameField(cell: Extract<Cell, { name: string }>, id: string): HTMLElement {
    return field(id, "Result name", textInput(cell.name, (name) => {
      if (!RESULT_NAME.test(name)) return showProblem(`“${name}” cannot name a result: use letters, digits and _, not starting with a digit.`);
      problem.replaceChildren();
      // Every cell that read the old name or reads the new one runs again.
      const before = [...engine.plan.cells.values()].filter((plan) => plan.reads.includes(cell.id)).map((plan) => plan.id);
      update(cell.id, { name }, { runIt: false });
      void run(() => engine.runCells([cell.id, ...before]));
    }));
  }

  function showState(id: string, state: CellState): void {
    const view = cellViews.get(id);
    const cell = notebook.cells.find((found) => found.id === id);
    if (!view || !cell) return;
    view.section.dataset.state = state.status;
    view.section.dataset.runs = String(engine.runCount(id));
    if (state.status === "running") {
      view.status.textContent = "Running…";
      return;
    }
    if (state.status === "idle") {
      view.status.textContent = "Not run yet: press Run.";
      view.output.replaceChildren();
      return;
    }
    if (state.status === "error" || state.status === "waiting") {
      view.status.textContent = state.status === "error" ? "This cell has an error:" : "This cell waits:";
      const message = text("pre", state.message);
      message.className = state.status === "error" ? "se-nb-error" : "se-nb-waiting";
      view.output.replaceChildren(message);
      return;
    }
    if (cell.type === "steps" && view.sql) view.sql.textContent = state.sql ?? compiled(cell);
    if ((cell.type === "sql" || cell.type === "steps") && state.result) {
      const { rows, truncated } = state.result;
      view.status.textContent = `${formatCount(rows.length)} ${rows.length === 1 ? "row" : "rows"}${truncated ? ` shown, the first ${formatCount(SHOWN_ROWS)}: the exports have them all` : ""}, in ${formatCount(Math.round(state.elapsedMs))} ms.`;
      view.output.replaceChildren(exportBar(cell.name), sortableTable(rows, state.result.columns, { caption: `Result “${cell.name}”`, maxRows: SHOWN_ROWS }));
      return;
    }
    if (cell.type === "chart" && state.result) {
      view.status.textContent = "Drawn.";
      // The menus offer the result's columns: drawn again only when those (or the cell) changed.
      if (view.chartForm !== chartFormKey(cell)) {
        const focused = document.activeElement?.id;
        fillForm(cell, view);
        if (focused) document.getElementById(focused)?.focus();
      }
      const drawing = chartView(cell, state.result, {
        width: Math.min(960, Math.max(280, (listWidth ?? list.clientWidth) - 32)),
        label: `Chart of cell ${notebook.cells.indexOf(cell) + 1}`,
        ...(cell.brush && { selection: engine.selection(cell.brush), onSelect: (selection) => void run(() => engine.setSelection(cell.id, selection)) })
      });
      pendingCharts.add(drawing);
      void drawing.then((figure) => view.output.replaceChildren(figure), (error) => view.output.replaceChildren(text("pre", messageOf(error)))).finally(() => pendingCharts.delete(drawing));
      return;
    }
    if (cell.type === "text" && state.blocks) {
      view.status.textContent = "";
      view.output.replaceChildren(...markdownNodes(state.blocks));
    }
  }

  const pendingCharts = new Set<Promise<unknown>>();

  function exportBar(name: string): HTMLElement {
    const bar = element("div", "se-figure__actions");
    const formats: [string, (result: Awaited<ReturnType<typeof readResult>>) => Promise<BlobPart>, string, string][] = [
      ["CSV", (result) => resultToCsv(result.rows, result.columns), "text/csv;charset=utf-8", "csv"],
      ["JSON", (result) => resultToJson(result.rows, result.columns), "application/json", "json"],
      ["Markdown", (result) => resultToMarkdown(result.rows, result.columns), "text/markdown;charset=utf-8", "md"],
      ["Parquet", (result) => resultToParquet(result.rows, result.columns) as Promise<BlobPart>, "application/vnd.apache.parquet", "parquet"]
    ];
    // The writers load their libraries on the first click; a failure is said here rather than lost.
    const problem = element("span", "se-nb-export-problem");
    problem.setAttribute("role", "status");
    for (const [label, write, type, extension] of formats)
      bar.append(
        button(`Export “${name}” as ${label}`, async () => {
          problem.textContent = "";
          try {
            download(await write(await readResult(name, { all: true })), `${name}.${extension}`, type);
          } catch (error) {
            problem.textContent = `Export as ${label} failed: ${messageOf(error)}`;
          }
        })
      );
    bar.append(problem);
    return bar;
  }

  function completionSchema(): Record<string, readonly string[]> {
    const schemaNames: Record<string, readonly string[]> = Object.fromEntries(tableColumns);
    for (const cell of notebook.cells) if (cell.type === "sql" || cell.type === "steps") schemaNames[cell.name] = columnsOf(cell.id);
    return schemaNames;
  }

  function resultNames(): string[] {
    return notebook.cells.flatMap((found) => (found.type === "sql" || found.type === "steps" ? [found.name] : []));
  }

  // What a chart cell's form shows: the cell, the results it can read and the columns of the one it reads.
  function chartFormKey(cell: ChartCell): string {
    return JSON.stringify([cell, resultNames(), columnsOfName(cell.from)]);
  }

  function columnsOf(id: string): string[] {
    const state = engine.state(id);
    return state.status === "ok" && state.result ? state.result.columns.map((column) => column.name) : [];
  }

  function columnsOfName(name: string): string[] {
    const definer = notebook.cells.find((cell) => (cell.type === "sql" || cell.type === "steps") && cell.name.toLowerCase() === name.toLowerCase());
    return definer ? columnsOf(definer.id) : tableColumns.get(name) ?? [];
  }

  function compiled(cell: Extract<Cell, { type: "steps" }>): string {
    try {
      return compileSteps(cell.from, cell.steps);
    } catch (error) {
      return `-- ${messageOf(error)}`;
    }
  }

  function freshName(base: string): string {
    const taken = new Set([...tables, ...notebook.cells.flatMap((cell) => (cell.type === "sql" || cell.type === "steps" ? [cell.name] : cell.type === "chart" && cell.brush ? [cell.brush] : []))].map((name) => name.toLowerCase()));
    if (!taken.has(base.toLowerCase())) return base;
    let n = 2;
    while (taken.has(`${base}_${n}`.toLowerCase())) n++;
    return `${base}_${n}`;
  }

  function newId(): string {
    let id: string;
    do id = `c${Date.now().toString(36)}${(serial++).toString(36)}`;
    while (notebook.cells.some((cell) => cell.id === id));
    return id;
  }

  // Opens the link's notebook; a link that cannot be read leaves an empty notebook with the reason shown.
  const openLink = async (): Promise<void> => {
    try {
      const linked = readNotebookLink(new URL(location.href));
      if (linked) await open(linked);
      else renderCells();
    } catch (error) {
      open({ version: 1, data_version: dataVersion, cells: [] });
      showProblem(`The notebook in this link could not be opened, so an empty notebook is shown. ${messageOf(error)}`);
    }
    await Promise.allSettled([...pendingCharts]);
  };
  addEventListener("hashchange", () => {
    const current = notebookHash(notebook);
    if (location.hash !== current) void openLink();
  });
  root.dataset.state = "ready";
  return { node: root, settled: openLink() };
}

function element(tag: string, className: string, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function text(tag: string, content: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

function button(label: string, onClick: () => unknown, { action, starter, disabled = false }: { action?: string; starter?: string; disabled?: boolean } = {}): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = "button";
  node.textContent = label;
  node.disabled = disabled;
  if (action) node.dataset.action = action;
  if (starter) node.dataset.starter = starter;
  node.addEventListener("click", () => void onClick());
  return node;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  const wrapper = element("span", "se-nb-field");
  const name = document.createElement("label");
  name.htmlFor = id;
  name.textContent = label;
  control.id = id;
  wrapper.append(name, control);
  return wrapper;
}

function textInput(value: string, onChange: (value: string) => unknown): HTMLInputElement {
  const node = document.createElement("input");
  node.value = value;
  node.spellcheck = false;
  node.addEventListener("change", () => void onChange(node.value.trim()));
  return node;
}

function selectInput(options: readonly string[], value: string, onChange: (value: string) => unknown): HTMLSelectElement {
  const node = document.createElement("select");
  for (const option of options) node.add(new Option(option === "" ? "(none)" : option, option, false, option === value));
  node.addEventListener("change", () => void onChange(node.value));
  return node;
}

function download(content: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function slug(title: string | undefined): string {
  return (title ?? "notebook").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "notebook";
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
