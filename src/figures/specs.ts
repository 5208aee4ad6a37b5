// Reading a spec module's exports: its queries, figures, blocks and filters, and every call its page makes.
import { callParams, callValues, isSpec, specCalls, type BlockSpec, type CallSpec, type FigureSpec, type ParamSpec, type QuerySpec } from "./define.js";
import type { QueryParam } from "../../data-loaders/query-results.js";

/** A spec module: the exports of src/figures/<page>.ts. */
export type SpecModule = Readonly<Record<string, unknown>>;

/** Returns every query a module declares or calls (its figures', blocks' and filters' too), each once. */
export function moduleQueries(module: SpecModule): QuerySpec[] {
  const queries = new Set<QuerySpec>();
  for (const value of Object.values(module)) {
    if (isSpec(value, "query")) queries.add(value);
    else if (isSpec(value, "figure") || isSpec(value, "block")) for (const call of specCalls(value)) queries.add(call.query);
    else if (isSpec(value, "param") && !Array.isArray(value.domain)) queries.add((value.domain as { call: CallSpec }).call.query);
  }
  return [...queries];
}

/** Returns the figures and blocks a module declares, in the module's order. */
export function moduleFigures(module: SpecModule): (FigureSpec | BlockSpec)[] {
  return Object.values(module).filter((value): value is FigureSpec | BlockSpec => isSpec(value, "figure") || isSpec(value, "block"));
}

/** Returns the filters a module declares. */
export function moduleParams(module: SpecModule): ParamSpec[] {
  return Object.values(module).filter((value): value is ParamSpec => isSpec(value, "param"));
}

/** One call as the build runs it: the query and its parameter values. */
export interface ResolvedCall {
  query: QuerySpec;
  params: QueryParam[];
}

/**
 * Returns every call a module's figures and blocks make for every combination of the values of the filters each call
 * depends on (each filter's choices from `choicesOf`), each call once: what the build ships, so no filter waits for DuckDB.
 */
export async function moduleCalls(module: SpecModule, choicesOf: (param: ParamSpec) => Promise<readonly string[]>): Promise<ResolvedCall[]> {
  const calls: ResolvedCall[] = [];
  const seen = new Set<string>();
  const add = (query: QuerySpec, params: QueryParam[]) => {
    const key = JSON.stringify([query.name, ...params]);
    if (seen.has(key)) return;
    seen.add(key);
    calls.push({ query, params });
  };
  for (const param of moduleParams(module)) if (!Array.isArray(param.domain)) add((param.domain as { call: CallSpec }).call.query, []);
  for (const spec of moduleFigures(module)) {
    for (const call of specCalls(spec)) {
      for (const values of await combinations(callParams(call), choicesOf)) add(call.query, callValues(call, values));
    }
  }
  return calls;
}

async function combinations(params: readonly ParamSpec[], choicesOf: (param: ParamSpec) => Promise<readonly string[]>): Promise<Record<string, string>[]> {
  let result: Record<string, string>[] = [{}];
  for (const param of params) {
    const choices = await choicesOf(param);
    result = result.flatMap((values) => choices.map((choice) => ({ ...values, [param.name]: choice })));
  }
  return result;
}
