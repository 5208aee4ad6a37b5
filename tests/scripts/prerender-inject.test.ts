import { describe, expect, it } from "vitest";
import { injectPrerenderedCells, URL_PARAMS_GUARD } from "../../scripts/prerender/inject.js";

const PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head><title>Page</title>
</head><body><main>
<div class="observablehq observablehq--block"><!--:c1fcee97:--></div>
<div class="observablehq observablehq--block"><!--:da5ec928:--></div>
</main></body></html>`;

describe("injectPrerenderedCells", () => {
  it("puts each cell's HTML just before its root comment, as the loading indicator Framework removes, and the guard before any stylesheet", () => {
    const html = injectPrerenderedCells(PAGE, { c1fcee97: '<figure data-figure="a">A $& $1</figure>' }, "/page");
    expect(html).toContain('<div class="observablehq observablehq--block"><observablehq-loading data-prerendered><figure data-figure="a">A $& $1</figure></observablehq-loading><!--:c1fcee97:--></div>');
    expect(html).toContain('<div class="observablehq observablehq--block"><!--:da5ec928:--></div>');
    expect(html).toContain(`<title>Page</title>\n${URL_PARAMS_GUARD}\n</head>`);
  });

  it("fails naming the page and cell when a cell's root comment is missing or not unique", () => {
    expect(() => injectPrerenderedCells(PAGE, { "0000abcd": "<p>x</p>" }, "/page")).toThrow("prerender /page: expected one root comment <!--:0000abcd:--> for cell 0000abcd, found 0");
    const twice = PAGE.replace("<!--:da5ec928:--></div>", "<!--:da5ec928:--><!--:da5ec928:--></div>");
    expect(() => injectPrerenderedCells(twice, { da5ec928: "<p>x</p>" }, "/page")).toThrow("found 2");
  });

  it("refuses a page that is already prerendered, so a second postbuild cannot nest snapshots", () => {
    const once = injectPrerenderedCells(PAGE, { c1fcee97: "<p>x</p>" }, "/page");
    expect(() => injectPrerenderedCells(once, { c1fcee97: "<p>x</p>" }, "/page")).toThrow("prerender /page: expected a page not yet prerendered, found prerendered cells");
  });
});
