import { describe, expect, it } from "vitest";
import { checkBudgets, formatBudgetCheck, formatBytes, formatMarkdown, formatMs, README_MARKERS, replaceReadmeResults, type BenchMethod, type BenchResults, type PageResult } from "../../scripts/bench/report.js";

const page = (path: string, values: Partial<PageResult>): PageResult => ({
  path,
  runs: 7,
  bytes_compressed: null,
  first_chart_ms: null,
  first_chart_iqr_ms: null,
  all_charts_ms: null,
  all_charts_iqr_ms: null,
  charts_painted_ms: null,
  charts_painted_iqr_ms: null,
  duckdb_ready_ms: null,
  bytes_before_first_chart: null,
  requests: null,
  controls: [],
  ...values
});

const results: BenchResults = {
  machine: "2 × Test CPU",
  date: "2026-01-01T00:00:00.000Z",
  extract_ms: 52.4,
  build_s: 41.6,
  floor_first_chart_ms: 200,
  floor_first_chart_spread_ms: { runs: 28, min: 170, q1: 190, median: 200, q3: 215, max: 260, iqr: 25 },
  floor_bytes: 400_000,
  tour_bytes_compressed: 5_900_000,
  duckdb_ready_cold_ms: 2100,
  duckdb_ready_warm_ms: 1100,
  duckdb_pages: [
    { path: "/notebook", cold_ms: 2100, cold_iqr_ms: 150, warm_ms: 900, warm_iqr_ms: 40, first_result_cold_ms: 420, first_result_cold_iqr_ms: 35, first_result_warm_ms: 180 },
    { path: "/explorer", cold_ms: 2100, cold_iqr_ms: 150, warm_ms: 1100, warm_iqr_ms: 40, first_result_cold_ms: null, first_result_cold_iqr_ms: null, first_result_warm_ms: null }
  ],
  notebook_first_result_ms: 420,
  notebook_rerun_p50_ms: 61.5,
  notebook_rerun_p95_ms: 104.2,
  notebook_reruns: { path: "/notebook", edits: 20, measured: 20, failures: [], unchanged: 0 },
  pages: [
    page("/", { first_chart_ms: 180, first_chart_iqr_ms: 12, all_charts_ms: 290, all_charts_iqr_ms: 20, charts_painted_ms: 200, charts_painted_iqr_ms: 10, bytes_compressed: 82_000, bytes_before_first_chart: 60_000, requests: 24 }),
    page("/domestic-abuse", {
      first_chart_ms: 240,
      first_chart_iqr_ms: 30,
      all_charts_ms: 400,
      all_charts_iqr_ms: 44,
      charts_painted_ms: 320,
      charts_painted_iqr_ms: 20,
      bytes_compressed: 1_200_000,
      bytes_before_first_chart: 130_000,
      requests: 56,
      controls: [
        { input: "Referring agency", values: 14, p95_at_live_ms: 1900, p50_ms: 30, p95_ms: 110.4, settled_changes: 20 },
        { input: "Area", values: 5, p95_at_live_ms: 150, p50_ms: 20, p95_ms: 40, settled_changes: 3 }
      ]
    }),
    page("/glossary", { all_charts_ms: 120, all_charts_iqr_ms: 8, bytes_compressed: 51_200, requests: 10 }),
    page("/explorer", { all_charts_ms: 290, all_charts_iqr_ms: 15, duckdb_ready_ms: 2000, bytes_compressed: 5_180_000, requests: 37 }),
    page("/notebook", { all_charts_ms: 300, all_charts_iqr_ms: 15, bytes_compressed: 1_300_000, requests: 40 })
  ],
  slow_mobile: {
    floor_first_chart_ms: 1000,
    floor_first_chart_spread_ms: null,
    pages: [page("/", { first_chart_ms: 800, all_charts_ms: 1400 }), page("/domestic-abuse", {}), page("/glossary", { all_charts_ms: 1200 }), page("/explorer", {}), page("/notebook", { all_charts_ms: 1300 })]
  }
};

