// The site's pages in navigation order, each with its spec module: the one list that names the pages. The build, the
// tests and the Framework config read it; no page imports it.
import * as domesticAbuse from "./domestic-abuse.js";
import * as catalog from "./catalog.js";
import * as explorer from "./explorer.js";
import * as overview from "./overview.js";
import * as partners from "./partners.js";
import * as quality from "./quality.js";
import * as report from "./report.js";
import { PAGE_URL_PARAMS as UNMOVED_URL_PARAMS, type UrlParamDeclaration } from "../lib/url-params.js";
import { moduleParams, type SpecModule } from "./specs.js";

/** Every page whose figures are declared in src/figures/, by file name under src/ (`index` for `/`). */
export const PAGE_MODULES: Readonly<Record<string, SpecModule>> = {
  index: overview,
  "domestic-abuse": domesticAbuse,
  partners,
  report,
  quality,
  catalog,
  explorer
};

/** Returns a page's spec module, or throws naming the pages that have one. */
export function findPageModule(page: string): SpecModule {
  const module = PAGE_MODULES[page];
  if (!module) throw new Error(`figure specs: expected one of the pages ${Object.keys(PAGE_MODULES).join(", ")}, found ${JSON.stringify(page)}`);
  return module;
}

/** The URL parameters of every page with a filter, by page file name. */
export const PAGE_URL_PARAMS: Readonly<Record<string, Record<string, UrlParamDeclaration>>> = { ...UNMOVED_URL_PARAMS, ...specUrlParams() };

function specUrlParams(): Record<string, Record<string, UrlParamDeclaration>> {
  return Object.fromEntries(
    Object.entries(PAGE_MODULES)
      .map(([page, module]) => [page, moduleParams(module)] as const)
      .filter(([, params]) => params.length > 0)
      .map(([page, params]) => [
        page,
        Object.fromEntries(params.map((param) => [param.name, { default: param.default, domain: Array.isArray(param.domain) ? param.domain : { query: (param.domain as any).call.query.name, column: (param.domain as any).column } }]))
      ])
  );
}
