/** A column of a published table as the catalogColumns query returns it. */
export interface SchemaColumn {
  table_name: string;
  column_name: string;
  type: string;
}

/** Returns a list of every table with its columns and types; each name is a button that calls `onInsert` with it. */
export function schemaList(columns: readonly SchemaColumn[], { onInsert }: { onInsert: (name: string) => void }): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "se-schema";
  nav.setAttribute("aria-label", "Tables and columns");
  const list = document.createElement("ul");
  for (const table of [...new Set(columns.map((column) => column.table_name))]) {
    const item = document.createElement("li");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = table;
    const inner = document.createElement("ul");
    // A button may not sit inside <summary> (nested interactive controls): the table's own insert button comes first inside.
    const tableItem = document.createElement("li");
    tableItem.append(insertButton(`${table}`, `Insert table name ${table}`, onInsert), " (table)");
    inner.append(tableItem);
    for (const column of columns.filter((candidate) => candidate.table_name === table)) {
      const columnItem = document.createElement("li");
      const type = document.createElement("span");
      type.className = "se-schema__type";
      type.textContent = ` ${column.type}`;
      columnItem.append(insertButton(column.column_name, `Insert column name ${column.column_name}`, onInsert), type);
      inner.append(columnItem);
    }
    details.append(summary, inner);
    item.append(details);
    list.append(item);
  }
  nav.append(list);
  return nav;
}

function insertButton(name: string, label: string, onInsert: (name: string) => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "se-schema__name";
  button.textContent = name;
  button.setAttribute("aria-label", label);
  button.addEventListener("click", (event) => {
    event.preventDefault();
    onInsert(name);
  });
  return button;
}
