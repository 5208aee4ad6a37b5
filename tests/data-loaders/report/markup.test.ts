import { describe, expect, it } from "vitest";
import { decodeEntities, stripMarkup } from "../../../data-loaders/report/markup.js";

describe("stripMarkup", () => {
  it("puts each paragraph on its own line", () => {
    expect(stripMarkup("<p>Good progress</p> <p>Passport now in place</p>")).toBe("Good progress\nPassport now in place");
  });

  it("puts each bulleted list item on its own line and drops the list tag's attributes", () => {
    expect(stripMarkup('<ul style="list-style-type: none"> • Audit of quality of CP plans • Team managers continue  ')).toBe(
      "Audit of quality of CP plans\nTeam managers continue"
    );
  });

  it("treats the hollow bullet ○ of a nested list as a list item", () => {
    expect(stripMarkup("<p>three seminars:</p> <ul> ○ Faith Communities ○ Neglect & the GCP")).toBe("three seminars:\nFaith Communities\nNeglect & the GCP");
  });

  it("breaks <li>, <br> and <br/> into lines", () => {
    expect(stripMarkup("<ul><li>One</li><li>Two</li></ul>")).toBe("One\nTwo");
    expect(stripMarkup("One<br>Two<br/>Three<br />Four")).toBe("One\nTwo\nThree\nFour");
  });

  it("numbers the items of an <ol> list that has no <li> tags, one per line", () => {
    expect(stripMarkup('<ol style="list-style-type: none"> 1. Plan & deliver professionals seminar 2. Monitor use & effect of GCP in cases of Neglect  ')).toBe(
      "1. Plan & deliver professionals seminar\n2. Monitor use & effect of GCP in cases of Neglect"
    );
  });

  it("starts a numbered item only at the next number in sequence", () => {
    expect(stripMarkup("<ol> 1. Include Key Stage 4. data 2. Publish")).toBe("1. Include Key Stage 4. data\n2. Publish");
  });

  it("leaves numbers outside an <ol> list alone", () => {
    expect(stripMarkup("1.All notifications are reviewed 2. The SCR Panel initiate")).toBe("1.All notifications are reviewed 2. The SCR Panel initiate");
  });

  it("removes **bold** markers but keeps their text", () => {
    expect(stripMarkup("See **Appendix 3** for SLAC Action Plan")).toBe("See Appendix 3 for SLAC Action Plan");
  });

  it("decodes HTML entities after removing tags, so an escaped tag stays as text", () => {
    expect(stripMarkup("<p>Neglect &amp; the GCP &lt;p&gt; &#8211; &#x2019;</p>")).toBe("Neglect & the GCP <p> – ’");
  });

  it("removes inline tags and keeps the address of an autolink", () => {
    expect(stripMarkup("<b>Health</b>: <http://www.ncbi.nlm.nih.gov/pmc/articles/PMC2465587/>")).toBe("Health: http://www.ncbi.nlm.nih.gov/pmc/articles/PMC2465587/");
  });

  it("collapses runs of spaces, trims lines and drops empty ones", () => {
    expect(stripMarkup("  A  \n\n   B\t\tC  ")).toBe("A\nB C");
  });

  it("returns an empty string for a cell holding only markup", () => {
    expect(stripMarkup('<ul style="list-style-type: none"> •')).toBe("");
  });

  it("keeps text that merely contains a less-than sign", () => {
    expect(stripMarkup("ages < 5 and > 1")).toBe("ages < 5 and > 1");
  });
});

describe("decodeEntities", () => {
  it("keeps an entity it does not know", () => {
    expect(decodeEntities("&bogus; &pound;5")).toBe("&bogus; £5");
  });
});
