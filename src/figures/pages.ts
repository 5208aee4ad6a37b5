// The site's pages, read from the pages themselves (Node only: the Framework config, the build and the tests read it; no
// page imports it). Each `src/<file>.md` names its place in the navigation in its front matter (`navigation: 3`, or
// `navigation: {order: 3, name: Early help}` when the sidebar's words differ from the title), and its spec module is the
// one it imports as `figures` (`import * as figures from "./figures/<module>.js"`): adding a page touches no list.
import { readdirSync, readFileSync } from "node:fs";
import matter from "gray-matter";
import type { UrlParamDeclaration } from "../lib/url-params.js";
import { moduleParams, type SpecModule } from "./specs.js";

/** A page of the site: its file name under src/ (`index` for `/`), its name in the navigation, its spec module if it draws any. */
export interface SitePage {
  file: string;
  name: string;
  module?: SpecModule;
}

/** A page as its `.md` declares it: where it goes in the navigation, its name there and the spec module it imports. */
export interface PageDeclaration {
  file: string;
  order: number;
  name: string;
  moduleFile?: string;
}

const SOURCE = new URL("../", import.meta.url);
const FIGURES_IMPORT = /^import \* as figures from "\.\/figures\/([a-z0-9-]+)\.js";$/m;

/** Returns what a page's Markdown declares of itself, or throws naming the file and what was expected. */
export function readPageDeclaration(file: string, markdown: string): PageDeclaration {
  const { data } = matter(markdown);
  const where = `src/${file}.md`;
  const navigation = data.navigation;
  const order = typeof navigation === "number" ? navigation : navigation?.order;
  if (!Number.isInteger(order)) throw new Error(`${where}: expected front matter "navigation: <whole number>" or "navigation: {order: <whole number>, name: <words>}", found ${JSON.stringify(navigation)}`);
  const name = typeof navigation === "object" && navigation.name !== undefined ? navigation.name : data.title;
  if (typeof name !== "string" || name.trim() === "") throw new Error(`${where}: expected a "title" (or navigation.name) naming the page, found ${JSON.stringify(name)}`);
  const moduleFile = FIGURES_IMPORT.exec(markdown)?.[1];
  if (!moduleFile && /\busePage\(/.test(markdown)) throw new Error(`${where}: calls usePage but imports no spec module; expected a line import * as figures from "./figures/<module>.js"`);
  return { file, order, name, moduleFile };
}

/** Returns the declarations in navigation order, or throws naming two pages that claim the same place. */
export function orderPages(declarations: readonly PageDeclaration[]): PageDeclaration[] {
  const sorted = [...declarations].sort((a, b) => a.order - b.order);
  sorted.forEach((page, index) => {
    const before = sorted[index - 1];
    if (before && before.order === page.order) throw new Error(`pages: expected one page per navigation place, found src/${before.file}.md and src/${page.file}.md both at ${page.order}`);
  });
  return sorted;
}

const DECLARATIONS = orderPages(
  readdirSync(SOURCE)
    .filter((entry) => entry.endsWith(".md"))
    .map((entry) => readPageDeclaration(entry.slice(0, -3), readFileSync(new URL(entry, SOURCE), "utf8")))
);

/** Every page, in navigation order, each with the spec module it imports. */
export const PAGES: readonly SitePage[] = await Promise.all(
  DECLARATIONS.map(async ({ file, name, moduleFile }) => ({
    file,
    name,
    module: moduleFile ? ((await import(`./${moduleFile}.js`)) as SpecModule) : undefined
  }))
);

/** Every page that draws from queries, by file name: its spec module. */
export const PAGE_MODULES: Readonly<Record<string, SpecModule>> = Object.fromEntries(PAGES.filter((page) => page.module).map((page) => [page.file, page.module!]));

/** The navigation as Framework's config takes it. */
export const NAVIGATION = PAGES.map((page) => ({ name: page.name, path: page.file === "index" ? "/" : `/${page.file}` }));

/** The URL parameters of every page with a filter, by page file name: each filter's values and default. */
export const PAGE_URL_PARAMS: Readonly<Record<string, Record<string, UrlParamDeclaration>>> = Object.fromEntries(
  Object.entries(PAGE_MODULES)
    .map(([page, module]) => [page, moduleParams(module)] as const)
    .filter(([, params]) => params.length > 0)
    .map(([page, params]) => [
      page,
      Object.fromEntries(
        params.map((param) => [
          param.name,
          { default: param.default, domain: Array.isArray(param.domain) ? param.domain : { query: (param.domain as { call: { query: { name: string } } }).call.query.name, column: (param.domain as { column: string }).column } }
        ])
      )
    ])
);
