/** A column of a figure's table twin: which field, its header, and how to show a value. */
export interface TableColumn<Row> {
  key: keyof Row & string;
  label: string;
  format?: (value: Row[keyof Row & string]) => string;
  numeric?: boolean;
}

/** Returns an HTML table of the rows, with a caption, column headers and right-aligned numbers. */
export function dataTable<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], { caption }: { caption: string }): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "se-data-table";
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.className = "se-numeric";
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    columns.forEach((column, index) => {
      const value = row[column.key];
      const cell = index === 0 ? document.createElement("th") : document.createElement("td");
      if (index === 0) (cell as HTMLTableCellElement).scope = "row";
      cell.textContent = column.format ? column.format(value) : value === null || value === undefined ? "no data" : String(value);
      if (column.numeric) cell.className = "se-numeric";
      tr.append(cell);
    });
  }
  return table;
}
