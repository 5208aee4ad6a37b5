import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "../../src/lib/example-queries.js";
import { QUERIES } from "../../src/figures/queries.js";
import { assertReadOnlySql, READS_ONLY_PUBLISHED_TABLES, RefusedQueryError, tokenizeSql } from "../../src/lib/read-only-sql.js";

const refusal = (sql: string): string => {
  try {
    assertReadOnlySql(sql);
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedQueryError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(sql)} to be refused, found it allowed`);
};

describe("tokenizeSql", () => {
  it("drops comments and keeps strings, quoted names and dollar-quoted text as single tokens", () => {
    expect(tokenizeSql(`SELECT 'it''s' AS "a ""b""", $x$DROP$x$ -- DROP\n/* LOAD */ FROM t;`)).toEqual([
      { kind: "word", text: "SELECT" },
      { kind: "string", text: "it's" },
      { kind: "word", text: "AS" },
      { kind: "name", text: 'a "b"' },
      { kind: "symbol", text: "," },
      { kind: "string", text: "DROP" },
      { kind: "word", text: "FROM" },
      { kind: "word", text: "t" },
      { kind: "symbol", text: ";" }
    ]);
  });

  it("runs an unterminated string or comment to the end rather than failing", () => {
    expect(tokenizeSql("SELECT 'open")).toEqual([{ kind: "word", text: "SELECT" }, { kind: "string", text: "open" }]);
    expect(tokenizeSql("SELECT 1 /* open")).toEqual([{ kind: "word", text: "SELECT" }, { kind: "symbol", text: "1" }]);
  });
});

describe("assertReadOnlySql", () => {
  it("allows queries that only read, in every form DuckDB offers", () => {
    for (const sql of [
      "SELECT 42",
      "  (SELECT 1) UNION ALL (SELECT 2)",
      "WITH m AS (SELECT * FROM marac_meetings) SELECT SUM(cases) FROM m",
      "FROM marac_meetings SELECT month, cases",
      "DESCRIBE marac_meetings; SHOW TABLES; SUMMARIZE indicators",
      "EXPLAIN SELECT 1",
      "SELECT 'DROP TABLE x; LOAD httpfs' AS text, \"update\" FROM t",
      "SELECT cases AS update FROM marac_meetings",
      "VALUES (1), (2)",
      "PIVOT caf_by_area ON quarter USING SUM(cafs)",
      "SELECT 1; -- a comment with INSTALL in it"
    ])
      expect(() => assertReadOnlySql(sql), sql).not.toThrow();
  });

  it("allows every query the site itself opens in the explorer", () => {
    const sqls = [...Object.values(QUERIES).map((query) => query.positionalSql), ...EXAMPLE_QUERIES.map((example) => example.sql)];
    expect(sqls.length).toBeGreaterThan(30);
    for (const sql of sqls) expect(() => assertReadOnlySql(sql), sql).not.toThrow();
  });

  it("refuses statements that change or drop a table, naming the keyword and what it does", () => {
    expect(refusal("DROP TABLE marac_meetings")).toBe(`${READS_ONLY_PUBLISHED_TABLES}: DROP removes a table or view, so it cannot run here. Start the query with SELECT, WITH or FROM.`);
    expect(refusal("delete from marac_meetings")).toBe(`${READS_ONLY_PUBLISHED_TABLES}: DELETE changes a table, so it cannot run here. Start the query with SELECT, WITH or FROM.`);
    expect(refusal("SELECT 1; UPDATE marac_meetings SET cases = 0")).toBe(`${READS_ONLY_PUBLISHED_TABLES}: UPDATE changes a table, so it cannot run here (statement 2). Start the query with SELECT, WITH or FROM.`);
    expect(refusal("WITH x AS (SELECT 1) DELETE FROM marac_meetings")).toBe(`${READS_ONLY_PUBLISHED_TABLES}: DELETE changes a table, so it cannot run here.`);
    expect(refusal("CREATE OR REPLACE TABLE marac_meetings AS SELECT 1")).toContain("CREATE creates a table, view or macro");
    expect(refusal("EXPLAIN ANALYZE INSERT INTO marac_meetings SELECT * FROM marac_meetings")).toContain("INSERT changes a table");
  });

  it("refuses extensions, other databases, files, web addresses and settings", () => {
    expect(refusal("LOAD httpfs")).toContain("LOAD loads an extension");
    expect(refusal("INSTALL httpfs")).toContain("INSTALL downloads an extension");
    expect(refusal("ATTACH 'http://127.0.0.1:8971/x.duckdb' AS x")).toContain("ATTACH opens another database");
    expect(refusal("COPY (SELECT 1) TO 'out.csv'")).toContain("COPY writes or reads a file");
    expect(refusal("SET enable_external_access = true")).toContain("SET changes a setting");
    expect(refusal("SELECT * FROM read_csv('http://127.0.0.1:8971/x.csv')")).toBe(
      `${READS_ONLY_PUBLISHED_TABLES}: read_csv() reads files or web addresses, which this page does not do. Query the tables by name, for example FROM marac_meetings.`
    );
    expect(refusal("SELECT * FROM READ_PARQUET ('x.parquet')")).toContain("read_parquet() reads files or web addresses");
    expect(refusal("SELECT * FROM 'http://127.0.0.1:8971/x.csv'")).toBe(
      `${READS_ONLY_PUBLISHED_TABLES}: FROM 'http://127.0.0.1:8971/x.csv' would read a file or web address, which this page does not do. Query the tables by name, for example FROM marac_meetings.`
    );
  });

  it("says what it found when a query starts with something that is not a statement", () => {
    expect(refusal("")).toBe(`${READS_ONLY_PUBLISHED_TABLES}: expected a query starting with SELECT, WITH, FROM, VALUES, TABLE, PIVOT, UNPIVOT, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, found nothing.`);
    expect(refusal("SELEC 1")).toContain("found “SELEC”");
    expect(refusal("__proto__")).toContain("found “__proto__”");
  });
});
