import { describe, expect, it } from "vitest";
import { runSqlCalls } from "../../data-loaders/query-results.js";

describe("runSqlCalls", () => {
  it("runs SQL over the committed Parquet tables: DATE columns as ISO text, integers of any width as numbers", async () => {
    // Table 1: MARAC Performance Data, report line 442: the April 2012 meeting discussed 23 cases.
    const [first] = await runSqlCalls([
      { name: "firstMeeting", sql: "SELECT month, cases, CAST(cases AS BIGINT) AS big FROM marac_meetings WHERE source_line = $1", params: [442], tables: ["marac_meetings"] }
    ]);
    expect(first).toEqual({ name: "firstMeeting", params: [442], columns: ["month", "cases", "big"], dates: ["month"], rows: [["2012-04-01", 23, 23]] });
  });

  it("says which parameter it cannot bind", async () => {
    await expect(runSqlCalls([{ name: "anything", sql: "SELECT $1", params: [Number.POSITIVE_INFINITY], tables: [] }])).rejects.toThrow(
      "query results: anything parameter $1: expected text, a finite number, true/false or null, found Infinity"
    );
  });
});
