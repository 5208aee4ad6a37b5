// The site's pages in navigation order, each with its spec module: the one list that names the pages. The Framework
// config (its navigation), the build (the shipped results) and the tests read it; no page imports it.
import * as allegationsAndPrevention from "./allegations-and-prevention.js";
import * as board from "./board.js";
import * as catalog from "./catalog.js";
import * as childDeaths from "./child-deaths.js";
import * as childrensSocialCare from "./childrens-social-care.js";
import * as domesticAbuse from "./domestic-abuse.js";
import * as earlyHelp from "./early-help.js";
import * as explorer from "./explorer.js";
import * as notebook from "./notebook.js";
import * as overview from "./overview.js";
import * as pack from "./pack.js";
import * as partners from "./partners.js";
import * as quality from "./quality.js";
import * as report from "./report.js";
import type { UrlParamDeclaration } from "../lib/url-params.js";
import { moduleParams, type SpecModule } from "./specs.js";
import * as workforceAndBudget from "./workforce-and-budget.js";
import * as youngPeople from "./young-people.js";

/** A page of the site: its file name under src/ (`index` for `/`), its name in the navigation, its spec module if it draws any. */
export interface SitePage {
  file: string;
  name: string;
  module?: SpecModule;
}

/** Every page, in navigation order. */
export const PAGES: readonly SitePage[] = [
  { file: "index", name: "Overview", module: overview },
  { file: "early-help", name: "Early help", module: earlyHelp },
  { file: "domestic-abuse", name: "Domestic abuse (MARAC)", module: domesticAbuse },
  { file: "childrens-social-care", name: "Children's social care", module: childrensSocialCare },
  { file: "young-people", name: "Young people", module: youngPeople },
  { file: "child-deaths", name: "Child deaths", module: childDeaths },
  { file: "allegations-and-prevention", name: "Allegations and prevention", module: allegationsAndPrevention },
  { file: "workforce-and-budget", name: "Workforce and budget", module: workforceAndBudget },
  { file: "board", name: "Board", module: board },
  { file: "partners", name: "Partners", module: partners },
  { file: "pack", name: "Board pack", module: pack },
  { file: "report", name: "The report", module: report },
  { file: "quality", name: "Data quality", module: quality },
  { file: "catalog", name: "Data catalog", module: catalog },
  { file: "explorer", name: "SQL explorer", module: explorer },
  { file: "notebook", name: "Notebook", module: notebook },
  { file: "glossary", name: "Glossary" },
  { file: "accessibility", name: "Accessibility statement" }
];

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
