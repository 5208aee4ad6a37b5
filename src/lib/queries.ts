import { queryRows, sharedDatabase, type QueryRow, type TableName } from "./database.js";

/** A named SQL query: the tables it reads and its text. Every chart's data comes from one of these. */
export interface NamedQuery {
  tables: readonly TableName[];
  sql: string;
}

/** Every query the site runs, named after its result. */
export const QUERIES = {
  maracCasesByMonth: {
    tables: ["marac_meetings"],
    sql: `SELECT month,
       CAST(SUM(cases) AS INTEGER) AS cases,
       CAST(SUM(repeat_cases) AS INTEGER) AS repeat_cases,
       CAST(SUM(children) AS INTEGER) AS children,
       CAST(SUM(sessions) AS INTEGER) AS sessions,
       MIN(source_line) AS source_line
FROM marac_meetings
GROUP BY month
ORDER BY month`
  }
} satisfies Record<string, NamedQuery>;

/** The name of a query in QUERIES. */
export type QueryName = keyof typeof QUERIES;

/** Runs a named query in the page's shared DuckDB-WASM session and returns its rows. */
export async function runNamedQuery(name: QueryName, params: readonly unknown[] = []): Promise<QueryRow[]> {
  const query: NamedQuery = QUERIES[name];
  return queryRows(await sharedDatabase(query.tables), query.sql, params);
}
