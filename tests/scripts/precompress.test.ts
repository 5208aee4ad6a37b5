import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { gzip, isCompressible, precompressFiles } from "../../scripts/precompress.js";
import { acceptsEncoding, serveDist } from "../../scripts/serve-dist.js";
import { getRaw } from "../http-get.js";

const root = mkdtempSync(join(tmpdir(), "precompress-"));
const page = `<p>${"Luton Safeguarding Children Board. ".repeat(200)}</p>`;
writeFileSync(join(root, "index.html"), page);
writeFileSync(join(root, "tiny.js"), "export const x = 1;");
writeFileSync(join(root, "data.parquet"), "PAR1".repeat(1000));
const summary = precompressFiles([join(root, "index.html"), join(root, "tiny.js"), join(root, "data.parquet")]);

const get = (origin: string, path: string, acceptEncoding?: string) => getRaw(`${origin}${path}`, acceptEncoding);

describe("precompressFiles", () => {
  it("writes Brotli and gzip copies of text files of 1 KiB or more, which decompress to the same bytes", () => {
    expect(summary.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(root, "index.html.br"))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(root, "index.html.gz"))).toString()).toBe(page);
    expect(summary.brotliBytes).toBeLessThan(summary.bytes / 10);
  });

  it("leaves small files and files compressed already (Parquet) as they are", () => {
    expect(existsSync(join(root, "tiny.js.br"))).toBe(false);
    expect(existsSync(join(root, "data.parquet.gz"))).toBe(false);
    expect(isCompressible("x.wasm", 35_000_000)).toBe(true);
    expect(isCompressible("x.zip", 35_000_000)).toBe(false);
  });

  it("writes the same gzip bytes every time (no time in the header)", () => {
    expect(Buffer.from(gzip(Buffer.from(page))).equals(Buffer.from(gzip(Buffer.from(page))))).toBe(true);
  });
});

describe("acceptsEncoding", () => {
  it("reads names, wildcards and qualities as HTTP does", () => {
    expect(acceptsEncoding("gzip, deflate, br, zstd", "br")).toBe(true);
    expect(acceptsEncoding("gzip;q=1.0, br;q=0", "br")).toBe(false);
    expect(acceptsEncoding("*", "gzip")).toBe(true);
    expect(acceptsEncoding("identity", "gzip")).toBe(false);
    expect(acceptsEncoding(undefined, "gzip")).toBe(false);
  });
});

describe("serveDist with compressed copies", () => {
  const started = serveDist(root);
  afterAll(async () => (await started).close());

  it("sends Brotli to a browser that accepts it, gzip to one that accepts only gzip, and the file itself otherwise", async () => {
    const { origin } = await started;
    const br = await get(origin, "/", "gzip, deflate, br");
    expect([br.headers["content-encoding"], br.headers["vary"], br.headers["content-type"]]).toEqual(["br", "Accept-Encoding", "text/html; charset=utf-8"]);
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gz = await get(origin, "/", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await get(origin, "/");
    expect([plain.headers["content-encoding"], plain.body.toString()]).toEqual([undefined, page]);
  });

  it("sends a file with no compressed copy as it is, without Vary", async () => {
    const { origin } = await started;
    const tiny = await get(origin, "/tiny.js", "br");
    expect([tiny.headers["content-encoding"], tiny.headers["vary"], tiny.body.toString()]).toEqual([undefined, undefined, "export const x = 1;"]);
  });
});
