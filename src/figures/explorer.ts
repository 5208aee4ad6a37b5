// The SQL explorer: src/explorer.md places it.
import { EXAMPLE_QUERIES } from "../lib/example-queries.js";
import { catalogColumns } from "./catalog.js";
import { call, defineBlock } from "./define.js";

/** The workbench, its completion and schema list from every published column; ready once the link's query has run. */
export const workbench = defineBlock({
  id: "sql-workbench",
  calls: { schema: call(catalogColumns) },
  // The workbench (and its Parquet writer) runs only in the page: loaded when drawn, so the build can read this module.
  render: async ({ schema }) => (await import("../components/sql-workbench.js")).sqlWorkbench({ schema, defaultSql: EXAMPLE_QUERIES[0]!.sql })
});
