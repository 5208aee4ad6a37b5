import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { notebookHash, parseNotebookJson, readNotebookLink, writeNotebookJson } from "../../../src/notebook/link.js";
import type { Notebook } from "../../../src/notebook/model.js";

const NOTEBOOK: Notebook = {
  version: 1,
  cells: [
    { id: "a", type: "sql", name: "total", sql: "SELECT SUM(cases) AS total FROM marac_meetings" },
    { id: "b", type: "text", markdown: "Total: {{total.total}} — «ü»" }
  ]
};

describe("#notebook= links", () => {
  it("hold base64url without padding of the deflate-raw UTF-8 JSON", async () => {
    const hash = await notebookHash(NOTEBOOK);
    expect(hash).toMatch(/^#notebook=[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(hash.slice("#notebook=".length), "base64url");
    expect(inflateRawSync(bytes).toString("utf-8")).toBe(writeNotebookJson(NOTEBOOK));
  });

  it("read a notebook written by another deflate-raw (Node's zlib) and give back the same JSON", async () => {
    const encoded = deflateRawSync(Buffer.from(writeNotebookJson(NOTEBOOK))).toString("base64url");
    const read = await readNotebookLink(new URL(`http://x/notebook#notebook=${encoded}`));
    expect(writeNotebookJson(read!)).toBe(writeNotebookJson(NOTEBOOK));
    expect(await notebookHash(read!)).toBe(await notebookHash(NOTEBOOK));
  });

  it("write fields in the schema's order whatever order they came in", () => {
    const shuffled = JSON.parse('{"cells":[{"sql":"SELECT 1","name":"a","type":"sql","id":"x"}],"version":1}');
    expect(writeNotebookJson(shuffled)).toBe('{"version":1,"cells":[{"id":"x","type":"sql","name":"a","sql":"SELECT 1"}]}');
  });

  it("say when a link carries no notebook, is cut short, or holds something that is not one", async () => {
    expect(await readNotebookLink(new URL("http://x/notebook"))).toBeNull();
    const hash = await notebookHash(NOTEBOOK);
    expect(() => readNotebookLink(new URL(`http://x/notebook${hash.slice(0, 30)}`))).toThrow("The notebook in this link could not be read: its compressed text (20 characters after #notebook=) is cut short or altered.");
    const notJson = deflateRawSync(Buffer.from("{oops")).toString("base64url");
    expect(() => readNotebookLink(new URL(`http://x/notebook#notebook=${notJson}`))).toThrow("the notebook: expected JSON, found text JSON cannot read");
    expect(() => parseNotebookJson('{"version":1,"cells":[{"id":"a","type":"js"}]}')).toThrow('cells[0].type: expected one of sql, steps, chart, text, found "js".');
  });
});
