import { from, not, op } from "arquero";
import { readAgencyMapping } from "../partners/mapping-csv.js";
import { readPrintedNames } from "../partners/printed-names.js";
import { defineTable } from "../table-definition.js";

/** The contract name of the table, used in findings. */
export const AGENCY_NAMES_TABLE = "agency_names";

/** One printed name in one table's column, the partner it stands for (or NULL) and why. */
export type AgencyNameRow = {
  table_name: string;
  column_name: string;
  printed_name: string;
  partner_id: string | null;
  reason: string | null;
  source_line: number;
};

const KEYS = ["table_name", "column_name", "printed_name"];

/**
 * Returns one row per distinct name each table prints (first line it appears on), joined with the mapping of
 * agency-names.csv: a name the mapping does not list has NULL partner_id and reason (a finding); a mapping line that
 * names nothing printed is a stale mapping and throws, naming it.
 */
export function mapPrintedNames(printed: readonly object[], mapping: readonly object[]): AgencyNameRow[] {
  const names = from(printed).groupby(KEYS).rollup({ source_line: op.min("source_line") });
  const unused = from(mapping).antijoin(names, [KEYS, KEYS]).objects() as { table_name: string; column_name: string; printed_name: string }[];
  if (unused.length > 0) {
    const list = unused.map((row) => `${row.table_name}.${row.column_name} ${JSON.stringify(row.printed_name)}`).join(", ");
    throw new Error(`agency-names.csv: expected every mapped name to be printed in its table, found ${unused.length} that are not: ${list}`);
  }
  return names
    .join_left(from(mapping), [KEYS, KEYS], [KEYS.concat("source_line"), not(KEYS)])
    .select(...KEYS, "partner_id", "reason", "source_line")
    .objects()
    .map((row) => {
      const { table_name, column_name, printed_name, partner_id, reason, source_line } = row as Partial<AgencyNameRow>;
      return { table_name: table_name!, column_name: column_name!, printed_name: printed_name!, partner_id: partner_id ?? null, reason: reason ?? null, source_line: source_line! };
    });
}

/** agency_names: every agency, partner and responsibility name printed in the tables, verbatim, mapped to a partner. */
export const agencyNames = defineTable<AgencyNameRow>({
  name: AGENCY_NAMES_TABLE,
  title: "Printed agency names and the partner each stands for",
  description:
    "One row per distinct agency, partner or responsibility name a table prints (MARAC and CAF referring agencies, board members' agencies, budget partners, business-plan responsibility holders, bodies Ofsted's recommendations name), kept verbatim and mapped to a partner by data-loaders/partners/agency-names.csv, or to none with the reason.",
  sourceSection: "MARAC, CAF, board attendance, budget, business plan and Ofsted action plan tables",
  columns: [
    { name: "table_name", type: "VARCHAR", description: "The published table that prints the name." },
    { name: "column_name", type: "VARCHAR", description: "The column holding it (for ofsted_actions, the recommendation that names its owner)." },
    { name: "printed_name", type: "VARCHAR", description: "The name exactly as printed (a business-plan responsibility cell gives one name per line)." },
    { name: "partner_id", type: "VARCHAR", description: "The partner (partners.partner_id) the name stands for; NULL when it stands for none, with the reason." },
    { name: "reason", type: "VARCHAR", description: "Why the name maps to that partner, or to none; NULL only for a name the mapping does not know, which data_quality reports." },
    { name: "source_line", type: "INTEGER", description: "First report line the name is printed on in that table (the first line of its row)." }
  ],
  parse: (report) => mapPrintedNames(readPrintedNames(report), readAgencyMapping())
});
