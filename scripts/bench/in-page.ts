// Code the benchmark runs inside the page, kept as plain JavaScript strings: tsx would otherwise wrap named functions
// in a `__name` helper that does not exist in the page.

/**
 * An init script: records, relative to navigation start, when the first `[data-figure][data-state=ready]` is painted
 * (the first animation frame after it appears: a chart in the HTML is not on screen before the stylesheets load),
 * when `<html data-ready>` is set, and when every chart the page shows at its ready marker was painted: for each chart
 * (an `svg` in a figure), the first animation frame after that node was first seen in a ready figure; the latest of
 * them. A prerendered chart the live page moves into its figure (src/lib/prerendered-charts.ts) is the same node, so it
 * counts from the HTML; a chart drawn anew counts from its drawing; one not in a ready figure by the marker, from then.
 */
export const LOAD_OBSERVER = `(() => {
  const bench = (window.__bench = { firstChartMs: null, allChartsMs: null, chartsPaintedMs: null, paintedKnown: false, ready: null, chartSeen: false });
  const frameOf = new WeakMap();
  const observer = new MutationObserver(() => {
    const now = performance.now();
    let frame = null;
    for (const chart of document.querySelectorAll("[data-figure][data-state=ready] svg")) {
      if (frameOf.has(chart)) continue;
      if (frame === null) {
        frame = { ms: null };
        requestAnimationFrame(() => (frame.ms = performance.now()));
      }
      frameOf.set(chart, frame);
    }
    if (!bench.chartSeen && document.querySelector("[data-figure][data-state=ready]")) {
      bench.chartSeen = true;
      requestAnimationFrame(() => (bench.firstChartMs = performance.now()));
    }
    const ready = document.documentElement ? document.documentElement.dataset.ready : undefined;
    if (ready !== undefined) {
      bench.allChartsMs = now;
      bench.ready = ready;
      observer.disconnect();
      const charts = Array.from(document.querySelectorAll("[data-figure] svg"));
      // Registered after every frame above, so each of their times is set when this runs.
      requestAnimationFrame(() => {
        const atMarker = performance.now();
        bench.chartsPaintedMs = charts.length === 0 ? null : Math.max(...charts.map((chart) => (frameOf.has(chart) ? frameOf.get(chart).ms : atMarker)));
        bench.paintedKnown = true;
      });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state", "data-ready"] });
})();`;

/** An expression true once the page has set its ready marker, its first chart (if any) has been painted, and when every chart was painted is known. */
export const READY_REACHED = "window.__bench !== undefined && window.__bench.allChartsMs !== null && window.__bench.paintedKnown && (!window.__bench.chartSeen || window.__bench.firstChartMs !== null)";

/** An expression returning what LOAD_OBSERVER recorded, when the "duckdb-ready" mark was set, and (on the notebook) its first result; null when not yet. */
export const LOAD_TIMINGS = `({
  firstChartMs: window.__bench.firstChartMs,
  allChartsMs: window.__bench.allChartsMs,
  chartsPaintedMs: window.__bench.chartsPaintedMs,
  ready: window.__bench.ready,
  duckdbReadyMs: performance.getEntriesByName("duckdb-ready", "mark")[0]?.startTime ?? null,
  notebookFirstResultMs: window.__benchNotebook ? window.__benchNotebook.firstResultMs : null
})`;

/** An expression true once the page has started DuckDB (`<html data-duckdb>` is set: starting, ready or failed). */
export const DUCKDB_STARTED = `document.documentElement.dataset.duckdb !== undefined`;

/** An expression true once the "duckdb-ready" mark is set. */
export const DUCKDB_READY = `performance.getEntriesByName("duckdb-ready", "mark").length > 0`;

// Every filter inside main: each <select> in a form, and each form's group of radio buttons, in document order.
const FIND_FILTERS = `(() => {
  const main = document.querySelector("main") || document.body;
  const filters = [];
  for (const form of main.querySelectorAll("form")) {
    const label = ((form.querySelector(":scope > label") || {}).textContent || "").trim();
    for (const select of form.querySelectorAll("select")) {
      if (select.multiple || select.disabled) continue;
      const options = Array.from(select.options).filter((option) => !option.disabled);
      filters.push({ kind: "select", label: label || select.name || select.getAttribute("aria-label") || "select", options: options.map((option) => option.value), value: select.value, control: select });
    }
    const names = [...new Set(Array.from(form.querySelectorAll("input[type=radio]"), (radio) => radio.name))];
    for (const name of names) {
      const radios = Array.from(form.querySelectorAll("input[type=radio]")).filter((radio) => radio.name === name && !radio.disabled);
      const checked = radios.find((radio) => radio.checked);
      filters.push({ kind: "radio", label: label || name || "radio", options: radios.map((radio) => radio.value), value: checked ? checked.value : null, control: radios });
    }
  }
  return filters;
})()`;

/** An expression listing the page's filters: their kind, label, option values and current value. */
export const LIST_FILTERS = `${FIND_FILTERS}.map(({ kind, label, options, value }) => ({ kind, label, options, value }))`;

