// What a reader's SQL may do in this site: read the published tables, nothing else. DuckDB itself is locked down as well
// (src/lib/duckdb-client.ts); this check runs first so that a refused statement gets a plain-English reason rather
// than an engine error, and so that the published tables cannot be dropped or changed, which DuckDB has no
// permission to forbid.

/** The statements a reader may run: each only reads. */
export const READING_STATEMENTS = ["SELECT", "WITH", "FROM", "VALUES", "TABLE", "PIVOT", "UNPIVOT", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN"] as const;

// Keywords that change a table or reach beyond the published tables, wherever they stand in a statement
// (`WITH x AS (…) DELETE FROM t` starts with WITH); in a string or a quoted name they are only text.
const CHANGING_KEYWORDS = new Map(Object.entries({
  INSERT: "changes a table",
  UPDATE: "changes a table",
  DELETE: "changes a table",
  TRUNCATE: "changes a table",
  MERGE: "changes a table",
  DROP: "removes a table or view",
  ALTER: "changes a table",
  CREATE: "creates a table, view or macro",
  COPY: "writes or reads a file",
  EXPORT: "writes files",
  IMPORT: "reads files",
  ATTACH: "opens another database",
  DETACH: "closes a database",
  INSTALL: "downloads an extension",
  LOAD: "loads an extension",
  FORCE: "downloads an extension",
  SET: "changes a setting",
  RESET: "changes a setting",
  PRAGMA: "runs a pragma",
  CALL: "calls a procedure",
  CHECKPOINT: "writes the database",
  VACUUM: "rewrites the database",
  USE: "changes the current database",
  BEGIN: "starts a transaction",
  COMMIT: "ends a transaction",
  ROLLBACK: "ends a transaction",
  ABORT: "ends a transaction",
  PREPARE: "prepares a statement",
  EXECUTE: "runs a prepared statement",
  DEALLOCATE: "removes a prepared statement"
}));

// Table functions that read files or web addresses (the engine refuses them too: external access is off).
const FILE_FUNCTIONS = new Set([
  "read_csv", "read_csv_auto", "sniff_csv", "read_parquet", "parquet_scan", "parquet_metadata", "parquet_schema",
  "parquet_file_metadata", "parquet_kv_metadata", "read_json", "read_json_auto", "read_json_objects",
  "read_json_objects_auto", "read_ndjson", "read_ndjson_auto", "read_ndjson_objects", "read_text", "read_blob", "glob",
  "iceberg_scan", "delta_scan", "read_xlsx", "st_read", "sqlite_scan", "sqlite_attach", "postgres_scan", "mysql_scan"
]);

/** The sentence every refusal starts with. */
export const READS_ONLY_PUBLISHED_TABLES = "The explorer reads only the published tables";

/** A reader's SQL that the site will not run; its message says what was refused and why. */
export class RefusedQueryError extends Error {
  override name = "RefusedQueryError";
}

/** A piece of SQL as the check sees it: a bare word, a quoted string, a quoted name, or one punctuation character. */
export interface SqlToken {
  kind: "word" | "string" | "name" | "symbol";
  text: string;
}

/** Splits SQL into tokens, dropping comments and white space; an unterminated string or comment runs to the end. */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql.charAt(at);
    if (/\s/.test(char)) at++;
    else if (sql.startsWith("--", at)) at = endOf(sql, "\n", at + 2);
    else if (sql.startsWith("/*", at)) at = endOf(sql, "*/", at + 2);
    else if (char === "'" || char === '"') {
      const end = quotedEnd(sql, char, at + 1);
      const closed = end <= sql.length && sql.charAt(end - 1) === char && end - 1 > at;
      tokens.push({ kind: char === "'" ? "string" : "name", text: sql.slice(at + 1, closed ? end - 1 : end).replaceAll(char + char, char) });
      at = end;
    } else if (char === "$" && /^\$[A-Za-z_]*\$/.test(sql.slice(at))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(at))![0];
      const end = endOf(sql, tag, at + tag.length);
      tokens.push({ kind: "string", text: sql.slice(at + tag.length, end - tag.length) });
      at = end;
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(at, at + 256))![0];
      tokens.push({ kind: "word", text: word });
      at += word.length;
    } else {
      tokens.push({ kind: "symbol", text: char });
      at++;
    }
  }
  return tokens;
}

/** Throws a RefusedQueryError naming the first statement that does more than read the published tables. */
export function assertReadOnlySql(sql: string): void {
  const statements = splitStatements(tokenizeSql(sql));
  if (statements.length === 0) throw new RefusedQueryError(`${READS_ONLY_PUBLISHED_TABLES}: expected a query starting with ${READING_STATEMENTS.join(", ")}, found nothing.`);
  for (const [index, statement] of statements.entries()) {
    const where = statements.length > 1 ? ` (statement ${index + 1})` : "";
    const first = statement.find((token) => token.text !== "(");
    const keyword = first?.kind === "word" ? first.text.toUpperCase() : "";
    if (!(READING_STATEMENTS as readonly string[]).includes(keyword)) {
      const reason = CHANGING_KEYWORDS.get(keyword);
      throw new RefusedQueryError(
        reason
          ? `${READS_ONLY_PUBLISHED_TABLES}: ${keyword} ${reason}, so it cannot run here${where}. Start the query with SELECT, WITH or FROM.`
          : `${READS_ONLY_PUBLISHED_TABLES}: expected a query starting with ${READING_STATEMENTS.join(", ")}, found ${first ? `“${first.text.slice(0, 40)}”` : "nothing"}${where}.`
      );
    }
    for (const [position, token] of statement.entries()) {
      if (token.kind === "word") {
        const word = token.text.toUpperCase();
        const next = statement[position + 1];
        if (CHANGING_KEYWORDS.has(word) && position > 0 && !isNameAfterAs(statement, position))
          throw new RefusedQueryError(`${READS_ONLY_PUBLISHED_TABLES}: ${word} ${CHANGING_KEYWORDS.get(word)}, so it cannot run here${where}.`);
        if (FILE_FUNCTIONS.has(token.text.toLowerCase()) && next?.text === "(")
          throw new RefusedQueryError(`${READS_ONLY_PUBLISHED_TABLES}: ${token.text.toLowerCase()}() reads files or web addresses, which this page does not do${where}. Query the tables by name, for example FROM marac_meetings.`);
        if ((word === "FROM" || word === "JOIN") && next?.kind === "string")
          throw new RefusedQueryError(`${READS_ONLY_PUBLISHED_TABLES}: FROM '${next.text.slice(0, 80)}' would read a file or web address, which this page does not do${where}. Query the tables by name, for example FROM marac_meetings.`);
      }
    }
  }
}

// `SELECT 1 AS update` names a column; the word is not a statement there.
function isNameAfterAs(statement: SqlToken[], position: number): boolean {
  const before = statement[position - 1];
  return before?.kind === "word" && before.text.toUpperCase() === "AS";
}

function splitStatements(tokens: SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "symbol" && token.text === ";") statements.push([]);
    else statements[statements.length - 1]!.push(token);
  }
  return statements.filter((statement) => statement.length > 0);
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
