import { describe, expect, it } from "vitest";
import { runSqlCalls } from "../../../data-loaders/query-results.js";
import { call, callValues, defineParam, defineQuery } from "../../../src/figures/define.js";
import { PAGE_MODULES } from "../../../src/figures/pages.js";
import { moduleFigures, moduleParams, moduleQueries } from "../../../src/figures/specs.js";

const modules = Object.entries(PAGE_MODULES);
const queries = [...new Set(modules.flatMap(([, module]) => moduleQueries(module)))];

describe("defineQuery", () => {
  it("rewrites named parameters to positional ones in the order declared, a name used twice bound once", () => {
    const query = defineQuery("example", { tables: ["marac_referrals"], sql: "SELECT $b AS b, $a AS a WHERE $a = 'x'", params: ["a", "b"] });
    expect(query.positionalSql).toBe("SELECT $2 AS b, $1 AS a WHERE $1 = 'x'");
  });

  it("leaves a $ inside a quoted string alone", () => {
    expect(defineQuery("example", { tables: ["indicators"], sql: "SELECT '$a' AS text, $a AS a", params: ["a"] }).positionalSql).toBe("SELECT '$a' AS text, $1 AS a");
  });

  it("refuses a parameter its SQL does not declare, or declares and does not use", () => {
    expect(() => defineQuery("example", { tables: ["indicators"], sql: "SELECT $agency" })).toThrow("query example: expected $agency to be one of its parameters (none), found it undeclared");
    expect(() => defineQuery("example", { tables: ["indicators"], sql: "SELECT 1", params: ["area"] })).toThrow("query example: expected every parameter in its SQL, found $area unused");
  });

  it("refuses a call with the wrong number of arguments", () => {
    const query = defineQuery("example", { tables: ["indicators"], sql: "SELECT $a", params: ["a"] });
    expect(() => call(query)).toThrow("call of example: expected 1 arguments (a), found 0");
  });
});

describe("defineParam", () => {
  it("refuses a default outside its list of values", () => {
    expect(() => defineParam({ name: "view", label: "View", default: "both", domain: ["income", "expenditure"] })).toThrow(
      'parameter view: expected its default among its values (income, expenditure), found "both"'
    );
  });
});

describe("the figure specs", () => {
  it("give every figure and block a different id across the site (one spec shown on two pages counts once)", () => {
    const ids = [...new Set(modules.flatMap(([, module]) => moduleFigures(module)))].map((spec) => spec.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("give every query a different name across the site", () => {
    const names = queries.map((query) => query.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it("name only tables and columns the extracted tables have: every call runs over just the tables it declares", async () => {
    const calls = modules.flatMap(([, module]) => moduleFigures(module).flatMap((spec) => (spec.kind === "figure" ? [spec.rows, ...(spec.findings ? [spec.findings] : [])] : Object.values(spec.calls))));
    // DuckDB's binder names the table or column it cannot find; a call that runs binds.
    const results = await runSqlCalls(calls.map((spec) => ({ name: spec.query.name, sql: spec.query.positionalSql, params: callValues(spec), tables: spec.query.tables })));
    expect(results).toHaveLength(calls.length);
  }, 60_000); // every page's calls in DuckDB: over 5 s on a shared 2-core machine

  it("give each filter whose values come from a query a column that query returns", async () => {
    const params = modules.flatMap(([, module]) => moduleParams(module)).filter((param) => !Array.isArray(param.domain));
    for (const param of params) {
      const { call: domainCall, column } = param.domain as { call: ReturnType<typeof call>; column: string };
      const [result] = await runSqlCalls([{ name: domainCall.query.name, sql: domainCall.query.positionalSql, params: [], tables: domainCall.query.tables }]);
      expect(result!.columns, param.name).toContain(column);
    }
  }, 60_000);
});
