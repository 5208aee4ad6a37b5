// A steps cell's form: no code, one row of fields per step. Each change gives the page a new list of steps, which the
// engine compiles to SQL (steps.ts) and runs; the SQL is shown under the form.
import { AGGREGATES, DERIVATIONS, FILTER_OPERATORS, STEP_OPS, type Step } from "./model.js";

/** What the form edits and whom it tells. */
export interface StepsFormOptions {
  steps: readonly Step[];
  columns: readonly string[];
  idPrefix: string;
  /** Called with the new steps and the id of the control to focus once the form is drawn again (the page redraws it). */
  onChange: (steps: Step[], focus?: string) => void;
}

const NEW_STEP: Record<Step["op"], (column: string) => Step> = {
  filter: (column) => ({ op: "filter", column, operator: "is not null" }),
  derive: (column) => ({ op: "derive", kind: "share_of_total", column, as: `${column}_share_pct` }),
  group: (column) => ({ op: "group", by: [column], aggregates: [{ fn: "count", as: "rows" }] }),
  sort: (column) => ({ op: "sort", by: [{ column }] }),
  limit: () => ({ op: "limit", count: 10 })
};

/** Returns the form of a steps cell. */
export function stepsForm({ steps, columns, idPrefix, onChange }: StepsFormOptions): HTMLElement {
  const root = document.createElement("div");
  root.className = "se-nb-steps";
  const list = document.createElement("ol");
  const datalist = document.createElement("datalist");
  datalist.id = `${idPrefix}-columns`;
  for (const column of columns) datalist.append(new Option(column));
  const current = steps.map((step) => structuredClone(step));
  const changed = (focus?: string) => onChange(current.map((step) => structuredClone(step)), focus);
  current.forEach((step, index) => {
    const item = document.createElement("li");
    const where = `${idPrefix}-step-${index}`;
    const set = (patch: Record<string, unknown>, focus = document.activeElement?.id) => {
      const next = { ...current[index]!, ...patch } as Record<string, unknown>;
      for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === "") delete next[key];
      current[index] = next as unknown as Step;
      changed(focus);
    };
    item.append(text(`Step ${index + 1}: ${step.op}`));
    if (step.op === "filter") {
      item.append(
        field(`${where}-column`, "Column", input(step.column, datalist.id, (value) => set({ column: value }))),
        field(`${where}-operator`, "Compare", menu(FILTER_OPERATORS, step.operator, (value) => set({ operator: value }))),
        field(`${where}-value`, "Value", input(step.value === undefined ? "" : String(step.value), undefined, (value) => set({ value: value === "" ? undefined : numberOrText(value) })))
      );
    } else if (step.op === "derive") {
      item.append(
        field(`${where}-kind`, "Derive", menu(DERIVATIONS, step.kind, (value) => set({ kind: value }))),
        field(`${where}-column`, "Of column", input(step.column, datalist.id, (value) => set({ column: value }))),
        field(`${where}-as`, "As", input(step.as, undefined, (value) => set({ as: value }))),
        field(`${where}-order`, "In order of", input(step.order ?? "", datalist.id, (value) => set({ order: value || undefined }))),
        field(`${where}-by`, "For each (comma-separated)", input((step.by ?? []).join(", "), undefined, (value) => set({ by: splitList(value) }))),
        field(`${where}-population`, "Population (number or column)", input(step.population === undefined ? "" : String(step.population), undefined, (value) => set({ population: value === "" ? undefined : numberOrText(value) }))),
        field(`${where}-window`, "Rows in the rolling mean", input(step.window === undefined ? "" : String(step.window), undefined, (value) => set({ window: value === "" ? undefined : Number(value) })))
      );
    } else if (step.op === "group") {
      const aggregates = step.aggregates.map((entry) => ({ ...entry }));
      const setAggregates = (next: typeof aggregates, focus?: string) => set({ aggregates: next.map((entry) => Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== ""))) }, focus);
      const rows = aggregates.map((entry, k) => {
        const at = `${where}-aggregate-${k}`;
        const patch = (change: Record<string, unknown>) => setAggregates(aggregates.map((other, j) => (j === k ? { ...other, ...change } : other)), document.activeElement?.id);
        const remove = button(`Remove aggregate ${k + 1} of step ${index + 1}`, () => setAggregates(aggregates.filter((_, j) => j !== k), `${where}-add-aggregate`));
        // A group step needs at least one aggregate (the schema's minItems).
        remove.disabled = aggregates.length === 1;
        return row(
          field(`${at}-fn`, `Aggregate ${k + 1}`, menu(AGGREGATES, entry.fn, (value) => patch({ fn: value }))),
          field(`${at}-of`, `Of column (aggregate ${k + 1})`, input(entry.column ?? "", datalist.id, (value) => patch({ column: value || undefined }))),
          field(`${at}-as`, `As (aggregate ${k + 1})`, input(entry.as, undefined, (value) => patch({ as: value }))),
          remove
        );
      });
      const add = button(`Add an aggregate to step ${index + 1}`, () => setAggregates([...aggregates, { fn: "count", as: freshAggregateName(aggregates) }], `${where}-aggregate-${aggregates.length}-fn`));
      add.id = `${where}-add-aggregate`;
      item.append(field(`${where}-by`, "Group by (comma-separated)", input(step.by.join(", "), undefined, (value) => set({ by: splitList(value) }, document.activeElement?.id))), ...rows, add);
    } else if (step.op === "sort") {
      const keys = step.by.map((entry) => ({ ...entry }));
      const setKeys = (next: typeof keys, focus?: string) => set({ by: next.map((entry) => (entry.descending ? entry : { column: entry.column })) }, focus);
      const rows = keys.map((entry, k) => {
        const at = `${where}-key-${k}`;
        const patch = (change: Record<string, unknown>) => setKeys(keys.map((other, j) => (j === k ? { ...other, ...change } : other)), document.activeElement?.id);
        const descending = document.createElement("input");
        descending.type = "checkbox";
        descending.checked = !!entry.descending;
        descending.addEventListener("change", () => patch({ descending: descending.checked || undefined }));
        const remove = button(`Remove sort key ${k + 1} of step ${index + 1}`, () => setKeys(keys.filter((_, j) => j !== k), `${where}-add-key`));
        // A sort step needs at least one key (the schema's minItems).
        remove.disabled = keys.length === 1;
        return row(
          field(`${at}-column`, k === 0 ? "Sort by" : `Then by (sort key ${k + 1})`, input(entry.column, datalist.id, (value) => patch({ column: value }))),
          field(`${at}-descending`, `Largest first (sort key ${k + 1})`, descending),
          remove
        );
      });
      const add = button(`Add a sort key to step ${index + 1}`, () => setKeys([...keys, { column: columns.find((column) => !keys.some((key) => key.column === column)) ?? columns[0] ?? "column" }], `${where}-key-${keys.length}-column`));
      add.id = `${where}-add-key`;
      item.append(...rows, add);
    } else {
      item.append(field(`${where}-count`, "Keep the first", input(String(step.count), undefined, (value) => set({ count: Number(value) }))));
    }
    const remove = button(`Remove step ${index + 1}`, () => {
      current.splice(index, 1);
      changed(`${idPrefix}-new-step`);
    });
    item.append(remove);
    list.append(item);
  });
  const adder = document.createElement("div");
  const choice = menu(STEP_OPS, "filter", () => undefined);
  choice.id = `${idPrefix}-new-step`;
  adder.append(field(choice.id, "New step", choice), button("Add step", () => {
    current.push(NEW_STEP[choice.value as Step["op"]](columns[0] ?? "column"));
    changed(`${idPrefix}-new-step`);
  }));
  root.append(datalist, list, adder);
  return root;
}

