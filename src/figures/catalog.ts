// The data catalog's blocks: src/catalog.md places them.
import { catalogEntry } from "../components/catalog-entry.js";
import { call, defineBlock, defineQuery } from "./define.js";

/** Every published table as the catalog lists it. */
export const catalogTables = defineQuery("catalogTables", {
  tables: ["dataset_catalog"],
  sql: `SELECT table_name, title, description, row_count, source_section, first_line, last_line FROM dataset_catalog`
});

/** Every published column, in table and column order. */
export const catalogColumns = defineQuery("catalogColumns", {
  tables: ["dataset_columns"],
  sql: `SELECT table_name, position, column_name, type, unit, description FROM dataset_columns ORDER BY table_name, position`
});

/** Every table with its columns and downloads. */
export const catalog = defineBlock({
  id: "catalog",
  calls: { tables: call(catalogTables), columns: call(catalogColumns) },
  render: async ({ tables, columns }) => {
    // The downloads are the page's own files (FileAttachment), which only the page can name: loaded when drawn.
    const { tableDownloads } = await import("../lib/downloads.js");
    const container = document.createElement("div");
    for (const table of tables) container.append(catalogEntry(table, columns.filter((column) => column.table_name === table.table_name), tableDownloads(table.table_name)));
    return container;
  }
});
