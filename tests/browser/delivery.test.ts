import { relative } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { listFiles } from "../../scripts/postbuild.js";
import { builtPagePaths, DIST } from "../../scripts/site-pages.js";
import { IMMUTABLE_CACHE, PAGE_CACHE } from "../../scripts/static-headers.js";
import { getRaw } from "../http-get.js";

// Chromium accepts Brotli from 127.0.0.1 too.
const get = (path: string) => getRaw(`${inject("origin")}${path}`, "gzip, deflate, br, zstd");

describe("delivery of the built site", () => {
  it.each(builtPagePaths())("sends %s compressed with Brotli, for five minutes", async (path) => {
    const { status, headers, body } = await get(path);
    expect([status, headers["content-encoding"], headers["cache-control"], headers["vary"]]).toEqual([200, "br", PAGE_CACHE, "Accept-Encoding"]);
    expect(brotliDecompressSync(body).toString()).toMatch(/^<!DOCTYPE html>/i);
  });

  it("sends DuckDB's wasm and worker compressed and immutable: 35.7 MB of wasm travel as under 5 MB", async () => {
    const wasm = relative(DIST, listFiles(DIST).find((file) => file.endsWith("duckdb-eh.wasm"))!);
    const worker = relative(DIST, listFiles(DIST).find((file) => /duckdb-browser-eh\.worker\.[0-9a-f]+\.js$/.test(file))!);
    for (const file of [wasm, worker]) {
      const { status, headers } = await get(`/${file}`);
      expect([status, headers["content-encoding"], headers["cache-control"]], file).toEqual([200, "br", IMMUTABLE_CACHE]);
    }
    const { headers } = await get(`/${wasm}`);
    expect(Number(headers["content-length"])).toBeLessThan(5_000_000);
  });
});
