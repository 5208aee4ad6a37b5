import { formatCount } from "../lib/format.js";
import type { TableDownloads } from "../lib/downloads.js";
import { reportLineHref } from "./figure-frame.js";

/** A published table as the catalogTables query returns it. */
export interface CatalogTable {
  table_name: string;
  title: string;
  description: string;
  row_count: number;
  source_section: string;
  first_line: number | null;
  last_line: number | null;
}

/** A published column as the catalogColumns query returns it. */
export interface CatalogColumn {
  table_name: string;
  position: number;
  column_name: string;
  type: string;
  unit: string | null;
  description: string;
}

/** Returns a table's catalog entry: what it holds, where it comes from, its columns, and its download links. */
export function catalogEntry(table: CatalogTable, columns: readonly CatalogColumn[], downloads: TableDownloads): HTMLElement {
  const section = document.createElement("section");
  section.className = "se-catalog-entry";
  section.id = table.table_name;
  const heading = document.createElement("h2");
  heading.textContent = `${table.title} (${table.table_name})`;
  const description = document.createElement("p");
  description.textContent = table.description;
  const facts = document.createElement("p");
  facts.className = "se-catalog-entry__facts";
  facts.append(`${formatCount(table.row_count)} rows. Source: ${table.source_section}`);
  if (table.first_line !== null && table.last_line !== null) {
    facts.append(", report lines ");
    const first = document.createElement("a");
    first.href = reportLineHref(table.first_line);
    first.textContent = String(table.first_line);
    const last = document.createElement("a");
    last.href = reportLineHref(table.last_line);
    last.textContent = String(table.last_line);
    facts.append(first, "–", last);
  }
  facts.append(".");
  const links = document.createElement("p");
  links.className = "se-catalog-entry__downloads";
  links.append("Download: ", download(downloads.parquet, `${table.table_name}.parquet`, "Parquet"), " ", download(downloads.csv, `${table.table_name}.csv`, "CSV"));
  section.append(heading, description, facts, links, columnTable(table, columns));
  return section;
}

function download(href: string, filename: string, label: string): HTMLAnchorElement {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = filename;
  anchor.textContent = `${label} (${filename})`;
  return anchor;
}

function columnTable(table: CatalogTable, columns: readonly CatalogColumn[]): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "se-catalog-entry__columns";
  wrapper.tabIndex = 0;
  wrapper.setAttribute("role", "region");
  wrapper.setAttribute("aria-label", `Columns of ${table.table_name}`);
  const element = document.createElement("table");
  element.createCaption().textContent = `Columns of ${table.table_name}`;
  const head = element.createTHead().insertRow();
  for (const label of ["Column", "Type", "Unit", "Description"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = label;
    head.append(th);
  }
  const body = element.createTBody();
  for (const column of columns) {
    const row = body.insertRow();
    const name = document.createElement("th");
    name.scope = "row";
    const code = document.createElement("code");
    code.textContent = column.column_name;
    name.append(code);
    row.append(name);
    row.insertCell().textContent = column.type;
    row.insertCell().textContent = column.unit ?? "";
    row.insertCell().textContent = column.description;
  }
  wrapper.append(element);
  return wrapper;
}
