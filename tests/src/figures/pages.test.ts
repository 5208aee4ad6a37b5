import { describe, expect, it } from "vitest";
import { NAVIGATION, PAGE_MODULES, orderPages, readPageDeclaration } from "../../../src/figures/pages.js";
import * as overview from "../../../src/figures/overview.js";

const page = (frontMatter: string, body = "") => `---\n${frontMatter}\n---\n\n${body}`;

describe("the pages, read from src/*.md", () => {
  it("puts every page in the navigation in the order its front matter gives, named as the sidebar names it", () => {
    expect(NAVIGATION.slice(0, 3)).toEqual([
      { name: "Overview", path: "/" },
      { name: "Early help", path: "/early-help" },
      { name: "Domestic abuse (MARAC)", path: "/domestic-abuse" }
    ]);
    expect(NAVIGATION.at(-1)).toEqual({ name: "Accessibility statement", path: "/accessibility" });
  });

  it("takes each page's spec module from the module it imports as figures", () => {
    expect(PAGE_MODULES.index).toBe(overview);
    expect(PAGE_MODULES.glossary).toBeUndefined();
  });

  it("reads a number, or an order and a name, from the front matter", () => {
    const imports = 'import * as figures from "./figures/board.js";\nusePage(figures, x);';
    expect(readPageDeclaration("board", page("title: Board\nnavigation: 9", imports))).toEqual({ file: "board", order: 9, name: "Board", moduleFile: "board" });
    expect(readPageDeclaration("early-help", page("title: Early help (CAF)\nnavigation: {order: 2, name: Early help}"))).toEqual({ file: "early-help", order: 2, name: "Early help", moduleFile: undefined });
  });

  it("refuses a page with no place in the navigation, naming the file and what it expected", () => {
    expect(() => readPageDeclaration("pack", page("title: Board pack"))).toThrow('src/pack.md: expected front matter "navigation: <whole number>" or "navigation: {order: <whole number>, name: <words>}", found undefined');
    expect(() => readPageDeclaration("pack", page("title: Board pack\nnavigation: second"))).toThrow('found "second"');
  });

  it("refuses a page that calls usePage without importing a spec module", () => {
    expect(() => readPageDeclaration("pack", page("title: Board pack\nnavigation: 4", "usePage(figures, x);"))).toThrow("src/pack.md: calls usePage but imports no spec module");
  });

  it("refuses two pages at the same place", () => {
    const a = { file: "a", order: 3, name: "A" };
    const b = { file: "b", order: 3, name: "B" };
    expect(() => orderPages([a, b])).toThrow("pages: expected one page per navigation place, found src/a.md and src/b.md both at 3");
    expect(orderPages([{ ...b, order: 4 }, a]).map((declaration) => declaration.file)).toEqual(["a", "b"]);
  });
});
