import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PAGE_MODULES, PAGE_URL_PARAMS } from "../../src/figures/pages.js";
import { moduleQueries } from "../../src/figures/specs.js";
import { paramChoices, validateUrlParams, type UrlParamDeclaration } from "../../src/lib/url-params.js";
import { HOSTILE_VALUES } from "../hostile-values.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const PAGES = readdirSync(SRC).filter((file) => file.endsWith(".md")).map((file) => file.replace(/\.md$/, ""));

// The board's two parameters as readParams (src/figures/show.ts) resolves them from its shipped rows.
const BOARD = {
  agency: { default: "all", choices: ["all", "Beds Police", "LBC", "SEPT"] },
  theme: { default: "all", choices: ["all", "Cross cutting", "Safeguarding"] }
};

describe("paramChoices", () => {
  it("keeps a fixed list that holds the default in its own order", () => {
    expect(paramChoices({ domain: ["sarc", "lado", "channel"], default: "lado" })).toEqual(["sarc", "lado", "channel"]);
  });

  it("puts the default first when a fixed list does not hold it", () => {
    expect(paramChoices({ domain: ["income", "expenditure"], default: "both" })).toEqual(["both", "income", "expenditure"]);
  });

  it("reads a query's column as text, after the default", () => {
    const declaration: UrlParamDeclaration = { domain: { query: "boardAgencies", column: "agency" }, default: "all" };
    expect(paramChoices(declaration, [{ agency: "LBC", members: 5 }, { agency: 2012, members: 1 }])).toEqual(["all", "LBC", "2012"]);
  });

  it("does not repeat a default the query's rows already hold", () => {
    const declaration: UrlParamDeclaration = { domain: { query: "cafAreas", column: "area" }, default: "North" };
    expect(paramChoices(declaration, [{ area: "Central" }, { area: "North" }])).toEqual(["Central", "North"]);
  });
});

describe("validateUrlParams", () => {
  it("gives every default for an empty address and leaves it alone", () => {
    expect(validateUrlParams("", BOARD)).toEqual({ values: { agency: "all", theme: "all" }, search: "" });
  });

  it("keeps valid values, and the address exactly as written", () => {
    expect(validateUrlParams("?theme=Safeguarding&agency=Beds%20Police", BOARD)).toEqual({
      values: { agency: "Beds Police", theme: "Safeguarding" },
      search: "?theme=Safeguarding&agency=Beds%20Police"
    });
  });

  it.each([...HOSTILE_VALUES, ["in another case", "lbc"]])("shows the default for a value that is %s, and removes it from the address", (_, value) => {
    const search = `?${new URLSearchParams({ agency: value, theme: "Safeguarding" })}`;
    expect(validateUrlParams(search, BOARD)).toEqual({ values: { agency: "all", theme: "Safeguarding" }, search: "?theme=Safeguarding" });
  });

  it("removes a parameter named without a value", () => {
    expect(validateUrlParams("?agency", BOARD)).toEqual({ values: { agency: "all", theme: "all" }, search: "" });
  });

  it("removes a default written out, which the page never writes", () => {
    expect(validateUrlParams("?agency=all&theme=all", BOARD)).toEqual({ values: { agency: "all", theme: "all" }, search: "" });
  });

  it("takes a parameter named twice as no choice: the default, with both removed", () => {
    expect(validateUrlParams("?agency=LBC&agency=SEPT&theme=Safeguarding", BOARD)).toEqual({ values: { agency: "all", theme: "Safeguarding" }, search: "?theme=Safeguarding" });
    expect(validateUrlParams("?agency=LBC&agency=LBC", BOARD).values.agency).toBe("all");
  });

  it("removes parameters the page does not declare, __proto__ among them, and sets nothing but its own", () => {
    const { values, search } = validateUrlParams("?__proto__=LBC&constructor=x&agency=LBC&utm_source=mail", BOARD);
    expect(search).toBe("?agency=LBC");
    expect(Object.keys(values)).toEqual(["agency", "theme"]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).agency).toBeUndefined();
  });

  it("writes what it keeps encoded, after removing something", () => {
    expect(validateUrlParams("?agency=Beds%20Police&x=1", BOARD).search).toBe("?agency=Beds+Police");
  });
});

describe("PAGE_URL_PARAMS (derived from the figure specs, src/figures/pages.ts)", () => {
  const declared = Object.entries(PAGE_URL_PARAMS);

  it("declares the filters of exactly the pages that have one", () => {
    expect(Object.fromEntries(declared.map(([page, params]) => [page, Object.keys(params)]))).toEqual({
      "early-help": ["area"],
      "domestic-abuse": ["agency"],
      "childrens-social-care": ["measure"],
      "young-people": ["topic"],
      "allegations-and-prevention": ["report"],
      "workforce-and-budget": ["view"],
      board: ["agency", "theme"],
      partners: ["partner"]
    });
  });

  it("checks query domains against queries each page ships, so a link is checked without DuckDB", () => {
    for (const [page, params] of declared) {
      for (const [name, { domain }] of Object.entries(params)) {
        if ("query" in domain) expect(moduleQueries(PAGE_MODULES[page]!).map((query) => query.name), `${page} ${name}`).toContain(domain.query);
      }
    }
  });

  it("lists each fixed domain's default among its values", () => {
    for (const [page, params] of declared) {
      for (const [name, { domain, default: fallback }] of Object.entries(params)) {
        if (!("query" in domain)) expect(domain, `${page} ${name}`).toContain(fallback);
      }
    }
  });

  it("leaves free text to the pages that read it: /report's search (/explorer and /notebook read their link's hash)", () => {
    const freeText = PAGES.filter((page) => /readUrlParam\(/.test(readFileSync(`${SRC}${page}.md`, "utf-8")));
    expect(freeText.sort()).toEqual(["report"]);
  });
});
