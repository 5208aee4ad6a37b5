import { describe, expect, it } from "vitest";
import { continuesSentence, rejoinLabel, rejoinText } from "../../../data-loaders/report/page-breaks.js";

describe("rejoinLabel", () => {
  it("joins the two halves of a label with one space", () => {
    expect(rejoinLabel("Youth Offending", "Service")).toBe("Youth Offending Service");
  });

  it("returns the other half when one is blank", () => {
    expect(rejoinLabel("", "Service")).toBe("Service");
    expect(rejoinLabel("LBC", " ")).toBe("LBC");
  });
});

describe("rejoinText", () => {
  it("joins a sentence the page break cut, dropping the paragraph tags at the cut", () => {
    expect(rejoinText("<p>In February 2013 the average</p>", "<p>case load size was x.</p>")).toBe("<p>In February 2013 the average case load size was x.</p>");
  });

  it("starts a new line when the second fragment opens a sentence of its own", () => {
    expect(rejoinText("<p>Good progress</p>", "<p>Staff are aware</p>")).toBe("<p>Good progress</p>\n<p>Staff are aware</p>");
  });

  it("carries on an <ol> item the page break cut, whatever its case", () => {
    expect(rejoinText("<ol> 1. Plan 2. Audit 3. Review current ", "Professional training workshop 4. Consider")).toBe(
      "<ol> 1. Plan 2. Audit 3. Review current Professional training workshop 4. Consider"
    );
  });

  it("returns the other fragment when one is blank", () => {
    expect(rejoinText("", "Completed")).toBe("Completed");
    expect(rejoinText("Completed", "")).toBe("Completed");
  });
});

describe("continuesSentence", () => {
  it("looks past leading tags for the first letter", () => {
    expect(continuesSentence("venue for", "<p>reviews by social workers")).toBe(true);
    expect(continuesSentence("figures.</p>", "<p>NHSL/LCCG – 81%")).toBe(false);
  });

  it("does not treat a closed <ol> list as open", () => {
    expect(continuesSentence("<ol> 1. Plan</ol>", "Next")).toBe(false);
  });
});