// The change itself: sets `filter` (one of FIND_FILTERS) to option `optionIndex` as a reader would and resolves with the
// milliseconds from the change until every figure it set loading is ready again (after a quiet period of `quietMs` with
// no figure loading), or null when no figure was redrawn within `noEffectMs`; `redraws` is the most times one figure
// was set loading and ready again. A select gets the input event only: a reader's browser sends a trusted input and then
// a change, and Observable Inputs turns a change into a second input only until it has seen a trusted input (for scripts
// that set a value and send change alone), so a script's input and change would redraw every figure twice, as no
// reader's change does (tests/browser/filter-change.test.ts). A radio is clicked: the browser sends its own events.
function changeTo(filter: string, optionIndex: string, { quietMs = 200, noEffectMs = 3000, timeoutMs = 30_000 } = {}): string {
  return `new Promise((resolve) => {
  const target = ${filter};
  const choice = ${optionIndex};
  const touched = new Set();
  const loads = new Map();
  let lastReadyAt = null;
  let quiet = null;
  let failed = false;
  // Every result says how many figures the change touched and the most times one was redrawn.
  const finish = (ms, failedAtEnd) => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(noEffect);
    clearTimeout(deadline);
    resolve({ ms, figures: touched.size, redraws: Math.max(0, ...loads.values()), failed: failedAtEnd });
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (!record.target.dataset || record.target.dataset.figure === undefined) continue;
      touched.add(record.target);
      if (record.oldValue === "loading") loads.set(record.target, (loads.get(record.target) || 0) + 1);
    }
    if (touched.size === 0) return;
    clearTimeout(quiet);
    if ([...touched].some((figure) => figure.dataset.state === "loading")) return;
    failed = failed || [...touched].some((figure) => figure.dataset.state === "error");
    lastReadyAt = now;
    quiet = setTimeout(() => finish(lastReadyAt - start, failed), ${quietMs});
  });
  observer.observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ["data-state"] });
  const noEffect = setTimeout(() => { if (touched.size === 0) finish(null, failed); }, ${noEffectMs});
  const deadline = setTimeout(() => finish(null, true), ${timeoutMs});
  const start = performance.now();
  if (target.kind === "select") {
    target.control.value = target.options[choice];
    target.control.dispatchEvent(new Event("input", { bubbles: true }));
  } else {
    target.control[choice].click();
  }
})`;
}

/**
 * Returns an expression that sets filter `index` to option `optionIndex` as a reader would (see changeTo)
 * and resolves with the milliseconds from the change until every figure it set loading is ready again (after a quiet
 * period of `quietMs` with no figure loading), or null when no figure was redrawn within `noEffectMs`.
 */
export function changeFilter(index: number, optionIndex: number, options: { quietMs?: number; noEffectMs?: number; timeoutMs?: number } = {}): string {
  return `(() => {
  const filter = ${FIND_FILTERS}[${index}];
  if (!filter) throw new Error("expected filter ${index}, found none");
  return ${changeTo("filter", String(optionIndex), options)};
})()`;
}

/**
 * Returns an expression to evaluate as soon as a load has committed: the instant the page sets its ready marker (in
 * the same task, from a MutationObserver), it changes the `wanted`-th filter with two options or more to another value
 * (`step` 0: the one after the shown one, then each other value in turn) and resolves with the change's result, the
 * filter's position and every filter as LIST_FILTERS lists them (taken at the ready marker); with null when the page
 * has no such filter.
 */
export function changeFilterAtReady(wanted: number, step: number): string {
  return `new Promise((resolve) => {
  const change = () => {
    const filters = ${FIND_FILTERS};
    const changeable = filters.filter((filter) => filter.options.length >= 2);
    const filter = changeable[${wanted}];
    if (!filter) return resolve(null);
    const listed = filters.map(({ kind, label, options, value }) => ({ kind, label, options, value }));
    const from = Math.max(0, filter.options.indexOf(filter.value === null ? "" : filter.value));
    const next = (from + 1 + (${step} % (filter.options.length - 1))) % filter.options.length;
    const readyAt = performance.now();
    ${changeTo("filter", "next")}.then((result) => resolve({ ...result, index: filters.indexOf(filter), filters: listed, readyAt }));
  };
  if (document.documentElement.dataset.ready !== undefined) return change();
  const observer = new MutationObserver(() => {
    if (document.documentElement.dataset.ready === undefined) return;
    observer.disconnect();
    change();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
})`;
}

/** Returns an expression that puts the reader's pointer on filter `index` (a pointerdown, no change): the intent that starts DuckDB for a control whose answers were not shipped. */
export function touchFilter(index: number): string {
  return `(() => {
  const filter = ${FIND_FILTERS}[${index}];
  if (!filter) throw new Error("expected filter ${index}, found none");
  const control = filter.kind === "select" ? filter.control : filter.control[0];
  control.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "mouse" }));
})()`;
}
