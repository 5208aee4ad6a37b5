import { describe, expect, it } from "vitest";
import { checkBudgets, formatBudgetCheck, formatBytes, formatMarkdown, formatMs, type BenchMethod, type BenchResults, type PageResult } from "../../scripts/bench/report.js";

const page = (path: string, values: Partial<PageResult>): PageResult => ({
  path,
  first_chart_ms: null,
  all_charts_ms: null,
  duckdb_ready_ms: null,
  bytes: null,
  bytes_before_first_chart: null,
  requests: null,
  ...values
});

const results: BenchResults = {
  machine: "2 × Test CPU",
  date: "2026-01-01T00:00:00.000Z",
  extract_ms: 52.4,
  build_s: 41.6,
  floor_first_chart_ms: 200,
  pages: [
    page("/", { first_chart_ms: 280, all_charts_ms: 390, duckdb_ready_ms: 1500, bytes: 2_000_000, bytes_before_first_chart: 500_000, requests: 40 }),
    page("/domestic-abuse", { first_chart_ms: 2000, all_charts_ms: 2400, duckdb_ready_ms: 1900, bytes: 37_500_000, bytes_before_first_chart: 37_400_000, requests: 56 }),
    page("/glossary", { all_charts_ms: 120, bytes: 115_926, requests: 8 }),
    page("/catalog", { all_charts_ms: 1200, duckdb_ready_ms: 1100, bytes: 36_940_000, requests: 40 })
  ],
  floor_bytes: 400_000,
  slow_mobile: {
    floor_first_chart_ms: 3000,
    pages: [page("/", { first_chart_ms: 4000, all_charts_ms: 5000 }), page("/domestic-abuse", {}), page("/glossary", { all_charts_ms: 1200 }), page("/catalog", {})]
  },
  interactions: [
    { page: "/domestic-abuse", input: "Referring agency", p50_ms: 45, p95_ms: 110.4 },
    { page: "/board", input: "Theme", p50_ms: 30, p95_ms: 60 }
  ]
};

const method: BenchMethod = {
  extractionRuns: 15,
  runs: 5,
  slowRuns: 3,
  changes: 20,
  slowTimeoutMs: 20_000,
  buildNote: "from nothing",
  slowMobileNote: "slow."
};

describe("checkBudgets", () => {
  const checks = checkBudgets(results);
  const byName = (start: string) => checks.find((check) => check.budget.startsWith(start))!;

  it("checks first chart only on pages that draw charts, as a ratio to the floor's first chart", () => {
    expect(byName("first chart")).toEqual({ budget: "first chart ≤ 1.5× the floor", pass: false, over: ["/domestic-abuse (10.00×)"], measured: 2 });
  });

  it("checks every page's ready marker against twice the floor's first chart", () => {
    expect(byName("every chart")).toMatchObject({ pass: false, over: ["/domestic-abuse (12.00×)", "/catalog (6.00×)"], measured: 4 });
  });

  it("checks bytes before the first chart against the floor's bytes", () => {
    expect(byName("bytes before")).toMatchObject({ pass: false, over: ["/domestic-abuse (93.50×)"], measured: 2 });
  });

  it("checks each filter's p95 against 100 ms", () => {
    expect(byName("interaction")).toMatchObject({ pass: false, over: ["/domestic-abuse Referring agency (110 ms)"], measured: 2 });
  });

  it("counts a page that timed out under slow mobile as over, and a page without charts (in its unthrottled loads) as having no first chart", () => {
    expect(byName("slow mobile: first chart")).toMatchObject({ pass: false, over: ["/domestic-abuse (not reached)"], measured: 2 });
    expect(byName("slow mobile: every chart")).toMatchObject({ over: ["/domestic-abuse (not reached)", "/catalog (not reached)"], measured: 4 });
  });

  it("has nothing to pass or fail when nothing was measured", () => {
    const none = checkBudgets({ ...results, interactions: [] }).find((check) => check.budget.startsWith("interaction"))!;
    expect(none.pass).toBeNull();
    expect(formatBudgetCheck(none)).toBe("n/a   interaction p95 ≤ 100 ms: nothing measured");
  });
});

