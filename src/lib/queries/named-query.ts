import type { TableName } from "../database.js";

/** A named SQL query: the tables it reads and its text, with `$1`, `$2`… for parameters. */
export interface NamedQuery {
  tables: readonly TableName[];
  sql: string;
}
