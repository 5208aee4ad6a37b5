// Types for the `npm:` and `observablehq:` specifiers Framework resolves in the browser.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:apache-arrow" {
  export * from "apache-arrow";
}
declare module "npm:hyparquet" {
  export * from "hyparquet";
}
declare module "npm:@observablehq/duckdb" {
  import type { Table } from "apache-arrow";
  /** Framework's DuckDB-WASM client. */
  export class DuckDBClient {
    static of(sources?: Record<string, unknown>, config?: Record<string, unknown>): Promise<DuckDBClient>;
    query(sql: string, params?: readonly unknown[]): Promise<Table>;
  }
}
declare module "observablehq:stdlib" {
  /** A file registered with Framework at build time. */
  export interface FileAttachmentHandle {
    name: string;
    href: string;
    url(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
    text(): Promise<string>;
    json(): Promise<unknown>;
  }
  export function FileAttachment(path: string): FileAttachmentHandle;
}
declare module "npm:@duckdb/duckdb-wasm" {
  export * from "@duckdb/duckdb-wasm";
}
declare module "npm:hyparquet-writer" {
  export * from "hyparquet-writer";
}
declare module "npm:fflate" {
  export * from "fflate";
}
declare module "npm:@codemirror/state" {
  export * from "@codemirror/state";
}
declare module "npm:@codemirror/view" {
  export * from "@codemirror/view";
}
declare module "npm:@codemirror/language" {
  export * from "@codemirror/language";
}
declare module "npm:@codemirror/commands" {
  export * from "@codemirror/commands";
}
declare module "npm:@codemirror/autocomplete" {
  export * from "@codemirror/autocomplete";
}
declare module "npm:@codemirror/lang-sql" {
  export * from "@codemirror/lang-sql";
}
// d3-brush and d3-selection ship no types: only what the notebook's chart brush uses.
declare module "npm:d3-brush" {
  interface BrushBehavior {
    extent(extent: [[number, number], [number, number]]): BrushBehavior;
    on(type: string, listener: (event: { selection: [number, number] | null; sourceEvent?: unknown }) => void): BrushBehavior;
  }
  export function brushX<T>(): BrushBehavior;
}
declare module "npm:d3-selection" {
  interface Selection {
    append(name: string): Selection;
    attr(name: string, value: string): Selection;
    call(callback: unknown): Selection;
  }
  export function select(node: Element): Selection;
}
// d3-dsv ships no types: only the record writer the CSV exports use (Node imports it as "d3-dsv", the page as npm:).
declare module "d3-dsv" {
  /** Formats one record as a CSV line (no line end): a field is quoted when it holds a comma, quote or line break. */
  export function csvFormatRow(row: readonly unknown[]): string;
}
declare module "npm:d3-dsv" {
  export * from "d3-dsv";
}
declare module "npm:arquero" {
  export * from "arquero";
}
