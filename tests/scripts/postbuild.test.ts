import { describe, expect, it } from "vitest";
import { fixPageHtml, INLINED_STYLESHEET, inlineStylesheets, SIDEBAR_TOGGLE_STATE_SCRIPT, SKIP_LINK } from "../../scripts/postbuild.js";

const FRAMEWORK_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<link rel="modulepreload" href="./_observablehq/client.js">
<link rel="modulepreload" href="./_import/figures/show.js">
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">Home</a></li>
    <li class="observablehq-link observablehq-link-active"><a href="./board">Board</a></li>
  </ol>
</nav>
<main id="observablehq-main"></main>
<footer id="observablehq-footer"><nav><a rel="prev" href="./"><span>Home</span></a></nav></footer>
</body>
</html>`;

describe("fixPageHtml", () => {
  const fixed = fixPageHtml(FRAMEWORK_PAGE);

  it("declares the page language as British English", () => {
    expect(fixed).toContain('<html lang="en-GB">');
  });

  it("replaces Framework's viewport, which blocks zoom with maximum-scale=1", () => {
    expect(fixed).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(fixed).not.toContain("maximum-scale");
  });

  it("preloads the page's modules at low priority, so the prerendered charts are painted before they compile", () => {
    expect(fixed).toContain('<link rel="modulepreload" fetchpriority="low" href="./_observablehq/client.js">\n<link rel="modulepreload" fetchpriority="low" href="./_import/figures/show.js">');
    expect(fixed).not.toContain('<link rel="modulepreload" href=');
  });

  it("puts a skip link to the main content first in the body", () => {
    expect(fixed).toContain(`<body>\n${SKIP_LINK}`);
  });

  it("moves the sidebar's close label out of the list, which may hold only list items", () => {
    expect(fixed).toMatch(/<label id="observablehq-sidebar-close"[^>]*><\/label>\s*<ol>\s*<li/);
  });

  it("names the sidebar toggle, the sidebar and the previous/next links, and marks the current page's link", () => {
    expect(fixed).toContain('<input id="observablehq-sidebar-toggle" type="checkbox" aria-label="Show the list of pages" role="button" aria-pressed="false" title="Toggle sidebar">');
    expect(fixed).toContain('<nav id="observablehq-sidebar" aria-label="Pages">');
    expect(fixed).toContain('<nav aria-label="Previous and next page"><a rel="prev"');
    expect(fixed).toContain('<li class="observablehq-link observablehq-link-active"><a aria-current="page" href="./board">Board</a></li>');
    expect(fixed.match(/aria-current/g)).toHaveLength(1);
  });

  it("makes the sidebar toggle a toggle button whose pressed state a script keeps, once", () => {
    expect(fixed).toContain(`${SIDEBAR_TOGGLE_STATE_SCRIPT}\n</body>`);
    expect(fixed.split(SIDEBAR_TOGGLE_STATE_SCRIPT)).toHaveLength(2);
  });

  it("changes nothing on a second pass", () => {
    expect(fixPageHtml(fixed)).toBe(fixed);
  });

  it("fails loudly when the page has no <html> or <body> to fix", () => {
    expect(() => fixPageHtml("<p>not a page</p>")).toThrow('postbuild: expected a page with lang="en-GB", found none after the fix');
  });
});

describe("inlineStylesheets", () => {
  const page = `<head>
<link rel="preload" as="style" href="./_import/style.c4cb1b3a.css">
<link rel="preload" as="style" href="./_observablehq/stdlib/inputs.f7bf0e12.css">
<link rel="stylesheet" type="text/css" href="./_import/style.c4cb1b3a.css">
<link rel="stylesheet" type="text/css" href="./_observablehq/stdlib/inputs.f7bf0e12.css">
</head>`;

  it("writes Framework's Inputs stylesheet into the page, drops its preload, and leaves the site's stylesheet linked", () => {
    const read: string[] = [];
    const inlined = inlineStylesheets(page, INLINED_STYLESHEET, (href) => (read.push(href), "form.inputs { margin: 0; }"));
    expect(read).toEqual(["./_observablehq/stdlib/inputs.f7bf0e12.css"]);
    expect(inlined).toBe(`<head>
<link rel="preload" as="style" href="./_import/style.c4cb1b3a.css">
<link rel="stylesheet" type="text/css" href="./_import/style.c4cb1b3a.css">
<style>form.inputs { margin: 0; }</style>
</head>`);
  });

  it("refuses a stylesheet that would close its <style> element", () => {
    expect(() => inlineStylesheets(page, INLINED_STYLESHEET, () => "a { } </style><script>")).toThrow(
      'postbuild: expected a stylesheet that can sit in a <style> element, found "</style" in ./_observablehq/stdlib/inputs.f7bf0e12.css'
    );
  });
});
