/** Values a link can put in a URL parameter to try a page: unknown, empty, a path, markup, SQL, a prototype key, and very long. */
export const HOSTILE_VALUES: readonly [kind: string, value: string][] = [
  ["unknown", "NOPE"],
  ["empty", ""],
  ["a path", "../../"],
  ["markup", "<img src=x onerror=alert(1)>"],
  ["SQL", "' OR 1=1 --"],
  ["__proto__", "__proto__"],
  ["10,000 characters", "x".repeat(10_000)]
];
