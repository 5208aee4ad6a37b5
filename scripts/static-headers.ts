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
