import { describe, expect, it } from "vitest";
import { parseAgencyMappingCsv, parsePartnersCsv, readAgencyMapping, readPartners } from "../../../data-loaders/partners/mapping-csv.js";

const HEADER = "partner_id,name,kind,description";
const MAPPING_HEADER = "table_name,column_name,printed_name,partner_id,reason";
const IDS = new Set(["police", "health"]);

describe("partners.csv", () => {
  it("lists 12 partners, 7 of them statutory, police first among them after the council", () => {
    const rows = readPartners();
    expect(rows.map((row) => row.partner_id)).toEqual([
      "local-authority", "police", "health", "probation", "youth-offending", "cafcass", "schools",
      "voluntary-sector", "lscb", "uk-border-agency", "crown-prosecution-service", "university-of-bedfordshire"
    ]);
    expect(rows.filter((row) => row.kind === "statutory").length).toBe(7);
    expect(rows[1]).toEqual({ partner_id: "police", name: "Bedfordshire Police", kind: "statutory", description: "Bedfordshire Police (Beds Police). Statutory partner under the Children Act 2004, s13." });
  });

  it("stops, naming the row and column, on a bad kind, a repeated id, a slug with capitals, an empty name or a wrong header", () => {
    expect(() => parsePartnersCsv(`${HEADER}\npolice,Police,partner,x`)).toThrow('partners.csv row 1 column kind: expected statutory or other, found "partner"');
    expect(() => parsePartnersCsv(`${HEADER}\npolice,Police,statutory,x\npolice,P,other,y`)).toThrow('partners.csv row 2 column partner_id: expected each partner once, found "police" again');
    expect(() => parsePartnersCsv(`${HEADER}\nPolice,Police,statutory,x`)).toThrow('partners.csv row 1 column partner_id: expected a lower-case slug such as local-authority, found "Police"');
    expect(() => parsePartnersCsv(`${HEADER}\npolice,,statutory,x`)).toThrow("partners.csv row 1 column name: expected a value, found an empty field");
    expect(() => parsePartnersCsv("partner_id,name,kind\npolice,Police,statutory")).toThrow("partners.csv header: expected partner_id,name,kind,description, found partner_id,name,kind");
  });
});

describe("agency-names.csv", () => {
  it("maps 78 printed names, 69 to a partner and 9 to none", () => {
    const rows = readAgencyMapping();
    expect(rows.length).toBe(78);
    expect(rows.filter((row) => row.partner_id === null).length).toBe(9);
  });

  it("keeps a blank partner_id as NULL and the reason verbatim", () => {
    expect(parseAgencyMappingCsv(`${MAPPING_HEADER}\ncaf_by_agency,agency,Other,,"Catch-all, no partner."`, IDS)).toEqual([
      { table_name: "caf_by_agency", column_name: "agency", printed_name: "Other", partner_id: null, reason: "Catch-all, no partner." }
    ]);
  });

  it("stops, naming the row, on a partner that does not exist, a name mapped twice or spaces around a name", () => {
    expect(() => parseAgencyMappingCsv(`${MAPPING_HEADER}\nmarac_referrals,agency,Police,polis,x`, IDS)).toThrow(
      'agency-names.csv row 1 column partner_id: expected one of the partners (police, health), found "polis"'
    );
    expect(() => parseAgencyMappingCsv(`${MAPPING_HEADER}\nmarac_referrals,agency,Police,police,x\nmarac_referrals,agency,Police,health,y`, IDS)).toThrow(
      'agency-names.csv row 2: expected each printed name once per table and column, found "marac_referrals.agency: Police" again'
    );
    expect(() => parseAgencyMappingCsv(`${MAPPING_HEADER}\nmarac_referrals,agency," Police",police,x`, IDS)).toThrow(
      'agency-names.csv row 1 column printed_name: expected no spaces around the value, found " Police"'
    );
  });
});
