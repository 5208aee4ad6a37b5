// When this page fetches DuckDB-WASM (4.7 MB of wasm, compressed) before any query needs it. A query the page did not
// ship always starts it (runLiveQuery); these start it earlier, on the reader's intent, so the answer comes sooner.

/** The events that count as reaching for a control: a press, the keyboard's focus, a key. */
export const INTENT_EVENTS = ["pointerdown", "focusin", "keydown"] as const;

/**
 * Whether an event's target is a control whose answers are not all shipped with the page: inside a form in the main
 * content, and not inside an element marked `data-answers-shipped` (a form whose every value the build answered).
 */
export function needsDatabase(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const form = target.closest("form");
  return form !== null && target.closest("[data-answers-shipped]") === null;
}

/** Whether the reader's browser asks to save data (`navigator.connection.saveData`). */
export function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/**
 * Calls `start` once, when the reader first reaches for a control that may need DuckDB (see `needsDatabase`): never
 * in the background, and never with Save-Data on (a query the reader asks for then starts DuckDB by itself).
 */
export function warmUpOnIntent(start: () => Promise<unknown>): void {
  if (saveData()) return;
  const main = document.getElementById("observablehq-main") ?? document.body;
  const onIntent = (event: Event) => {
    if (!needsDatabase(event.target)) return;
    for (const type of INTENT_EVENTS) main.removeEventListener(type, onIntent);
    // A failed start is reported by database-status.ts, and by any query that needed it.
    start().catch(() => undefined);
  };
  for (const type of INTENT_EVENTS) main.addEventListener(type, onIntent, { passive: true });
}

/** Calls `start` at once, for a page whose job is DuckDB (the explorer, the notebook); with Save-Data on, not until a query asks. */
export function startAtOnce(start: () => Promise<unknown>): void {
  if (saveData()) return;
  start().catch(() => undefined);
}
