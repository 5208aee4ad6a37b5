/** A ready-made query an analyst can open in the explorer. */
export interface ExampleQuery {
  theme: string;
  title: string;
  sql: string;
}

/** One example query per theme, each a shareable explorer link. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  { theme: "Early help", title: "CAFs completed per financial year (blank cells stay out of the sum)", sql: "SELECT financial_year, SUM(cafs) AS cafs, COUNT(*) FILTER (WHERE cafs IS NULL) AS blank_cells\nFROM caf_by_area\nGROUP BY financial_year\nORDER BY financial_year" },
  { theme: "Domestic abuse", title: "MARAC referrals by agency, most first", sql: "SELECT agency, SUM(referrals) AS referrals\nFROM marac_referrals\nGROUP BY agency\nORDER BY referrals DESC" },
  { theme: "Children's social care", title: "Child protection figures the report states", sql: "SELECT label, series, period, value, unit, source_line\nFROM indicators\nWHERE theme = 'child-protection'\nORDER BY indicator_id, period" },
  { theme: "Children in care", title: "Children in care against statistical neighbours", sql: "SELECT indicator_id, series, period, value, unit\nFROM indicators\nWHERE theme = 'children-in-care'\nORDER BY indicator_id, series" },
  { theme: "Child deaths", title: "Child deaths by ethnicity against the 2011 Census", sql: "SELECT category, series, value\nFROM indicators\nWHERE indicator_id = 'child_deaths_by_ethnicity_pct'\nORDER BY category, series" },
  { theme: "Budget", title: "Income by partner", sql: "SELECT partner, share_pct, amount_gbp\nFROM budget_income\nORDER BY amount_gbp DESC" },
  { theme: "Board", title: "Board attendance rate by agency", sql: "SELECT agency, SUM(attended) AS attended, SUM(meetings) AS meetings,\n       ROUND(100.0 * SUM(attended) / NULLIF(SUM(meetings), 0), 1) AS attended_pct\nFROM board_attendance\nGROUP BY agency\nORDER BY attended_pct" },
  { theme: "Data quality", title: "Where the report contradicts itself", sql: "SELECT table_name, check_id, message, expected, actual, source_line\nFROM data_quality\nWHERE severity = 'error'\nORDER BY table_name, source_line" }
];

