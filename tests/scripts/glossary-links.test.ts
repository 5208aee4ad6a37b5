import { describe, expect, it } from "vitest";
import { escapeAttribute, linkGlossaryTerms, linkGlossaryTermsInPage, termPattern } from "../../scripts/glossary-links.js";
import type { GlossaryEntry } from "../../src/lib/glossary.js";

const CAF: GlossaryEntry = { id: "caf", term: "CAF", aliases: ["CAFs"], definition: "Common Assessment Framework: an early help assessment." };
const MARAC: GlossaryEntry = { id: "marac", term: "MARAC", aliases: ["MARACs"], definition: "Multi-Agency Risk Assessment Conference." };
const PRIVATE_FOSTERING: GlossaryEntry = { id: "private-fostering", term: "Private fostering", definition: "A child cared for by someone who is not family." };
const CHANNEL: GlossaryEntry = { id: "channel", term: "Channel", definition: "A programme for people at risk of radicalisation." };
const L_AND_D: GlossaryEntry = { id: "l-and-d", term: "L&D", definition: "Luton and Dunstable Hospital." };
const TRICKY: GlossaryEntry = { id: "lado", term: "LADO", definition: `Officer for "allegations" <against> staff & volunteers; it's Luton's.` };
const GLOSSARY = [CAF, MARAC, PRIVATE_FOSTERING, CHANNEL, L_AND_D, TRICKY];

function link(entry: GlossaryEntry, text: string, href = "./glossary"): string {
  return `<a class="se-term" href="${href}#term-${entry.id}"><abbr title="${escapeAttribute(entry.definition)}">${text}</abbr></a>`;
}
const linked = (html: string) => linkGlossaryTerms(html, GLOSSARY);

