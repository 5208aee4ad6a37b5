// The site's Content-Security-Policy: a <meta> in each built page (with the hashes of that page's inline scripts) and a
// `_headers` file for static hosts that honour it (Netlify, Cloudflare Pages), which can also forbid framing.
import { createHash } from "node:crypto";
import { formatHeaderRules } from "./static-headers.js";

/** The directives every page gets; `script-src` gains the page's inline-script hashes. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ["default-src", "'self'"],
  ["connect-src", "'self'"],
  // DuckDB-WASM starts in a same-origin worker; blob: leaves room for libraries that start theirs from a Blob.
  ["worker-src", "'self' blob:"],
  // 'wasm-unsafe-eval' lets DuckDB compile its wasm; nothing on the site needs 'unsafe-eval' or 'unsafe-inline'.
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  // Plot and Framework write style attributes and <style> elements, which hashes cannot cover.
  ["style-src", "'self' 'unsafe-inline'"],
  // data: for the favicon (`href="data:,"`), blob: for images a page makes from a Blob.
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"]
];

/** Directives a <meta> policy cannot carry, sent only as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [["frame-ancestors", "'none'"]];

/** The other security headers `_headers` sets on every response. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"]
];

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/g;

/** Returns the text of every inline script (`<script>` without `src`) in a page, in document order. */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  const opening = /<script\b((?:[^"'>]|"[^"]*"|'[^']*')*)>/gi;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const start = match.index + match[0].length;
    const end = html.toLowerCase().indexOf("</script", start);
    if (end < 0) throw new Error(`content security policy: expected </script> after the <script> at offset ${match.index}, found the end of the page`);
    if (!/\ssrc\s*=/i.test(match[1]!)) scripts.push(html.slice(start, end));
    opening.lastIndex = end;
  }
  return scripts;
}

/** Returns a CSP source expression `'sha256-…'` for a script's text, as the browser hashes it (UTF-8, newlines as LF). */
export function scriptHashSource(scriptText: string): string {
  const normalised = scriptText.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

/** Returns the sorted, distinct hash sources of a page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(findInlineScripts(html).map(scriptHashSource))].sort();
}

/** Returns a policy string: the base directives, `script-src` with the given hashes, and header-only directives if asked. */
export function contentSecurityPolicy(scriptHashes: readonly string[], { forHeader = false }: { forHeader?: boolean } = {}): string {
  for (const hash of scriptHashes) {
    if (!/^'sha256-[A-Za-z0-9+/]{43}='$/.test(hash)) throw new Error(`content security policy: expected a source like 'sha256-<44 base64 characters>', found ${hash}`);
  }
  const directives = [...CSP_DIRECTIVES, ...(forHeader ? HEADER_ONLY_DIRECTIVES : [])];
  return directives
    .map(([name, value]) => (name === "script-src" && scriptHashes.length > 0 ? `${name} ${value} ${scriptHashes.join(" ")}` : `${name} ${value}`))
    .join("; ");
}

/** Returns a page with one CSP <meta> right after its charset, allowing exactly that page's inline scripts. */
export function addContentSecurityPolicyMeta(html: string): string {
  const page = html.replace(META_PATTERN, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(page))}">`;
  // The policy covers only what follows it, so it goes before every script, stylesheet and preload.
  const charset = /<meta charset="[^"]*">\n?/i.exec(page);
  if (!charset) throw new Error('content security policy: expected a page with <meta charset="…"> in its head, found none');
  const at = charset.index + charset[0].length;
  const firstScript = page.search(/<script\b/i);
  if (firstScript >= 0 && firstScript < at) throw new Error(`content security policy: expected no <script> before <meta charset>, found one at offset ${firstScript}`);
  return `${page.slice(0, at)}${meta}\n${page.slice(at)}`;
}

/** Returns a `_headers` file (Netlify/Cloudflare Pages format) setting the policy and security headers on every path. */
export function formatHeadersFile(scriptHashes: readonly string[]): string {
  const headers: [string, string][] = [["Content-Security-Policy", contentSecurityPolicy([...new Set(scriptHashes)].sort(), { forHeader: true })], ...SECURITY_HEADERS.map(([name, value]): [string, string] => [name, value])];
  return formatHeaderRules([{ pattern: "/*", headers }]);
}
