/** Returns a query-string parameter of the current page, or `fallback` when it is absent. */
export function readUrlParam(name: string, fallback: string): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}

/** Writes a parameter into the address bar without reloading; a default value is removed rather than written. */
export function writeUrlParam(name: string, value: string, defaultValue: string): void {
  const url = new URL(location.href);
  if (value === defaultValue) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}
