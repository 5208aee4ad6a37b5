// A steps cell's form: no code, one row of fields per step. Each change gives the page a new list of steps, which the
// engine compiles to SQL (steps.ts) and runs; the SQL is shown under the form.
import { AGGREGATES, DERIVATIONS, FILTER_OPERATORS, STEP_OPS, type Step } from "./model.js";

/** What the form edits and whom it tells. */
export interface StepsFormOptions {
  steps: readonly Step[];
  columns: readonly string[];
  idPrefix: string;
  onChange: (steps: Step[]) => void;
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
  const changed = () => onChange(current.map((step) => structuredClone(step)));
  current.forEach((step, index) => {
    const item = document.createElement("li");
    const where = `${idPrefix}-step-${index}`;
    const set = (patch: Record<string, unknown>) => {
      const next = { ...current[index]!, ...patch } as Record<string, unknown>;
      for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === "") delete next[key];
      current[index] = next as unknown as Step;
      changed();
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
      const first = step.aggregates[0] ?? { fn: "count", as: "rows" };
      const aggregate = (patch: Record<string, unknown>) => set({ aggregates: [{ ...first, ...patch }, ...step.aggregates.slice(1)].map((entry) => Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== ""))) });
      item.append(
        field(`${where}-by`, "Group by (comma-separated)", input(step.by.join(", "), undefined, (value) => set({ by: splitList(value) }))),
        field(`${where}-fn`, "Aggregate", menu(AGGREGATES, first.fn, (value) => aggregate({ fn: value }))),
        field(`${where}-of`, "Of column", input(first.column ?? "", datalist.id, (value) => aggregate({ column: value || undefined }))),
        field(`${where}-as`, "As", input(first.as, undefined, (value) => aggregate({ as: value })))
      );
    } else if (step.op === "sort") {
      const first = step.by[0]!;
      const key = (patch: Record<string, unknown>) => set({ by: [{ ...first, ...patch }, ...step.by.slice(1)] });
      const descending = document.createElement("input");
      descending.type = "checkbox";
      descending.checked = !!first.descending;
      descending.addEventListener("change", () => key({ descending: descending.checked || undefined }));
      item.append(field(`${where}-column`, "Sort by", input(first.column, datalist.id, (value) => key({ column: value }))), field(`${where}-descending`, "Largest first", descending));
    } else {
      item.append(field(`${where}-count`, "Keep the first", input(String(step.count), undefined, (value) => set({ count: Number(value) }))));
    }
    const remove = button(`Remove step ${index + 1}`, () => {
      current.splice(index, 1);
      changed();
    });
    item.append(remove);
    list.append(item);
  });
  const adder = document.createElement("div");
  const choice = menu(STEP_OPS, "filter", () => undefined);
  choice.id = `${idPrefix}-new-step`;
  adder.append(field(choice.id, "New step", choice), button("Add step", () => {
    current.push(NEW_STEP[choice.value as Step["op"]](columns[0] ?? "column"));
    changed();
  }));
  root.append(datalist, list, adder);
  return root;
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
