import { describe, expect, it } from "vitest";
import { inlineParams, sqlLiteral } from "../../src/lib/queries/inline-params.js";

describe("inlineParams", () => {
  it("fills $1, $2… with SQL literals so the query runs on its own", () => {
    expect(inlineParams("SELECT * FROM caf_by_area WHERE ($1 = 'All areas' OR area = $1) AND quarter = $2", ["Central", 4])).toBe(
      "SELECT * FROM caf_by_area WHERE ('Central' = 'All areas' OR area = 'Central') AND quarter = 4"
    );
  });

  it("escapes quotes, and writes NULL and dates as SQL", () => {
    expect(sqlLiteral("Children's Social Care")).toBe("'Children''s Social Care'");
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(new Date(Date.UTC(2012, 7, 7)))).toBe("DATE '2012-08-07'");
  });

  it("says which placeholder has no value", () => {
    expect(() => inlineParams("SELECT $2", ["a"])).toThrow("inlineParams: expected a value for $2, found only 1 parameters");
  });
});
