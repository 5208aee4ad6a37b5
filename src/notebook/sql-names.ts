// What a SQL cell reads: the names after FROM and JOIN (found with the site's SQL tokenizer, so a name inside a string
// or a comment is not one), and the brush selections it uses as `$name.start` / `$name.end`.
import { tokenizeSql } from "../lib/read-only-sql.js";

/** The value of a selection's bound: a number, a date or text. */
export type SelectionValue = number | Date | string;

/** A brushed range of a chart's x values. */
export interface Selection {
  start: SelectionValue;
  end: SelectionValue;
}

/** Returns the names (lower-cased) a query reads after FROM or JOIN, including each name of `FROM a, b`. */
export function findReadNames(sql: string): string[] {
  const tokens = tokenizeSql(sql);
  const names = new Set<string>();
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.kind === "word" ? tokens[at]!.text.toUpperCase() : "";
    if (word !== "FROM" && word !== "JOIN") continue;
    let next = at + 1;
    while (tokens[next] && (tokens[next]!.kind === "word" || tokens[next]!.kind === "name")) {
      names.add(tokens[next]!.text.toLowerCase());
      // `FROM a AS x, b` or `FROM a x, b`: skip the alias, then continue after a comma.
      let after = next + 1;
      if (tokens[after]?.kind === "word" && tokens[after]!.text.toUpperCase() === "AS") after++;
      if (tokens[after]?.kind === "word" && !CLAUSE_WORDS.has(tokens[after]!.text.toUpperCase())) after++;
      if (tokens[after]?.text !== ",") break;
      next = after + 1;
    }
  }
  return [...names];
}

// Words that end a FROM list rather than name an alias.
const CLAUSE_WORDS = new Set(["WHERE", "GROUP", "ORDER", "LIMIT", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "CROSS", "NATURAL", "ON", "USING", "HAVING", "WINDOW", "QUALIFY", "UNION", "EXCEPT", "INTERSECT", "OFFSET", "POSITIONAL", "ASOF", "ANTI", "SEMI", "LATERAL"]);

// `$name.start` or `$name.end`, outside strings, quoted names and comments (see eachCode).
const REFERENCE = /\$([A-Za-z_][A-Za-z0-9_]*)\.(start|end)\b/g;

/** Returns the selection names (lower-cased) a query uses as `$name.start` or `$name.end`. */
export function findSelectionReferences(sql: string): string[] {
  const names = new Set<string>();
  for (const code of codeSpans(sql)) for (const match of code.text.matchAll(REFERENCE)) names.add(match[1]!.toLowerCase());
  return [...names];
}

/**
 * Returns the query with each `$name.start` / `$name.end` replaced by its value as a typed SQL literal: a number as
 * itself, a date as `DATE '2012-08-01'`, text as a quoted string with its quotes doubled. Throws when a selection is
 * missing, so no reference is ever left for DuckDB to misread.
 */
export function substituteSelections(sql: string, selections: ReadonlyMap<string, Selection>): string {
  let out = "";
  let last = 0;
  for (const code of codeSpans(sql)) {
    out += sql.slice(last, code.from);
    out += code.text.replace(REFERENCE, (_, name: string, bound: "start" | "end") => {
      const selection = selections.get(name.toLowerCase());
      if (!selection) throw new Error(`$${name}.${bound}: no chart sets a selection named “${name}” yet.`);
      return sqlLiteral(selection[bound]);
    });
    last = code.from + code.text.length;
  }
  return out + sql.slice(last);
}

/** Returns a value as a SQL literal of its type: `42`, `DATE '2012-08-01'`, `'it''s'`. */
export function sqlLiteral(value: SelectionValue): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`A selection bound must be a finite number, found ${value}.`);
    return String(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error("A selection bound must be a valid date.");
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? `DATE '${iso.slice(0, 10)}'` : `TIMESTAMP '${iso.slice(0, 23).replace("T", " ")}'`;
  }
  return `'${value.replaceAll("'", "''")}'`;
}

// The parts of a query that are code: not inside a string, a quoted name or a comment.
function codeSpans(sql: string): { from: number; text: string }[] {
  const spans: { from: number; text: string }[] = [];
  let start = 0;
  let at = 0;
  const skipTo = (end: number) => {
    if (at > start) spans.push({ from: start, text: sql.slice(start, at) });
    at = end;
    start = end;
  };
  while (at < sql.length) {
    if (sql.startsWith("--", at)) skipTo(endOf(sql, "\n", at + 2));
    else if (sql.startsWith("/*", at)) skipTo(endOf(sql, "*/", at + 2));
    else if (sql[at] === "'" || sql[at] === '"') skipTo(quotedEnd(sql, sql[at]!, at + 1));
    else at++;
  }
  if (at > start) spans.push({ from: start, text: sql.slice(start, at) });
  return spans;
}

function endOf(sql: string, terminator: string, from: number): number {
  const found = sql.indexOf(terminator, from);
  return found === -1 ? sql.length : found + terminator.length;
}

function quotedEnd(sql: string, quote: string, from: number): number {
  let at = from;
  while (at < sql.length) {
    if (sql[at] === quote) {
      if (sql[at + 1] === quote) at += 2;
      else return at + 1;
    } else at++;
  }
  return sql.length;
}