describe("formatBudgetCheck", () => {
  it("prints PASS with the count measured, or FAIL with what was over", () => {
    expect(formatBudgetCheck({ budget: "b", pass: true, over: [], measured: 3 })).toBe("PASS  b (3 of 3)");
    expect(formatBudgetCheck({ budget: "b", pass: false, over: ["/x (2.00×)"], measured: 3 })).toBe("FAIL  b: 1 of 3 over: /x (2.00×)");
  });
});

describe("formats", () => {
  it("writes milliseconds with thousands separators and bytes in decimal units", () => {
    expect(formatMs(12345.6)).toBe("12,346 ms");
    expect(formatMs(null)).toBe("—");
    expect([formatBytes(999), formatBytes(404_262), formatBytes(37_497_909)]).toEqual(["999 B", "404.3 kB", "37.50 MB"]);
  });
});

describe("formatMarkdown", () => {
  const markdown = formatMarkdown(results, method);

  it("has one table row per page, with ratios to the floor and slow mobile beside", () => {
    expect(markdown).toContain("| `/` | 280 ms (1.40×) | 390 ms (1.95×) | 1,500 ms | 2.00 MB | 500.0 kB (1.25×) | 40 | 4,000 ms (1.33×) | 5,000 ms (1.67×) |");
  });

  it("says a page timed out under slow mobile, and that a page without charts has none", () => {
    expect(markdown).toContain("| `/domestic-abuse` | 2,000 ms (10.00×) | 2,400 ms (12.00×) | 1,900 ms | 37.50 MB | 37.40 MB (93.50×) | 56 | over 20 s | over 20 s |");
    expect(markdown).toContain("| `/glossary` | no chart | 120 ms (0.60×) | not started | 115.9 kB | — | 8 | no chart | 1,200 ms (0.40×) |");
    expect(markdown).toContain("| `/catalog` | no chart | 1,200 ms (6.00×) | 1,100 ms | 36.94 MB | — | 40 | no chart | over 20 s |");
  });

  it("lists the headline figures, interactions and budgets", () => {
    expect(markdown).toContain("| extraction, report text to every Parquet file (median of 15 in-process runs) | 52.4 ms |");
    expect(markdown).toContain("| clean build (from nothing) | 41.6 s |");
    expect(markdown).toContain("| floor: first chart (median of 5 cold loads; slow mobile: of 3) | 200 ms (slow mobile: 3,000 ms) |");
    expect(markdown).toContain("| `/domestic-abuse` | Referring agency | 45 ms | 110 ms |");
    expect(markdown).toContain("- FAIL  interaction p95 ≤ 100 ms: 1 of 2 over: /domestic-abuse Referring agency (110 ms)");
    expect(markdown).not.toContain("First change at the ready marker");
  });

  it("lists each page's first change at the ready marker when it was measured", () => {
    const withFirstChanges = formatMarkdown({ ...results, first_changes: [{ page: "/domestic-abuse", input: "Referring agency", median_ms: 1413 }, { page: "/board", input: "Agency", median_ms: null }] }, method);
    expect(withFirstChanges).toContain("| `/domestic-abuse` | Referring agency | 1,413 ms |");
    expect(withFirstChanges).toContain("| `/board` | Agency | no redraw |");
  });

  it("says what a partial run did not measure", () => {
    const partial = formatMarkdown({ ...results, slow_mobile: { floor_first_chart_ms: null, pages: [] }, interactions: [] }, { ...method, slowRuns: 0, changes: 0 });
    expect(partial).toContain("| floor: first chart (median of 5 cold loads; slow mobile not measured) | 200 ms |");
    expect(partial).toContain("| `/` | 280 ms (1.40×) | 390 ms (1.95×) | 1,500 ms | 2.00 MB | 500.0 kB (1.25×) | 40 | not measured | not measured |");
    expect(partial).toContain("Interactions: not measured (`--changes 0`).");
    expect(partial).toContain("- n/a   slow mobile: first chart ≤ 1.5× the floor: nothing measured");
  });
});
