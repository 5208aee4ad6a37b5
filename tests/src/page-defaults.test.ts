import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PAGE_DEFAULT_CALLS, type DefaultCall, type ShippedPage } from "../../src/lib/queries/page-defaults.js";

const SHIPPED_PAGES = Object.keys(PAGE_DEFAULT_CALLS) as ShippedPage[];

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const PAGES = readdirSync(SRC).filter((file) => file.endsWith(".md")).map((file) => file.replace(/\.md$/, ""));
const key = (name: string, params: readonly unknown[]) => JSON.stringify([name, ...params]);

/** Returns the page's runNamedQuery calls whose arguments are all literals (calls given a variable are left out). */
function literalCalls(source: string): string[] {
  return Array.from(source.matchAll(/runNamedQuery\(\s*"(\w+)"\s*(?:,\s*\[([^\]]*)\])?\s*\)/g), ([, name, args]) => {
    try {
      return key(name!, JSON.parse(`[${args ?? ""}]`) as unknown[]);
    } catch {
      return null; // a parameter is a variable: the filter's default is listed by hand
    }
  }).filter((call): call is string => call !== null);
}

describe("PAGE_DEFAULT_CALLS", () => {
  it("has an entry for every page that runs named queries, and for no other", () => {
    const querying = PAGES.filter((page) => readFileSync(`${SRC}${page}.md`, "utf-8").includes("runNamedQuery("));
    expect([...SHIPPED_PAGES].sort()).toEqual(querying.sort());
  });

  it.each(SHIPPED_PAGES)("lists every call %s.md makes with literal arguments", (page) => {
    const listed = new Set((PAGE_DEFAULT_CALLS[page] as readonly DefaultCall[]).map((call) => key(call.name, call.params)));
    const missing = literalCalls(readFileSync(`${SRC}${page}.md`, "utf-8")).filter((call) => !listed.has(call));
    expect(missing).toEqual([]);
  });

  it("names each call once per page", () => {
    for (const page of SHIPPED_PAGES) {
      const keys = (PAGE_DEFAULT_CALLS[page] as readonly DefaultCall[]).map((call) => key(call.name, call.params));
      expect(keys.length, page).toBe(new Set(keys).size);
    }
  });

  it("matches the pages whose results src/lib/shipped-results.ts fetches", () => {
    const source = readFileSync(`${SRC}lib/shipped-results.ts`, "utf-8");
    const fetched = Array.from(source.matchAll(/FileAttachment\("\.\.\/data\/query-results\/([\w-]+)\.json"\)/g), ([, page]) => page);
    expect(fetched.sort()).toEqual([...SHIPPED_PAGES].sort());
  });
});
