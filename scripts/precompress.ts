// Writes Brotli (`.br`) and gzip (`.gz`) copies beside every text and wasm file of the build, as static hosts serve
// them, so that a host (and `npm run serve`) can send the compressed bytes without compressing on each request.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The file types that are compressed: text and WebAssembly (Parquet, zip and images are compressed already). */
export const COMPRESSIBLE_EXTENSIONS = [".html", ".js", ".css", ".json", ".csv", ".txt", ".svg", ".wasm"] as const;

/** Files smaller than this are sent as they are: a compressed copy would save less than a packet. */
export const MIN_COMPRESSED_BYTES = 1024;

// Brotli at its best quality takes about 80 s for DuckDB's 35.7 MB wasm on this project's machines, so each result is
// kept under node_modules/.cache by the SHA-256 of the input; the output for the same input is always the same bytes.
const CACHE = fileURLToPath(new URL("../node_modules/.cache/safeguarding-explorer/brotli", import.meta.url));

/** The encodings written, with their file suffix, in the order a server should prefer them. */
export const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" }
] as const;

/** Returns whether a built file gets compressed copies (by its type and size). */
export function isCompressible(path: string, size: number): boolean {
  return (COMPRESSIBLE_EXTENSIONS as readonly string[]).includes(extname(path)) && size >= MIN_COMPRESSED_BYTES;
}

/** Returns `bytes` compressed with Brotli at quality 11, from the cache when the same bytes were compressed before. */
export function brotli(bytes: Uint8Array): Uint8Array {
  const key = createHash("sha256").update(bytes).digest("hex");
  const cached = join(CACHE, `${key}.br`);
  if (existsSync(cached)) return readFileSync(cached);
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC }
  });
  mkdirSync(CACHE, { recursive: true });
  // Written then renamed, so a build stopped half-way never leaves a cut-short copy for the next one.
  writeFileSync(`${cached}.tmp`, compressed);
  renameSync(`${cached}.tmp`, cached);
  return compressed;
}

/** Returns `bytes` compressed with gzip at level 9 (no file name or time in its header, so the bytes repeat). */
export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { level: 9 });
}

/**
 * Writes `.br` and `.gz` beside each compressible file among `files` (a copy that would not be smaller is not
 * written, and an old one removed); returns the bytes before and after, for the build's log.
 */
export function precompressFiles(files: readonly string[]): { files: number; bytes: number; brotliBytes: number } {
  let count = 0;
  let bytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    const original = readFileSync(file);
    if (!isCompressible(file, original.length)) continue;
    count++;
    bytes += original.length;
    for (const { name, suffix } of ENCODINGS) {
      const compressed = name === "br" ? brotli(original) : gzip(original);
      if (compressed.length < original.length) {
        writeFileSync(file + suffix, compressed);
        if (name === "br") brotliBytes += compressed.length;
      } else {
        rmSync(file + suffix, { force: true });
        if (name === "br") brotliBytes += original.length;
      }
    }
  }
  return { files: count, bytes, brotliBytes };
}
