import { readPartners, type PartnerRow } from "../partners/mapping-csv.js";
import { defineTable } from "../table-definition.js";

/** partners: the statutory partners and other bodies the report names, as kept in data-loaders/partners/partners.csv. */
export const partners = defineTable<PartnerRow>({
  name: "partners",
  title: "Partners the board holds to account",
  description:
    "One row per statutory partner of the board (Children Act 2004, s13; schools since 2010) and per other body the report's tables name. The list is kept by hand in data-loaders/partners/partners.csv; agency_names says which printed name stands for which partner.",
  sourceSection: "The whole report (kept in data-loaders/partners/partners.csv)",
  columns: [
    { name: "partner_id", type: "VARCHAR", description: "Stable identifier (a slug): local-authority, police, health, probation, youth-offending, cafcass, schools, voluntary-sector, lscb…" },
    { name: "name", type: "VARCHAR", description: "The partner's name in full." },
    { name: "kind", type: "VARCHAR", description: "statutory (a statutory partner of the board) or other." },
    { name: "description", type: "VARCHAR", description: "Which bodies the partner stands for, and why it is (or is not) statutory." }
  ],
  parse: () => readPartners()
});
