// The notebook page: src/notebook.md places it.
import { catalogColumns } from "./catalog.js";
import { call, defineBlock } from "./define.js";

/** The notebook, its completion from every published column; ready once the link's (or the starter's) cells have run. */
export const notebook = defineBlock({
  id: "notebook",
  calls: { schema: call(catalogColumns) },
  // The notebook's views, its editor and its data version (a FileAttachment) run only in the page: loaded when drawn,
  // so the build can read this module.
  render: async ({ schema }) => {
    const [{ readDataVersion }, { notebookView }, { STARTER_NOTEBOOKS }] = await Promise.all([
      import("../notebook/data-version.js"),
      import("../notebook/notebook-view.js"),
      import("../notebook/starters.js")
    ]);
    const tables = [...new Set(schema.map((column) => column.table_name as string))];
    return notebookView({ tables, schema, dataVersion: await readDataVersion(), starters: STARTER_NOTEBOOKS });
  }
});
