import { describe, expect, it } from "vitest";
import { ReportFormatError } from "../../../data-loaders/errors.js";
import { parseReportText } from "../../../data-loaders/report/report-text.js";
import { compileSentenceTemplate, findSentence, matchSentences } from "../../../data-loaders/report/sentence-template.js";

const template = (text: string, id = "example") => compileSentenceTemplate({ table: "indicators", id, text });
const report = (...lines: string[]) => parseReportText(lines.join("\n"));
const valuesOf = (text: string, line: string) => findSentence(report(line), template(text)).values;

describe("findSentence", () => {
  it("returns the one match with its line, verbatim quote and parsed value", () => {
    const match = findSentence(
      report("Heading", "", "At the end of Quarter 4 a total of 3,003 referrals had been made, a 48% reduction."),
      template("At the end of Quarter 4 a total of {value:count} referrals had been made")
    );
    expect(match).toEqual({
      id: "example",
      line: 3,
      quote: "At the end of Quarter 4 a total of 3,003 referrals had been made",
      values: { value: 3003 },
      texts: { value: "3,003" }
    });
  });

  it("throws naming the row, the template and the nearest line when nothing matches", () => {
    const text = report("Heading", "At the end of Quarter 4 a total of 3,003 contacts had been made.");
    const referrals = template("At the end of Quarter 4 a total of {value:count} referrals had been made", "referrals");
    expect(() => findSentence(text, referrals)).toThrow(ReportFormatError);
    expect(() => findSentence(text, referrals)).toThrow(
      'indicators row "referrals": expected one sentence matching "At the end of Quarter 4 a total of {value:count} referrals had been made", ' +
        'found none; the nearest text is line 2: "At the end of Quarter 4 a total of 3,003 contacts had been made." (report line 2)'
    );
  });

  it("throws listing every line when the template matches several times", () => {
    const text = report("There were 9 cases.", "Nothing here", "There were 12 cases, then There were 4 cases.");
    expect(() => findSentence(text, template("There were {value:count} cases", "cases"))).toThrow(
      'indicators row "cases": expected one sentence matching "There were {value:count} cases", found 3, at lines 1, 3, 3 (report line 1)'
    );
  });

  it("yields several values from one sentence, e.g. a count with its percentage", () => {
    expect(valuesOf("with {count:count} ({share:percent}) of employees", "with 902 (82%) of employees")).toEqual({ count: 902, share: 82 });
  });

  it("lets any run of whitespace in the template match any other run", () => {
    expect(valuesOf("a total  of {value:count} children", "a\ttotal of   525 children")).toEqual({ value: 525 });
    expect(() => findSentence(report("a totalof 525 children"), template("a total of {value:count} children"))).toThrow(/found none/);
  });

  it("matches regular-expression metacharacters literally", () => {
    expect(valuesOf("the recommended number of cases ({value:count}) which (CAADA) have proposed", "the recommended number of cases (290) which (CAADA) have proposed")).toEqual({ value: 290 });
    expect(() => findSentence(report("stands at 6 yearsX"), template("stands at {value:count} years."))).toThrow(/found none/);
    expect(valuesOf("Colluding With Silence? events: {value:count}", "Colluding With Silence? events: 3")).toEqual({ value: 3 });
  });

  it("anchors a template that starts with ^ to the start of a line", () => {
    const text = report("completed to timescale was 73.4% against a target of 78.0%", "timescale was 74.9% against a target of 80.0%.");
    expect(findSentence(text, template("^timescale was {value:percent} against a target of {target:percent}"))).toMatchObject({
      line: 2,
      values: { value: 74.9, target: 80 }
    });
    expect(matchSentences(text, template("timescale was {value:percent} against"))).toHaveLength(2);
  });
});

describe("placeholder types", () => {
  it("reads a count with or without thousands separators, never part of a longer number", () => {
    expect(valuesOf("reached {value:count} during", "reached 1,101 during")).toEqual({ value: 1101 });
    expect(valuesOf("approx. {value:count} young", "approx. 2000 young")).toEqual({ value: 2000 });
    expect(() => findSentence(report("1 x 4-5 years; 11 x 4-5 years"), template("{value:count} x 4-5 years"))).toThrow(/found 2/);
    expect(() => findSentence(report("total of 3.5 cases"), template("total of {value:count}"))).toThrow(/found none/);
  });

  it("reads a decimal", () => {
    expect(valuesOf("population ({value:decimal}) is", "population (79.1) is")).toEqual({ value: 79.1 });
    expect(valuesOf("team of {value:decimal} fte", "team of 1.6 fte")).toEqual({ value: 1.6 });
  });

  it("reads a percentage written as 47%, 2.68% or 82 %", () => {
    expect(valuesOf("accounting for {a:percent} and {b:percent} of", "accounting for 16.8% and 2.68% of")).toEqual({ a: 16.8, b: 2.68 });
    expect(valuesOf("with {value:percent} of", "with 82 % of")).toEqual({ value: 82 });
  });

  it("reads money with the pound sign, pence and thousands separators", () => {
    expect(valuesOf("was {value:money}.", "was £5,662.23.")).toEqual({ value: 5662.23 });
    expect(valuesOf("Total {value:money}", "Total £305,438")).toEqual({ value: 305438 });
  });

  it("reads a signed percentage change, and a fall written in words as negative", () => {
    expect(valuesOf("changed by {value:percent_change} on", "changed by +41.2% on")).toEqual({ value: 41.2 });
    expect(valuesOf("changed by {value:percent_change} on", "changed by -48% on")).toEqual({ value: -48 });
    expect(valuesOf("changed by {value:percent_change} on", "changed by −3% on")).toEqual({ value: -3 });
    expect(valuesOf("a {value:percent:fall} reduction", "a 48% reduction")).toEqual({ value: -48 });
    expect(valuesOf("a reduction of {value:count:fall} since", "a reduction of 2 since")).toEqual({ value: -2 });
  });

  it("reads a number spelled out in words, capitalised or not", () => {
    expect(valuesOf("{value:number_word} young people accessed", "Seventy young people accessed")).toEqual({ value: 70 });
    expect(valuesOf("(UASC). {value:number_word} of these", "(UASC). Eleven of these")).toEqual({ value: 11 });
    expect(valuesOf("identified {value:number_word} Luton children", "identified eight Luton children")).toEqual({ value: 8 });
    expect(() => findSentence(report("identified eighteenth Luton children"), template("identified {value:number_word} Luton"))).toThrow(/found none/);
  });

  it("refuses an unknown placeholder type or a template without placeholders", () => {
    expect(() => template("at {value:ratio} per")).toThrow('indicators row "example": expected a placeholder type (count, decimal, percent, money, percent_change, number_word), found "{value:ratio}"');
    expect(() => template("no figures here")).toThrow(/expected at least one placeholder/);
    expect(() => template("{a:count} and {a:count}")).toThrow(/found "a" twice/);
  });
});
