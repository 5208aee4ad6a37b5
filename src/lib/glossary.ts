// The glossary itself is data: src/content/glossary.csv, one row per term, read by the glossary page and by the
// build's term linker (scripts/glossary-links.ts). This module reads that file's text and says what is wrong with it.
import { parseCsv } from "./csv.js";

/** One glossary entry: an abbreviation or term the report uses, and what it means in plain English. */
export interface GlossaryEntry {
  /** The anchor on the glossary page is `term-<id>`. */
  readonly id: string;
  /** The term as the report writes it. */
  readonly term: string;
  /** Other ways the report writes the same term (plurals, misspellings, variants), linked like the term itself. */
  readonly aliases?: readonly string[];
  /** One or two sentences for the public; for an abbreviation, it starts with what the letters stand for. */
  readonly definition: string;
}

/** The glossary file's columns, in order; `aliases` holds the other written forms separated by semicolons. */
export const GLOSSARY_COLUMNS = ["id", "term", "aliases", "definition"] as const;

/** Where the glossary file is, relative to the source root (for the page's FileAttachment and for messages). */
export const GLOSSARY_FILE = "content/glossary.csv";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Returns the entries of the glossary CSV, in file order; throws on a malformed file, naming the row (row 1 is the
 * header, as in a spreadsheet), what was expected and what was found.
 */
export function parseGlossaryCsv(text: string, source = `src/${GLOSSARY_FILE}`): GlossaryEntry[] {
  const [header, ...rows] = parseCsv(text, source).filter((record) => record.fields.some((field) => field.trim() !== ""));
  const expectedHeader = GLOSSARY_COLUMNS.join(",");
  if (!header) throw new Error(`${source}: expected a header row "${expectedHeader}", found an empty file`);
  if (header.fields.map((field) => field.trim()).join(",") !== expectedHeader) {
    throw new Error(`${source} row ${header.row}: expected the header "${expectedHeader}", found "${header.fields.join(",")}"`);
  }
  const entries: GlossaryEntry[] = [];
  const idRows = new Map<string, number>();
  const formRows = new Map<string, number>();
  for (const { fields, row } of rows) {
    const [id = "", term = "", aliasCell = "", definition = ""] = fields.map((field) => field.trim());
    const where = `${source} row ${row}${id ? ` (id "${id}")` : ""}`;
    if (fields.length !== GLOSSARY_COLUMNS.length) {
      throw new Error(`${where}: expected ${GLOSSARY_COLUMNS.length} cells (${GLOSSARY_COLUMNS.join(", ")}), found ${fields.length}`);
    }
    if (!ID.test(id)) throw new Error(`${where}: expected an id of lowercase letters, digits and single hyphens (such as "cp-plan"), found ${JSON.stringify(id)}`);
    if (idRows.has(id)) throw new Error(`${where}: expected an id no other row has, found the id of row ${idRows.get(id)} again`);
    if (term === "") throw new Error(`${where}: expected a term, found an empty cell`);
    if (definition === "") throw new Error(`${where}: expected a definition, found an empty cell`);
    const aliases = aliasCell === "" ? [] : aliasCell.split(";").map((alias) => alias.trim());
    if (aliases.includes("")) throw new Error(`${where}: expected aliases separated by single semicolons, found an empty alias in ${JSON.stringify(aliasCell)}`);
    for (const form of [term, ...aliases]) {
      const earlier = formRows.get(form);
      if (earlier !== undefined) throw new Error(`${where}: expected each term and alias once in the glossary, found "${form}" again (first on row ${earlier})`);
      formRows.set(form, row);
    }
    idRows.set(id, row);
    entries.push(aliases.length ? { id, term, aliases, definition } : { id, term, definition });
  }
  return entries;
}
