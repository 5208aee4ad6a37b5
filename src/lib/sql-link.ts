// An explorer query travels in the link's hash, which browsers never send to a server: a shared query cannot leak into
// a server's logs, and no length of query can make the server refuse the page (HTTP 431). Short queries stay readable
// (`#sql=`); long ones are compressed (`#sqlz=`, deflate-raw in base64url, with the browser's CompressionStream).
// Links made before the hash (`?sql=`) keep working.

/** Encoded queries longer than this are compressed in the link. */
export const READABLE_SQL_LIMIT = 2000;

/** A link whose query could not be read: cut short or altered. */
export class DamagedSqlLinkError extends Error {
  override name = "DamagedSqlLinkError";
}

/** Returns the explorer's address that opens and runs `sql`, readable (`#sql=`): for the site's own, short queries. */
export function explorerHref(sql: string): string {
  return `./explorer#sql=${encodeURIComponent(sql)}`;
}

/** Returns the hash that keeps `sql` in a link: `#sql=` while short, `#sqlz=` compressed beyond READABLE_SQL_LIMIT. */
export async function sqlHash(sql: string): Promise<string> {
  const readable = encodeURIComponent(sql);
  if (readable.length <= READABLE_SQL_LIMIT) return `#sql=${readable}`;
  const compressed = await transform(new TextEncoder().encode(sql), new CompressionStream("deflate-raw"));
  return `#sqlz=${toBase64Url(compressed)}`;
}

/**
 * Returns the query a link carries, from its hash (`#sql=`, `#sqlz=`) or from the older `?sql=`, or null when it
 * carries none; rejects with DamagedSqlLinkError when a compressed query cannot be read.
 */
export async function readSqlLink(url: URL): Promise<string | null> {
  const hash = new URLSearchParams(url.hash.slice(1));
  const readable = hash.get("sql");
  if (readable !== null) return readable;
  const compressed = hash.get("sqlz");
  if (compressed !== null) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(await transform(fromBase64Url(compressed), new DecompressionStream("deflate-raw")));
    } catch {
      throw new DamagedSqlLinkError(`The query in this link could not be read: its compressed text (${compressed.length.toLocaleString("en-GB")} characters after #sqlz=) is cut short or altered. Ask for the link again, or write the query below.`);
    }
  }
  return url.searchParams.get("sql");
}

/** Returns `url` keeping `hash` as its query: any older `?sql=` is removed, so the server never sees the query. */
export function withSqlHash(url: URL, hash: string): URL {
  const next = new URL(url.href);
  next.searchParams.delete("sql");
  next.hash = hash;
  return next;
}

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes).catch(() => undefined);
  void writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
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
