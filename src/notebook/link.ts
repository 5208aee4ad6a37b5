// A notebook travels in the link's hash (`#notebook=`), which browsers never send to a server: base64url without padding
// of the deflate-raw (RFC 1951) compressed UTF-8 JSON. A downloaded file holds the same JSON, indented. fflate (already
// the zip writer's) compresses synchronously, so a figure can put a notebook in a plain link's href.
import { deflateSync, inflateSync, strToU8 } from "npm:fflate";
import type { Cell, Notebook, Step } from "./model.js";
import { NotebookFormatError, validateNotebook } from "./validate.js";

/** The hash parameter that carries a notebook. */
export const NOTEBOOK_HASH = "notebook";

/** A link whose notebook could not be read: cut short or altered. */
export class DamagedNotebookLinkError extends Error {
  override name = "DamagedNotebookLinkError";
}

/** Returns the notebook as JSON with its fields in the schema's order: the same notebook always gives the same text. */
export function writeNotebookJson(notebook: Notebook, { indent = 0 } = {}): string {
  return JSON.stringify(canonical(notebook), null, indent || undefined) + (indent ? "\n" : "");
}

/** Returns the notebook JSON text holds, or throws NotebookFormatError saying why it is not one. */
export function parseNotebookJson(text: string): Notebook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NotebookFormatError(`the notebook: expected JSON, found text JSON cannot read (${error instanceof Error ? error.message : String(error)}).`);
  }
  return validateNotebook(value);
}

/** Returns the hash (`#notebook=…`) that keeps the notebook in a link. */
export function notebookHash(notebook: Notebook): string {
  return `#${NOTEBOOK_HASH}=${toBase64Url(deflateSync(strToU8(writeNotebookJson(notebook)), { level: 9 }))}`;
}

/**
 * Returns the notebook a link's hash carries, or null when it carries none; throws DamagedNotebookLinkError when the
 * compressed text cannot be read, NotebookFormatError when what it holds is not a valid notebook.
 */
export function readNotebookLink(url: URL): Notebook | null {
  const encoded = new URLSearchParams(url.hash.slice(1)).get(NOTEBOOK_HASH);
  if (encoded === null) return null;
  let text: string;
  try {
    if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error("not base64url");
    text = new TextDecoder("utf-8", { fatal: true }).decode(inflateSync(fromBase64Url(encoded)));
  } catch {
    throw new DamagedNotebookLinkError(`The notebook in this link could not be read: its compressed text (${encoded.length.toLocaleString("en-GB")} characters after #notebook=) is cut short or altered. Ask for the link again.`);
  }
  return parseNotebookJson(text);
}

function canonical(notebook: Notebook): Notebook {
  return {
    version: notebook.version,
    ...(notebook.title !== undefined && { title: notebook.title }),
    ...(notebook.data_version && {
      data_version: {
        report_sha256: notebook.data_version.report_sha256,
        parquet_sha256: Object.fromEntries(Object.entries(notebook.data_version.parquet_sha256).sort(([a], [b]) => (a < b ? -1 : 1)))
      }
    }),
    cells: notebook.cells.map(canonicalCell)
  };
}

function canonicalCell(cell: Cell): Cell {
  switch (cell.type) {
    case "sql":
      return { id: cell.id, type: "sql", name: cell.name, sql: cell.sql };
    case "steps":
      return { id: cell.id, type: "steps", name: cell.name, from: cell.from, steps: cell.steps.map(canonicalStep) };
    case "chart":
      return {
        id: cell.id, type: "chart", from: cell.from, mark: cell.mark, x: cell.x, y: cell.y,
        ...(cell.color !== undefined && { color: cell.color }),
        ...(cell.fx !== undefined && { fx: cell.fx }),
        ...(cell.brush !== undefined && { brush: cell.brush })
      };
    case "text":
      return { id: cell.id, type: "text", markdown: cell.markdown };
  }
}

// Steps keep the schema's field order, absent fields left out.
function canonicalStep(step: Step): Step {
  const order: Record<Step["op"], string[]> = {
    filter: ["op", "column", "operator", "value"],
    derive: ["op", "kind", "column", "as", "population", "order", "window", "by"],
    group: ["op", "by", "aggregates"],
    sort: ["op", "by"],
    limit: ["op", "count"]
  };
  const source = step as unknown as Record<string, unknown>;
  return Object.fromEntries(order[step.op].filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as unknown as Step;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