const method: BenchMethod = {
  extractionRuns: 15,
  runs: 7,
  slowRuns: 3,
  changes: 20,
  liveRuns: 7,
  edits: 20,
  slowTimeoutMs: 20_000,
  buildNote: "from nothing",
  slowMobileNote: "slow."
};

describe("checkBudgets", () => {
  const checks = checkBudgets(results);
  const byName = (start: string) => checks.find((check) => check.budget.startsWith(start))!;

  it("checks first chart against the floor's (1.0×) on pages that draw charts, and every chart against 1.5×", () => {
    expect(byName("first chart")).toEqual({ budget: "first chart ≤ 1× the floor", pass: false, over: ["/domestic-abuse (1.20×)"], measured: 2 });
    expect(byName("every chart")).toMatchObject({ pass: false, over: ["/domestic-abuse (2.00×)"], measured: 5 });
  });

  it("checks every chart painted against 1.5× on pages that draw charts: a prerendered chart the live page kept counts from the HTML", () => {
    expect(byName("every chart painted")).toEqual({
      budget: "every chart painted (each as first seen ready, kept or redrawn by the live page) ≤ 1.5× the floor's first chart",
      pass: false,
      over: ["/domestic-abuse (1.60×)"],
      measured: 2
    });
  });

  it("checks the bytes of a reader who touches no control against 1 MB on every page but those that start DuckDB (the notebook's 1.3 MB is not judged)", () => {
    expect(byName("bytes, no control")).toEqual({ budget: "bytes, no control touched, ≤ 1.00 MB (every page but /notebook, /explorer)", pass: false, over: ["/domestic-abuse (1.20 MB)"], measured: 3 });
  });

  it("checks the whole visit against 8 MB, and DuckDB's second start against 5× the floor on the notebook and the explorer", () => {
    expect(byName("every page in one visit")).toMatchObject({ pass: true, measured: 1 });
    expect(byName("DuckDB ready on a second visit")).toMatchObject({ pass: false, over: ["/explorer (5.50×)"], measured: 2 });
  });

  it("checks the notebook chain's re-run p95 against 100 ms, and counts a run with a failed re-run (no p95) as not reached", () => {
    expect(byName("notebook: the five-cell chain")).toEqual({ budget: "notebook: the five-cell chain re-run after an edit, p95 ≤ 100 ms", pass: false, over: ["/notebook chain (104 ms)"], measured: 1 });
    const quicker = checkBudgets({ ...results, notebook_rerun_p95_ms: 99.9 }).find((check) => check.budget.startsWith("notebook:"))!;
    expect(quicker).toMatchObject({ pass: true, over: [] });
    const failed = checkBudgets({ ...results, notebook_rerun_p50_ms: null, notebook_rerun_p95_ms: null, notebook_reruns: { ...results.notebook_reruns!, measured: 19, failures: ["edit 3: cell latest says error"] } });
    expect(failed.find((check) => check.budget.startsWith("notebook:"))).toMatchObject({ pass: false, over: ["/notebook chain (not reached)"] });
    expect(checkBudgets({ ...results, notebook_reruns: null }).find((check) => check.budget.startsWith("notebook:"))!.pass).toBeNull();
  });

  it("checks that every control was timed at least once per value once settled", () => {
    expect(byName("every control cycled")).toMatchObject({ pass: false, over: ["/domestic-abuse Area (2 values short)"], measured: 2 });
  });

  it("checks each control's p95 at live against 200 ms and settled against 100 ms", () => {
    expect(byName("control p95, changed as the page becomes live")).toMatchObject({ pass: false, over: ["/domestic-abuse Referring agency (1,900 ms)"], measured: 2 });
    expect(byName("control p95, settled")).toMatchObject({ pass: false, over: ["/domestic-abuse Referring agency (110 ms)"], measured: 2 });
  });

  it("counts a page that timed out under slow mobile as over, and a page without charts (in its unthrottled loads) as having no first chart", () => {
    expect(byName("slow mobile: first chart")).toMatchObject({ pass: false, over: ["/domestic-abuse (not reached)"], measured: 2 });
    expect(byName("slow mobile: every chart")).toMatchObject({ over: ["/domestic-abuse (not reached)", "/explorer (not reached)"], measured: 5 });
  });

  it("has nothing to pass or fail when nothing was measured", () => {
    const none = checkBudgets({ ...results, tour_bytes_compressed: null }).find((check) => check.budget.startsWith("every page in one visit"))!;
    expect(none.pass).toBeNull();
    expect(formatBudgetCheck(none)).toBe("n/a   every page in one visit ≤ 8.00 MB: nothing measured");
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

  it("has one table row per page: bytes with no control touched, medians with their ratio to the floor and IQR, slow mobile beside", () => {
    expect(markdown).toContain("| `/` | 82.0 kB | 180 ms (0.90×, IQR 12 ms) | 200 ms (1.00×, IQR 10 ms) | 290 ms (1.45×, IQR 20 ms) | not started | 60.0 kB (0.15×) | 24 | 800 ms (0.80×) | 1,400 ms (1.40×) |");
    expect(markdown).toContain("| `/domestic-abuse` | 1.20 MB | 240 ms (1.20×, IQR 30 ms) | 320 ms (1.60×, IQR 20 ms) | 400 ms (2.00×, IQR 44 ms) | not started | 130.0 kB (0.33×) | 56 | over 20 s | over 20 s |");
    expect(markdown).toContain("| `/glossary` | 51.2 kB | no chart | no chart | 120 ms (0.60×, IQR 8 ms) | not started | — | 10 | no chart | 1,200 ms (1.20×) |");
  });

  it("lists the floor's spread, the tour, DuckDB cold and warm, each control, and the budgets", () => {
    expect(markdown).toContain("| floor: first chart (median of its cold loads, one before each page load) | 200 ms (IQR 25 ms, 170–260 ms over 28 loads) |");
    expect(markdown).toContain("| floor: first chart, slow mobile | 1,000 ms (—) |");
    expect(markdown).toContain("| every page visited once in one browser context (shared cache), bytes transferred, DuckDB included once | 5.90 MB |");
    expect(markdown).toContain("| `/explorer`: DuckDB ready, cold / second visit with the cache kept (medians of 7) | 2,100 ms (10.50×, IQR 150 ms) / 1,100 ms (5.50×, IQR 40 ms) |");
    expect(markdown).not.toContain("`/explorer`: DuckDB ready to the first notebook result");
    expect(markdown).toContain("| `/domestic-abuse` | Referring agency | 14 | 1,900 ms | 30 ms | 110 ms |");
    expect(markdown).toContain("- FAIL  control p95, settled, every value, ≤ 100 ms: 1 of 2 over: /domestic-abuse Referring agency (110 ms)");
    expect(markdown).not.toContain("First change at the ready marker");
  });

  it("gives the notebook's first result after DuckDB is ready and its chain's re-runs, with their verdict", () => {
    expect(markdown).toContain("| `/notebook`: DuckDB ready, cold / second visit with the cache kept (medians of 7) | 2,100 ms (10.50×, IQR 150 ms) / 900 ms (4.50×, IQR 40 ms) |");
    expect(markdown).toContain("| `/notebook`: DuckDB ready to the first notebook result (the chain's first SQL cell: its tables loaded, its query run), cold / second visit | 420 ms (IQR 35 ms) / 180 ms |");
    expect(markdown).toContain("| `/notebook`: the five-cell chain (sql → steps → sql → chart → text) re-run after an edit of its first cell, 20 edits, from Ctrl+Enter to the last cell done: p50 / p95 | 62 ms / 104 ms |");
    expect(markdown).toContain("- FAIL  notebook: the five-cell chain re-run after an edit, p95 ≤ 100 ms: 1 of 1 over: /notebook chain (104 ms)");
    const failed = formatMarkdown({ ...results, notebook_rerun_p50_ms: null, notebook_rerun_p95_ms: null, notebook_reruns: { ...results.notebook_reruns!, measured: 19, failures: ["edit 3: cell latest says error"], unchanged: 1 } }, method);
    expect(failed).toContain("p50 / p95 | — / — (1 failed: edit 3: cell latest says error; 1 changed nothing downstream) |");
    expect(formatMarkdown({ ...results, notebook_reruns: null }, { ...method, edits: 0 })).toContain("| notebook: the chain re-run after an edit | not measured (`--edits 0`) |");
  });

  it("lists each page's first change at the ready marker when it was measured", () => {
    const withFirstChanges = formatMarkdown({ ...results, first_changes: [{ page: "/domestic-abuse", input: "Referring agency", median_ms: 1413 }, { page: "/board", input: "Agency", median_ms: null }] }, method);
    expect(withFirstChanges).toContain("| `/domestic-abuse` | Referring agency | 1,413 ms |");
    expect(withFirstChanges).toContain("| `/board` | Agency | no redraw |");
  });

  it("says what a partial run did not measure", () => {
    const partial = formatMarkdown({ ...results, slow_mobile: { floor_first_chart_ms: null, floor_first_chart_spread_ms: null, pages: [] } }, { ...method, slowRuns: 0, changes: 0 });
    expect(partial).toContain("| floor: first chart, slow mobile | not measured |");
    expect(partial).toContain("| `/` | 82.0 kB | 180 ms (0.90×, IQR 12 ms) | 200 ms (1.00×, IQR 10 ms) | 290 ms (1.45×, IQR 20 ms) | not started | 60.0 kB (0.15×) | 24 | not measured | not measured |");
    expect(partial).toContain("Controls: not measured (`--changes 0`).");
    expect(partial).toContain("- n/a   slow mobile: first chart ≤ 1× the floor: nothing measured");
  });
});

describe("the JSON's shape", () => {
  it("has, per page, bytes_compressed, first_chart_ms, all_charts_ms and each control's p95_at_live_ms and p95_ms; at the top, the floor, the tour and DuckDB cold and warm", () => {
    const json = JSON.parse(JSON.stringify(results)) as Record<string, unknown> & { pages: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["floor_first_chart_ms", "floor_first_chart_spread_ms", "tour_bytes_compressed", "duckdb_ready_cold_ms", "duckdb_ready_warm_ms", "notebook_first_result_ms", "notebook_rerun_p50_ms", "notebook_rerun_p95_ms"]));
    for (const entry of json.pages) expect(Object.keys(entry)).toEqual(expect.arrayContaining(["bytes_compressed", "first_chart_ms", "all_charts_ms", "first_chart_iqr_ms", "all_charts_iqr_ms", "controls"]));
    expect(Object.keys((json.pages[1]!.controls as object[])[0]!)).toEqual(["input", "values", "p95_at_live_ms", "p50_ms", "p95_ms", "settled_changes"]);
  });
});

describe("replaceReadmeResults", () => {
  const readme = `# Title\n\n## Performance\n\nText.\n\n${README_MARKERS.start}\n\nold table\n\n${README_MARKERS.end}\n\n## Decisions\n`;

  it("replaces only what lies between the markers", () => {
    expect(replaceReadmeResults(readme, "| new | table |\n")).toBe(`# Title\n\n## Performance\n\nText.\n\n${README_MARKERS.start}\n\n| new | table |\n\n${README_MARKERS.end}\n\n## Decisions\n`);
  });

  it("names the marker it cannot find", () => {
    expect(() => replaceReadmeResults("# Title\n", "x")).toThrow("found no start marker");
    expect(() => replaceReadmeResults(`${README_MARKERS.start}\n`, "x")).toThrow("found no end marker");
  });
});
