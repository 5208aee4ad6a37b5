import { whenPageReady } from "./readiness.js";

/**
 * Calls `start` once the page has drawn its figures (the ready marker is set) and the browser is idle, if the main
 * content has a form (a filter, the search, the SQL editor); with Save-Data on, only when the reader first touches one.
 * A reader who reaches for a form before then starts it at once.
 */
export function warmUpAfterFirstPaint(start: () => Promise<unknown>): void {
  const main = document.getElementById("observablehq-main") ?? document.body;
  const touches = ["pointerdown", "focusin", "keydown"];
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    for (const type of touches) main.removeEventListener(type, onTouch);
    // A failed start is reported by database-status.ts, and by any query that needed it.
    start().catch(() => undefined);
  };
  const onTouch = (event: Event) => {
    if (event.target instanceof Element && event.target.closest("form")) startOnce();
  };
  for (const type of touches) main.addEventListener(type, onTouch, { passive: true });
  // Forms are looked for when idle: a cell may display one just after the ready marker is set.
  const startIfFormed = () => {
    if (main.querySelector("form") && !saveData()) startOnce();
  };
  whenPageReady(() => {
    if ("requestIdleCallback" in window) requestIdleCallback(startIfFormed, { timeout: 2000 });
    else setTimeout(startIfFormed, 200);
  });
}

function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