function row(...children: HTMLElement[]): HTMLElement {
  const node = document.createElement("div");
  node.className = "se-nb-step-row";
  node.append(...children);
  return node;
}

// The first of agg_2, agg_3… that no aggregate of the step is named yet.
function freshAggregateName(aggregates: readonly { as: string }[]): string {
  for (let n = aggregates.length + 1; ; n++) if (!aggregates.some((entry) => entry.as === `agg_${n}`)) return `agg_${n}`;
}

function field(id: string, label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const wrapper = document.createElement("span");
  wrapper.className = "se-nb-field";
  const name = document.createElement("label");
  name.htmlFor = id;
  name.textContent = label;
  control.id = id;
  wrapper.append(name, control);
  return wrapper;
}

function input(value: string, list: string | undefined, onChange: (value: string) => void): HTMLInputElement {
  const node = document.createElement("input");
  node.value = value;
  if (list) node.setAttribute("list", list);
  node.addEventListener("change", () => onChange(node.value.trim()));
  return node;
}

function menu(options: readonly string[], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const node = document.createElement("select");
  for (const option of options) node.add(new Option(option.replaceAll("_", " "), option, false, option === value));
  node.addEventListener("change", () => onChange(node.value));
  return node;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement("button");
  node.type = "button";
  node.textContent = label;
  node.addEventListener("click", onClick);
  return node;
}

function text(value: string): HTMLElement {
  const node = document.createElement("strong");
  node.textContent = value;
  return node;
}

function splitList(value: string): string[] {
  return value.split(",").map((part) => part.trim()).filter(Boolean);
}

function numberOrText(value: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}
