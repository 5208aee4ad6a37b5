// Reads a `_headers` file (Netlify/Cloudflare Pages format), so the local server sends what such a host would send.

/** One block of a `_headers` file: a path pattern (`*` matches anything) and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Returns the rules of a `_headers` file; throws naming the line when a header comes before any path or lacks a colon. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) {
      throw new Error(`_headers line ${index + 1}: expected ${rule ? '"  Name: value"' : "a path before any header"}, found ${JSON.stringify(line)}`);
    }
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Returns the headers of every rule whose pattern matches a request path, in file order. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => patternToRegExp(rule.pattern).test(pathname)).flatMap((rule) => rule.headers);
}

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

/** Returns rules as the text of a `_headers` file (the form parseHeadersFile reads). */
export function formatHeaderRules(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => `${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`).join("");
}

/** How long a browser may keep a content-addressed file: a year, never revalidated (its name changes with its bytes). */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** How long a browser may keep a page before asking again: five minutes, so a new build reaches readers soon. */
export const PAGE_CACHE = "public, max-age=300";

/**
 * The folders whose files never change under the same name: Framework names `_import`, `_observablehq` and `_file`
 * files by a hash of their bytes, and `_npm` files by the package's version (DuckDB's wasm and worker included).
 */
export const IMMUTABLE_FOLDERS = ["/_npm/", "/_observablehq/", "/_import/", "/_file/"] as const;

/** Returns the caching rules: a long immutable lifetime for the immutable folders, a short one for each page's addresses. */
export function cacheHeaderRules(pageFiles: readonly string[]): HeaderRule[] {
  const pagePaths = pageFiles.flatMap((file) => {
    const clean = `/${file.replace(/\.html$/, "")}`;
    return clean.endsWith("/index") ? [clean.slice(0, -"index".length), clean, `${clean}.html`] : [clean, `${clean}.html`];
  });
  return [
    ...IMMUTABLE_FOLDERS.map((folder) => ({ pattern: `${folder}*`, headers: [["Cache-Control", IMMUTABLE_CACHE]] as [string, string][] })),
    ...pagePaths.map((path) => ({ pattern: path, headers: [["Cache-Control", PAGE_CACHE]] as [string, string][] }))
  ];
}
