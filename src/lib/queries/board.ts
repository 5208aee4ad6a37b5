import type { NamedQuery } from "./named-query.js";

/** The board page's queries: attendance at LSCB meetings, the business plan and the Ofsted action plan. */
export const BOARD_QUERIES = {
  /** The agencies of the attendance table, alphabetically: the agency filter's choices. */
  boardAgencies: {
    tables: ["board_attendance"],
    sql: `SELECT agency, COUNT(*) AS members FROM board_attendance GROUP BY agency ORDER BY lower(agency)`
  },
  /** Attendance totals for one agency ($1), or for every member when $1 = 'all'. */
  boardAttendanceTotals: {
    tables: ["board_attendance"],
    sql: `SELECT CAST(COUNT(*) AS INTEGER) AS members,
       CAST(SUM(meetings) AS INTEGER) AS meetings,
       CAST(SUM(attended) AS INTEGER) AS attended,
       ROUND(100 * SUM(attended) / SUM(meetings), 1) AS attendance_rate_pct,
       CAST(SUM(represented) AS INTEGER) AS represented,
       CAST(SUM(apologies) AS INTEGER) AS apologies,
       CAST(SUM(absent_no_apologies) AS INTEGER) AS absent_no_apologies,
       '2012/13' AS period,
       MIN(source_line) AS source_line
FROM board_attendance
WHERE $1 = 'all' OR agency = $1`
  },
  /** Each member's attendance ($1 = an agency, or 'all'), best attended first: rate = attended / meetings. */
  boardAttendanceByMember: {
    tables: ["board_attendance"],
    sql: `SELECT member_no, name, agency, title, meetings, attended,
       ROUND(100 * attended / meetings, 1) AS attendance_rate_pct,
       represented, apologies, absent_no_apologies,
       CAST(attended + represented + apologies + absent_no_apologies AS INTEGER) AS counts_total,
       comments, source_line
FROM board_attendance
WHERE $1 = 'all' OR agency = $1
ORDER BY attended DESC, absent_no_apologies, member_no`
  },
  /** Attendance per agency as the report names it, summed over its members, best attended first. */
  boardAttendanceByAgency: {
    tables: ["board_attendance"],
    sql: `SELECT agency,
       CAST(COUNT(*) AS INTEGER) AS members,
       CAST(SUM(meetings) AS INTEGER) AS meetings,
       CAST(SUM(attended) AS INTEGER) AS attended,
       ROUND(100 * SUM(attended) / SUM(meetings), 1) AS attendance_rate_pct,
       CAST(SUM(represented) AS INTEGER) AS represented,
       CAST(SUM(apologies) AS INTEGER) AS apologies,
       CAST(SUM(absent_no_apologies) AS INTEGER) AS absent_no_apologies,
       CAST(COUNT(*) FILTER (WHERE attended + represented + apologies + absent_no_apologies <> meetings) AS INTEGER) AS members_not_adding_up,
       MIN(source_line) AS source_line
FROM board_attendance
GROUP BY agency
ORDER BY SUM(attended) / SUM(meetings) DESC, SUM(absent_no_apologies), lower(agency)`
  },
  /** Objectives of each business-plan priority by status, with the objectives and their status listed. */
  businessPlanStatusByPriority: {
    tables: ["business_plan"],
    sql: `SELECT priority_no,
       -- priority 7 lists its three areas on lines of their own
       replace(replace(priority, ':' || chr(10), ': '), chr(10), '; ') AS priority,
       CAST(COUNT(*) AS INTEGER) AS objectives,
       CAST(COUNT(*) FILTER (WHERE status = 'completed') AS INTEGER) AS completed,
       CAST(COUNT(*) FILTER (WHERE status = 'carried_forward') AS INTEGER) AS carried_forward,
       CAST(COUNT(*) FILTER (WHERE status = 'in_progress') AS INTEGER) AS in_progress,
       CAST(COUNT(*) FILTER (WHERE status = 'not_stated') AS INTEGER) AS not_stated,
       string_agg(objective || ' (' || replace(status, '_', ' ') || ')', '; ' ORDER BY source_line) AS objective_list,
       MIN(source_line) AS source_line
FROM business_plan
GROUP BY priority_no, priority
ORDER BY priority_no`
  },
  /** The themes of the Ofsted action plan, in report order: the theme filter's choices. */
  ofstedThemes: {
    tables: ["ofsted_actions"],
    sql: `SELECT theme, CAST(COUNT(*) AS INTEGER) AS actions FROM ofsted_actions GROUP BY theme ORDER BY MIN(action_no)`
  },
  /** How many actions have each RAG rating, for one theme ($1) or all ($1 = 'all'), from done to least progress. */
  ofstedRatingCounts: {
    tables: ["ofsted_actions"],
    sql: `SELECT rag_rating, CAST(COUNT(*) AS INTEGER) AS actions, MIN(source_line) AS source_line
FROM ofsted_actions
WHERE $1 = 'all' OR theme = $1
GROUP BY rag_rating
ORDER BY CASE rag_rating WHEN 'Completed' THEN 1 WHEN 'Actions complete' THEN 2 WHEN 'Good progress' THEN 3 WHEN 'Some progress' THEN 4 ELSE 5 END, rag_rating`
  },
  /** The Ofsted action plan's recommendations, for one theme ($1) or all ($1 = 'all'), in report order. */
  ofstedActions: {
    tables: ["ofsted_actions"],
    sql: `SELECT action_no, theme, timescale, recommendation, rag_rating, rag_commentary, progress, source_line
FROM ofsted_actions
WHERE $1 = 'all' OR theme = $1
ORDER BY action_no`
  }
} satisfies Record<string, NamedQuery>;
