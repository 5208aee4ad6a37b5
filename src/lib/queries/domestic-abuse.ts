import type { NamedQuery } from "./named-query.js";

/** The domestic-abuse (MARAC) page's queries. */
export const DOMESTIC_ABUSE_QUERIES = {
  /** Cases, repeat cases, children and meetings per month of the MARAC table. */
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
