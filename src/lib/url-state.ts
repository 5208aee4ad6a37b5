/** Returns a query-string parameter of the current page, or `fallback` when it is absent. */
export function readUrlParam(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

// Values written but not yet in the address bar, by parameter name: the latest of each wins.
const pendingParams = new Map<string, { value: string; defaultValue: string }>();

/**
 * Writes a parameter into the address bar without reloading, a task later: `history.replaceState` costs 5–12 ms, which
 * a filter's figures should not wait for (writes in one task are made together). A default value is removed.
 */
export function writeUrlParam(name: string, value: string, defaultValue: string): void {
  if (pendingParams.size === 0) setTimeout(writePendingParams);
  pendingParams.set(name, { value, defaultValue });
}

function writePendingParams(): void {
  const url = new URL(location.href);
  for (const [name, { value, defaultValue }] of pendingParams) {
    if (value === defaultValue) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  pendingParams.clear();
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}