describe("linkGlossaryTerms", () => {
  it("links only the first occurrence of a term on the page", () => {
    expect(linked("<p>A MARAC meets monthly.</p><p>Each MARAC hears about 30 cases.</p>")).toBe(
      `<p>A ${link(MARAC, "MARAC")} meets monthly.</p><p>Each MARAC hears about 30 cases.</p>`
    );
  });

  it("links several different terms in one run of text, each once", () => {
    expect(linked("<p>The MARAC asked for a CAF; the CAF team and the MARAC agreed.</p>")).toBe(
      `<p>The ${link(MARAC, "MARAC")} asked for a ${link(CAF, "CAF")}; the CAF team and the MARAC agreed.</p>`
    );
  });

  it("uses the href it is given", () => {
    expect(linkGlossaryTerms("<p>MARAC</p>", GLOSSARY, { glossaryHref: "../glossary" })).toBe(`<p>${link(MARAC, "MARAC", "../glossary")}</p>`);
  });

  it("never links inside an existing link or abbreviation, and links the next free occurrence instead", () => {
    expect(linked('<p><a href="./domestic-abuse">MARAC figures</a> <abbr title="x">MARAC</abbr> then MARAC.</p>')).toBe(
      `<p><a href="./domestic-abuse">MARAC figures</a> <abbr title="x">MARAC</abbr> then ${link(MARAC, "MARAC")}.</p>`
    );
  });

  it.each(["h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button", "label", "summary", "textarea"])("never links inside <%s>", (element) => {
    const html = `<${element} class="x">MARAC <span>CAF</span></${element}>`;
    expect(linked(html)).toBe(html);
  });

  it("never links inside <script> or <style>, even where their content looks like markup", () => {
    const html = '<script type="module">const t = "<p>MARAC</p>"; if (a < b) CAF();</script><style>.MARAC::after { content: "<b>"; }</style>';
    expect(linked(html)).toBe(html);
  });

  it("links the text after a skipped element closes, with nesting counted", () => {
    expect(linked("<h2>The <em>MARAC</em> and <em>CAF</em></h2><p>MARAC and CAF</p>")).toBe(
      `<h2>The <em>MARAC</em> and <em>CAF</em></h2><p>${link(MARAC, "MARAC")} and ${link(CAF, "CAF")}</p>`
    );
  });

  it("never touches attribute values, even quoted ones holding > or a term", () => {
    const html = '<p title="MARAC > CAF" data-note=\'CAF\'><img alt="MARAC chart"></p>';
    expect(linked(html)).toBe(html);
  });

  it("leaves comments alone", () => {
    expect(linked("<!-- MARAC --><p>MARAC</p>")).toBe(`<!-- MARAC --><p>${link(MARAC, "MARAC")}</p>`);
  });

  it("links an alias as its term: the plural CAFs is linked as CAF, since CAF does not match inside CAFs", () => {
    expect(linked("<p>110 CAFs were completed; each CAF was logged.</p>")).toBe(`<p>110 ${link(CAF, "CAFs")} were completed; each CAF was logged.</p>`);
  });

  it("matches whole words only", () => {
    const html = "<p>CAFCASS, NCAF, CAF2, MARACS and xMARAC are other words.</p>";
    expect(linked(html)).toBe(html);
  });

  it("matches abbreviations and single words case-sensitively", () => {
    const html = "<p>A caf, a Marac, and a channel for questions.</p>";
    expect(linked(html)).toBe(html);
  });

  it("matches a phrase with either case on its first letter, as at the start of a sentence", () => {
    expect(linked("<p>Rules on private fostering.</p>")).toBe(`<p>Rules on ${link(PRIVATE_FOSTERING, "private fostering")}.</p>`);
    expect(linked("<p>PRIVATE FOSTERING and private Fostering</p>")).toBe("<p>PRIVATE FOSTERING and private Fostering</p>");
  });

  it("matches a phrase broken across lines, as Markdown leaves it", () => {
    expect(linked("<p>Private\nfostering</p>")).toBe(`<p>${link(PRIVATE_FOSTERING, "Private\nfostering")}</p>`);
  });

  it("finds a term written with a character reference and keeps the reference in the link text", () => {
    expect(linked("<p>The L&amp;D Hospital</p>")).toBe(`<p>The ${link(L_AND_D, "L&amp;D")} Hospital</p>`);
  });

  it("escapes quotes, angle brackets and ampersands of the definition in the title attribute", () => {
    const output = linked("<p>LADO</p>");
    expect(output).toContain('title="Officer for &quot;allegations&quot; &lt;against&gt; staff &amp; volunteers; it&#39;s Luton&#39;s."');
    expect(output.match(/"/g)?.length).toBe(6);
  });

  it("changes nothing on a second pass: a term already linked to the glossary counts as linked", () => {
    const once = linked("<p>The MARAC and the CAF. The MARAC again.</p>");
    expect(linked(once)).toBe(once);
  });

  it("does not link a term the page already links to by hand", () => {
    const html = '<p><a href="./glossary#term-marac">what a MARAC is</a>. The MARAC met.</p>';
    expect(linked(html)).toBe(html);
  });

  it("keeps a stray < in text and the text after it", () => {
    expect(linked("<p>3 < 4 MARAC</p>")).toBe(`<p>3 < 4 ${link(MARAC, "MARAC")}</p>`);
  });
});

describe("linkGlossaryTermsInPage", () => {
  const page = `<html><head><title>MARAC</title></head><body><nav>MARAC</nav><main id="observablehq-main"><p>MARAC</p></main><footer>CAF</footer></body></html>`;

  it("links inside <main> only", () => {
    expect(linkGlossaryTermsInPage(page, GLOSSARY)).toBe(page.replace("<p>MARAC</p>", `<p>${link(MARAC, "MARAC")}</p>`));
  });

  it("fails loudly when the page has no <main>", () => {
    expect(() => linkGlossaryTermsInPage("<body><p>MARAC</p></body>", GLOSSARY)).toThrow(
      "glossary links: expected a page with one <main>…</main>, found no <main>"
    );
    expect(() => linkGlossaryTermsInPage("<body><main><p>MARAC</p></body>", GLOSSARY)).toThrow(
      "glossary links: expected a page with one <main>…</main>, found no </main> after <main>"
    );
  });
});

describe("termPattern", () => {
  it("prefers the longest alias, so SCR's is linked whole", () => {
    const pattern = termPattern({ id: "scr", term: "SCR", aliases: ["SCRs", "SCR's"], definition: "Serious case review." });
    expect("key messages from SCR's".match(pattern)).toEqual(["SCR's"]);
  });
});
