import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGlossary, termPattern } from "../../scripts/glossary-links.js";
import { COMMITTED_REPORT_PATH } from "../../data-loaders/sources/committed-report.js";

const GLOSSARY = readGlossary();

const REPORT = readFileSync(COMMITTED_REPORT_PATH, "utf-8");

/** The terms the glossary must explain, by id. */
const REQUIRED_IDS = [
  "caf", "marac", "idva", "caada", "lado", "cdop", "scr", "rat", "lac", "cp-plan", "s47", "icpc", "cse", "serac", "uasc",
  "nrpf", "sarc", "yos", "gcp", "sept", "camhs", "lscb", "ofsted", "pep", "ccg", "lbc", "slac", "lsab", "rag-rating", "sen",
  "channel", "private-fostering", "elective-home-education", "statistical-neighbours", "re-referral", "core-partners",
  "lats", "scie", "nspcc", "pct", "hwb", "ctb", "dcs", "eoy"
];

/** Terms in the site's words for something the report describes without naming it. */
const NOT_NAMED_IN_REPORT: Record<string, string> = {
  // "referred to the service for a subsequent time, but within 12 months of the original referral" (report line 686)
  "re-referral": "within 12 months of the original referral"
};

const byTerm = new Intl.Collator("en-GB", { sensitivity: "base" });

describe("GLOSSARY", () => {
  it("explains every required term", () => {
    const ids = new Set(GLOSSARY.map((entry) => entry.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("has unique ids usable in a #term-<id> anchor", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it("is sorted alphabetically by term", () => {
    const terms = GLOSSARY.map((entry) => entry.term);
    expect(terms).toEqual([...terms].sort(byTerm.compare));
  });

  it("gives every term a definition of one or two sentences", () => {
    const tooLong = GLOSSARY.filter((entry) => (entry.definition.match(/[.!?]["”]?(\s|$)/g) ?? []).length > 2).map((entry) => entry.id);
    const unfinished = GLOSSARY.filter((entry) => !/[.]["”]?$/.test(entry.definition)).map((entry) => entry.id);
    expect({ tooLong, unfinished }).toEqual({ tooLong: [], unfinished: [] });
  });

  it("never gives two entries the same written form", () => {
    const forms = GLOSSARY.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]);
    expect(forms.filter((form, index) => forms.indexOf(form) !== index)).toEqual([]);
  });

  it("lists only abbreviations and terms the report uses, as whole words and as the site will link them", () => {
    const missing = GLOSSARY.filter((entry) => !(entry.id in NOT_NAMED_IN_REPORT) && !termPattern(entry).test(REPORT)).map((entry) => entry.term);
    expect(missing).toEqual([]);
  });

  it("uses the report's own abbreviation for every abbreviation, not only its spelled-out form", () => {
    const abbreviations = GLOSSARY.filter((entry) => /^[A-Z0-9&]{2,}$/.test(entry.term) || /^s\d+$/.test(entry.term));
    const missing = abbreviations.filter((entry) => ![entry.term, ...(entry.aliases ?? [])].some((form) => wholeWord(form).test(REPORT)));
    expect(abbreviations.length).toBeGreaterThan(40);
    expect(missing.map((entry) => entry.term)).toEqual([]);
  });

  it("describes the terms the report does not name with the report's own words", () => {
    for (const [id, quote] of Object.entries(NOT_NAMED_IN_REPORT)) {
      const entry = GLOSSARY.find((candidate) => candidate.id === id);
      expect(entry?.definition).toContain(quote);
      expect(REPORT).toContain(quote);
    }
  });

  it("says where the report does not expand an abbreviation it uses", () => {
    const neverExpanded = ["YOS", "LATS", "PEP", "LSCB", "LSAB", "PCT", "NSPCC", "EOY", "CAMHS", "CAFCASS", "CEOP", "NHS", "PSHE", "Ofsted"];
    for (const term of neverExpanded) {
      expect(REPORT).not.toMatch(new RegExp(`\\(${term}\\)`));
      expect(GLOSSARY.find((entry) => entry.term === term)?.definition).toContain("report does not expand it");
    }
  });

  it("reads RAT and GCP as the report's CAF tables use them", () => {
    expect(REPORT).toContain("Referral and Assessment Team (RAT)");
    expect(REPORT).toContain("Graded Care Profile (GCP)");
    expect(GLOSSARY.find((entry) => entry.id === "rat")?.definition).toMatch(/^Referral and Assessment Team: /);
    expect(GLOSSARY.find((entry) => entry.id === "gcp")?.definition).toMatch(/^Graded Care Profile: /);
  });
});

function wholeWord(form: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`);
}
