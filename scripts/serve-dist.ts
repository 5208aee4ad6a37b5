// Serves the built site on 127.0.0.1 with clean URLs (`/domestic-abuse` -> domestic-abuse.html) and the headers of its
// `_headers` file (the Content-Security-Policy among them), as a static host would.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ENCODINGS } from "./precompress.js";
import { headersForPath, parseHeadersFile } from "./static-headers.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".zip": "application/zip"
};

/** A running static server: its origin and how to stop it. */
export interface DistServer {
  origin: string;
  close(): Promise<void>;
}

/** Returns the file a request path maps to under `root` (clean URLs and folder indexes), or null. */
export function resolveDistPath(root: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  for (const path of [candidate, `${candidate}.html`, join(candidate, "index.html")]) {
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** Returns whether an Accept-Encoding header accepts `encoding` (by name or `*`, with a quality above 0). */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const accepted = quality === undefined || Number(quality) > 0;
    if (token === encoding) return accepted;
    if (token === "*") wildcard = accepted;
  }
  return wildcard;
}

/** How to serve: `sendHeadersFile: false` ignores `_headers`, as a host that does not read it would. */
export interface ServeDistOptions {
  sendHeadersFile?: boolean;
}

/** Starts serving `root` on 127.0.0.1 (port 0 picks a free port), with the headers its `_headers` file gives. */
export function serveDist(root: string, port = 0, { sendHeadersFile = true }: ServeDistOptions = {}): Promise<DistServer> {
  const headersFile = join(root, "_headers");
  const rules = sendHeadersFile && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf-8")) : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const path = resolveDistPath(root, url.pathname);
    if (!path) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const headers: Record<string, string | number> = {};
    for (const [name, value] of headersForPath(rules, url.pathname)) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
    headers["content-type"] = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
    // The build wrote .br and .gz copies beside text and wasm files (scripts/precompress.ts): send the best the
    // browser accepts, as a static host does.
    const copies = ENCODINGS.filter(({ suffix }) => existsSync(path + suffix));
    const encoding = copies.find(({ name }) => acceptsEncoding(request.headers["accept-encoding"], name));
    const sent = encoding ? path + encoding.suffix : path;
    if (copies.length > 0) headers["vary"] = "Accept-Encoding";
    if (encoding) headers["content-encoding"] = encoding.name;
    headers["content-length"] = statSync(sent).size;
    response.writeHead(200, headers);
    if (request.method === "HEAD") response.end();
    else createReadStream(sent).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  const { origin } = await serveDist(fileURLToPath(new URL("../dist", import.meta.url)), port);
  console.log(`serving dist/ at ${origin}`);
}
