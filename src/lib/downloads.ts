import { FileAttachment } from "observablehq:stdlib";

/** The download links of a published table: the built Parquet and CSV files themselves. */
export interface TableDownloads {
  parquet: string;
  csv: string;
}

// FileAttachment needs literal paths; `.href` is the built file's address (the same bytes the pages query).
const DOWNLOADS: Record<string, TableDownloads> = {
  caf_by_area: { parquet: FileAttachment("../data/caf_by_area.parquet").href, csv: FileAttachment("../data/caf_by_area.csv").href },
  caf_by_agency: { parquet: FileAttachment("../data/caf_by_agency.parquet").href, csv: FileAttachment("../data/caf_by_agency.csv").href },
  marac_meetings: { parquet: FileAttachment("../data/marac_meetings.parquet").href, csv: FileAttachment("../data/marac_meetings.csv").href },
  marac_referrals: { parquet: FileAttachment("../data/marac_referrals.parquet").href, csv: FileAttachment("../data/marac_referrals.csv").href },
  indicators: { parquet: FileAttachment("../data/indicators.parquet").href, csv: FileAttachment("../data/indicators.csv").href },
  home_education_grades: { parquet: FileAttachment("../data/home_education_grades.parquet").href, csv: FileAttachment("../data/home_education_grades.csv").href },
  home_education_reasons: { parquet: FileAttachment("../data/home_education_reasons.parquet").href, csv: FileAttachment("../data/home_education_reasons.csv").href },
  budget_income: { parquet: FileAttachment("../data/budget_income.parquet").href, csv: FileAttachment("../data/budget_income.csv").href },
  budget_expenditure: { parquet: FileAttachment("../data/budget_expenditure.parquet").href, csv: FileAttachment("../data/budget_expenditure.csv").href },
  budget_position: { parquet: FileAttachment("../data/budget_position.parquet").href, csv: FileAttachment("../data/budget_position.csv").href },
  board_attendance: { parquet: FileAttachment("../data/board_attendance.parquet").href, csv: FileAttachment("../data/board_attendance.csv").href },
  ofsted_actions: { parquet: FileAttachment("../data/ofsted_actions.parquet").href, csv: FileAttachment("../data/ofsted_actions.csv").href },
  business_plan: { parquet: FileAttachment("../data/business_plan.parquet").href, csv: FileAttachment("../data/business_plan.csv").href },
  partners: { parquet: FileAttachment("../data/partners.parquet").href, csv: FileAttachment("../data/partners.csv").href },
  agency_names: { parquet: FileAttachment("../data/agency_names.parquet").href, csv: FileAttachment("../data/agency_names.csv").href },
  data_quality: { parquet: FileAttachment("../data/data_quality.parquet").href, csv: FileAttachment("../data/data_quality.csv").href },
  report_paragraphs: { parquet: FileAttachment("../data/report_paragraphs.parquet").href, csv: FileAttachment("../data/report_paragraphs.csv").href },
  dataset_catalog: { parquet: FileAttachment("../data/dataset_catalog.parquet").href, csv: FileAttachment("../data/dataset_catalog.csv").href },
  dataset_columns: { parquet: FileAttachment("../data/dataset_columns.parquet").href, csv: FileAttachment("../data/dataset_columns.csv").href }
};

/** The zip of every table as Parquet and CSV, with the report text. */
export const ALL_TABLES_ZIP = FileAttachment("../data/safeguarding-explorer-tables.zip").href;

/** Returns a table's download links, or throws naming the tables that have them. */
export function tableDownloads(table: string): TableDownloads {
  const links = DOWNLOADS[table];
  if (!links) throw new Error(`tableDownloads: expected a published table, found ${JSON.stringify(table)} (known: ${Object.keys(DOWNLOADS).join(", ")})`);
  return links;
}
