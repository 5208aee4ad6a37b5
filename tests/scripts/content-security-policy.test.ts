import { describe, expect, it } from "vitest";
import {
  addContentSecurityPolicyMeta,
  contentSecurityPolicy,
  findInlineScripts,
  formatHeadersFile,
  inlineScriptHashes,
  scriptHashSource
} from "../../scripts/content-security-policy.js";

// The CSP specification's own example: <script>alert('Hello, world.');</script>.
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

const FRAMEWORK_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="modulepreload" href="./_observablehq/client.js">
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
<script src="./_npm/some.js" data-note="a > in quotes"></script>
</head>
<body>
<script>${HELLO}</script>
<main id="observablehq-main"></main>
</body>
</html>`;

describe("findInlineScripts", () => {
  it("returns the text of Framework's inline module and classic scripts, and skips scripts with src", () => {
    expect(findInlineScripts(FRAMEWORK_PAGE)).toEqual(['\nimport {define} from "./_observablehq/client.js";\n', HELLO]);
  });

  it("reads a script's text up to </script> even when it holds a < or a quoted >", () => {
    expect(findInlineScripts('<script data-x="1>2">if (a < b) x = "<p>";</script>')).toEqual(['if (a < b) x = "<p>";']);
  });

  it("fails loudly on a script with no end tag", () => {
    expect(() => findInlineScripts("<p>x</p><script>never closed")).toThrow("content security policy: expected </script> after the <script> at offset 8, found the end of the page");
  });
});

describe("scriptHashSource", () => {
  it("gives the CSP specification's hash for its example script", () => {
    expect(scriptHashSource(HELLO)).toBe(HELLO_HASH);
  });

  it("hashes CRLF and CR newlines as LF, as the HTML parser reads them", () => {
    expect(scriptHashSource("a();\r\nb();\rc();")).toBe(scriptHashSource("a();\nb();\nc();"));
  });
});

describe("inlineScriptHashes", () => {
  it("returns each distinct inline script's hash once, sorted", () => {
    const hashes = inlineScriptHashes(`${FRAMEWORK_PAGE}<script>${HELLO}</script>`);
    expect(hashes).toHaveLength(2);
    expect(hashes).toContain(HELLO_HASH);
    expect([...hashes].sort()).toEqual(hashes);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only from the site, wasm compilation and the given hashes", () => {
    expect(contentSecurityPolicy([HELLO_HASH])).toBe(
      "default-src 'self'; connect-src 'self'; worker-src 'self' blob:; " +
        `script-src 'self' 'wasm-unsafe-eval' ${HELLO_HASH}; style-src 'self' 'unsafe-inline'; ` +
        "img-src 'self' data: blob:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    );
  });

  it("never allows unsafe-eval or unsafe-inline for scripts", () => {
    const scriptSrc = contentSecurityPolicy([]).split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it("adds frame-ancestors only to the header form, which <meta> cannot carry", () => {
    expect(contentSecurityPolicy([])).not.toContain("frame-ancestors");
    expect(contentSecurityPolicy([], { forHeader: true })).toMatch(/; frame-ancestors 'none'$/);
  });

  it("refuses a source that is not a SHA-256 hash, naming it", () => {
    expect(() => contentSecurityPolicy(["'unsafe-inline'"])).toThrow("content security policy: expected a source like 'sha256-<44 base64 characters>', found 'unsafe-inline'");
  });
});

describe("addContentSecurityPolicyMeta", () => {
  const secured = addContentSecurityPolicyMeta(FRAMEWORK_PAGE);

  it("puts the policy right after the charset, before any preload or script", () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(FRAMEWORK_PAGE))}">`;
    expect(secured).toContain(`<meta charset="utf-8">\n${meta}\n<meta name="viewport"`);
    expect(secured.indexOf(meta)).toBeLessThan(secured.indexOf("<link"));
  });

  it("lists exactly the hashes of the page's own inline scripts", () => {
    expect(secured).toContain(`'wasm-unsafe-eval' ${inlineScriptHashes(FRAMEWORK_PAGE).join(" ")};`);
  });

  it("changes nothing on a second pass, and recomputes the hashes when a script changed", () => {
    expect(addContentSecurityPolicyMeta(secured)).toBe(secured);
    const edited = addContentSecurityPolicyMeta(secured.replace(HELLO, "alert(1);"));
    expect(edited.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(edited).toContain(scriptHashSource("alert(1);"));
    expect(edited).not.toContain(HELLO_HASH);
  });

  it("fails loudly on a page with no charset to put the policy after", () => {
    expect(() => addContentSecurityPolicyMeta("<html><head></head></html>")).toThrow('content security policy: expected a page with <meta charset="…"> in its head, found none');
  });
});

describe("formatHeadersFile", () => {
  it("writes one /* rule with the policy, frame-ancestors, nosniff and no-referrer, each hash once", () => {
    expect(formatHeadersFile([HELLO_HASH, HELLO_HASH])).toBe(
      "/*\n" +
        `  Content-Security-Policy: ${contentSecurityPolicy([HELLO_HASH], { forHeader: true })}\n` +
        "  X-Content-Type-Options: nosniff\n" +
        "  Referrer-Policy: no-referrer\n"
    );
  });
});
