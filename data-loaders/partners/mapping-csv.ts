import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fromCSV } from "arquero";

/** The partner dimension as kept in data-loaders/partners/partners.csv. */
export const PARTNERS_CSV = fileURLToPath(new URL("./partners.csv", import.meta.url));
/** The printed-name → partner mapping as kept in data-loaders/partners/agency-names.csv. */
export const AGENCY_NAMES_CSV = fileURLToPath(new URL("./agency-names.csv", import.meta.url));

/** Whether a partner is one of the board's statutory partners (Children Act 2004, s13) or another body. */
export type PartnerKind = "statutory" | "other";

/** One partner: a stable slug, its name, statutory or other, and what it stands for. */
export type PartnerRow = {
  partner_id: string;
  name: string;
  kind: PartnerKind;
  description: string;
};

/** One line of the mapping: a name as one table prints it, the partner it stands for (or none) and why. */
export type AgencyMappingRow = {
  table_name: string;
  column_name: string;
  printed_name: string;
  partner_id: string | null;
  reason: string | null;
};

const PARTNER_COLUMNS = ["partner_id", "name", "kind", "description"] as const;
const MAPPING_COLUMNS = ["table_name", "column_name", "printed_name", "partner_id", "reason"] as const;
const SLUG = /^[a-z]+(?:-[a-z]+)*$/;

/** Returns the rows of partners.csv; throws naming the file, row and column on a malformed row. */
export function parsePartnersCsv(text: string, file = "partners.csv"): PartnerRow[] {
  const rows = readCsvRows(text, file, PARTNER_COLUMNS);
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const at = `${file} row ${index + 1}`;
    const partner_id = required(row.partner_id, `${at} column partner_id`);
    if (!SLUG.test(partner_id)) throw new Error(`${at} column partner_id: expected a lower-case slug such as local-authority, found ${JSON.stringify(partner_id)}`);
    if (seen.has(partner_id)) throw new Error(`${at} column partner_id: expected each partner once, found ${JSON.stringify(partner_id)} again`);
    seen.add(partner_id);
    const kind = required(row.kind, `${at} column kind`);
    if (kind !== "statutory" && kind !== "other") throw new Error(`${at} column kind: expected statutory or other, found ${JSON.stringify(kind)}`);
    return { partner_id, name: required(row.name, `${at} column name`), kind, description: required(row.description, `${at} column description`) };
  });
}

/** Returns the rows of agency-names.csv, checking each partner_id is a partner; throws naming the file, row and column. */
export function parseAgencyMappingCsv(text: string, partnerIds: ReadonlySet<string>, file = "agency-names.csv"): AgencyMappingRow[] {
  const rows = readCsvRows(text, file, MAPPING_COLUMNS);
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const at = `${file} row ${index + 1}`;
    const table_name = required(row.table_name, `${at} column table_name`);
    const column_name = required(row.column_name, `${at} column column_name`);
    const printed_name = required(row.printed_name, `${at} column printed_name`);
    const key = `${table_name}.${column_name}: ${printed_name}`;
    if (seen.has(key)) throw new Error(`${at}: expected each printed name once per table and column, found ${JSON.stringify(key)} again`);
    seen.add(key);
    const partner_id = row.partner_id ?? null;
    if (partner_id !== null && !partnerIds.has(partner_id)) {
      throw new Error(`${at} column partner_id: expected one of the partners (${[...partnerIds].join(", ")}), found ${JSON.stringify(partner_id)}`);
    }
    return { table_name, column_name, printed_name, partner_id, reason: row.reason ?? null };
  });
}

// The committed CSVs are read once per process: every extraction (and every data_quality run) maps with them.
let partnersRead: readonly PartnerRow[] | undefined;
let mappingRead: readonly AgencyMappingRow[] | undefined;

/** Returns the committed partners.csv, parsed (read once). */
export function readPartners(): PartnerRow[] {
  partnersRead ??= parsePartnersCsv(readFileSync(PARTNERS_CSV, "utf-8"));
  return partnersRead.map((row) => ({ ...row }));
}

/** Returns the committed agency-names.csv, parsed and checked against the committed partners (read once). */
export function readAgencyMapping(): AgencyMappingRow[] {
  mappingRead ??= parseAgencyMappingCsv(readFileSync(AGENCY_NAMES_CSV, "utf-8"), new Set(readPartners().map((partner) => partner.partner_id)));
  return mappingRead.map((row) => ({ ...row }));
}

// Reads every field as text (no type guessing) and checks the header; an empty field is null.
function readCsvRows(text: string, file: string, columns: readonly string[]): Record<string, string | null>[] {
  const table = fromCSV(text, { autoType: false });
  const header = table.columnNames();
  if (header.join(",") !== columns.join(",")) throw new Error(`${file} header: expected ${columns.join(",")}, found ${header.join(",")}`);
  return table.objects() as Record<string, string | null>[];
}

function required(value: string | null | undefined, where: string): string {
  if (value === null || value === undefined || value.trim() === "") throw new Error(`${where}: expected a value, found an empty field`);
  if (value !== value.trim()) throw new Error(`${where}: expected no spaces around the value, found ${JSON.stringify(value)}`);
  return value;
}
