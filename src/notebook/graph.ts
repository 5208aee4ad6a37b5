// Which cell reads which: a SQL cell reads the names after its FROM and JOIN and the selections it uses ($brush.start),
// a steps or chart cell reads `from`, a text cell the results of its {{name.column}}. A name given twice, a name of a
// published table, and a cycle are errors that name the cells involved.
import { definedName, describeCell, RESULT_NAME, type Cell, type Notebook } from "./model.js";
import { findValueReferences } from "./markdown.js";
import { findReadNames, findSelectionReferences } from "./sql-names.js";

/** One cell's place in the notebook: what it names, the cells it reads, and an error that stops it from running. */
export interface CellPlan {
  id: string;
  index: number;
  defines: string | null;
  /** Ids of the cells this one reads, in notebook order. */
  reads: string[];
  error: string | null;
}

/** The whole notebook's plan: each cell's, and the order to run them in (every cell a cell reads comes first). */
export interface NotebookPlan {
  cells: Map<string, CellPlan>;
  order: string[];
}

/** Returns the plan of a notebook whose published tables are `tables`. */
export function planNotebook(notebook: Notebook, tables: readonly string[]): NotebookPlan {
  const cells = notebook.cells;
  const tableNames = new Set(tables.map((name) => name.toLowerCase()));
  const definers = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const name = definedName(cell)?.toLowerCase();
    if (name) definers.set(name, [...(definers.get(name) ?? []), index]);
  });
  const plans = new Map<string, CellPlan>();
  cells.forEach((cell, index) => {
    const plan: CellPlan = { id: cell.id, index, defines: definedName(cell), reads: [], error: null };
    const name = plan.defines?.toLowerCase();
    if (plan.defines !== null && !RESULT_NAME.test(plan.defines)) plan.error = `“${plan.defines.slice(0, 80)}” cannot name a result: use letters, digits and _, not starting with a digit.`;
    if (name && tableNames.has(name)) plan.error = `The name “${plan.defines}” is a published table's: give this result another name.`;
    const others = name ? definers.get(name)!.filter((other) => other !== index) : [];
    if (others.length) plan.error = `The name “${plan.defines}” is given by ${[index, ...others].sort((a, b) => a - b).map((at) => describeCell(cells[at]!, at)).join(" and ")}: rename one of them.`;
    for (const read of readNames(cell)) {
      const found = definers.get(read);
      if (found) {
        for (const at of found) if (!plan.reads.includes(cells[at]!.id) && at !== index) plan.reads.push(cells[at]!.id);
        if (found.includes(index)) plan.error ??= `${describeCell(cell, index)} reads “${read}”, its own name: a cell cannot read its own result.`;
      } else if (cell.type === "chart" || (cell.type === "steps" && !tableNames.has(read)) || cell.type === "text")
        plan.error ??= `${describeCell(cell, index)} reads “${read}”, which no cell ${cell.type === "steps" ? "and no published table " : ""}gives: name a SQL or steps cell “${read}”.`;
    }
    if (cell.type === "sql") for (const selection of findSelectionReferences(cell.sql)) if (!definers.has(selection)) plan.error ??= `${describeCell(cell, index)} uses $${selection}.start or $${selection}.end, but no chart cell has the brush “${selection}”.`;
    plans.set(cell.id, plan);
  });
  return { cells: plans, order: orderCells(cells, plans) };
}

/** Returns the names a cell reads, lower-cased. */
export function readNames(cell: Cell): string[] {
  switch (cell.type) {
    case "sql":
      return [...new Set([...findReadNames(cell.sql), ...findSelectionReferences(cell.sql)])];
    case "steps":
    case "chart":
      return [cell.from.toLowerCase()];
    case "text":
      return [...new Set(findValueReferences(cell.markdown).map((reference) => reference.name))];
  }
}

/** Returns the ids of `id` and every cell downstream of it, in the order they run. */
export function downstreamOf(plan: NotebookPlan, id: string): string[] {
  const affected = new Set([id]);
  for (const cell of plan.order) if (plan.cells.get(cell)!.reads.some((read) => affected.has(read))) affected.add(cell);
  return plan.order.filter((cell) => affected.has(cell));
}

// Kahn's order, earliest cell first among those ready; cells left over are in a cycle (or read one): each cycle's cells
// get an error naming every cell of it, and come last so that they are still shown.
function orderCells(cells: readonly Cell[], plans: Map<string, CellPlan>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const cell of cells) {
      if (done.has(cell.id)) continue;
      if (plans.get(cell.id)!.reads.every((read) => done.has(read))) {
        order.push(cell.id);
        done.add(cell.id);
        progressed = true;
      }
    }
  }
  const left = cells.filter((cell) => !done.has(cell.id));
  for (const cell of left) {
    const cycle = findCycle(cell.id, plans);
    if (cycle) {
      const names = cycle.map((id) => describeCell(cells[plans.get(id)!.index]!, plans.get(id)!.index));
      plans.get(cell.id)!.error ??= `These cells read each other in a cycle: ${names.join(" reads ")} reads ${names[0]}. Break the cycle by renaming or editing one of them.`;
    }
    order.push(cell.id);
  }
  return order;
}

// The cycle through `start`, as cell ids starting with it, or null when `start` only reads a cycle.
function findCycle(start: string, plans: Map<string, CellPlan>): string[] | null {
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): boolean => {
    if (id === start && path.length) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    path.push(id);
    for (const read of plans.get(id)!.reads) if (visit(read)) return true;
    path.pop();
    return false;
  };
  return visit(start) ? path : null;
}
