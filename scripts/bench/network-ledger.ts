// Adds up what a page load transferred, from Chrome DevTools Protocol Network events of the page and of its workers.

/** One response as the ledger saw it: its URL (null when no event named it), when it finished, the bytes Chrome reported, and whether the body is missing from them. */
interface LedgerEntry {
  url: string | null;
  finishedAt: number | null;
  encodedDataLength: number;
  bodyUnreported: boolean;
}

/** What a page load transferred: bytes and requests in all, and bytes of the responses finished by a given time. */
export interface TrafficSummary {
  bytes: number;
  requests: number;
  bytesBefore: number | null;
}

/** Collects Network.requestWillBeSent, responseReceived, loadingFinished and loadingFailed events from the page's session and its workers'. */
export class NetworkLedger {
  private readonly entries = new Map<string, LedgerEntry>();
  private readonly scripts = new Map<string, LedgerEntry & { reported: boolean }>();
  /** The protocol timestamp (seconds) of the page's document request: time zero of the page's own clock, near enough. */
  navigationStart: number | null = null;
  private navigationWallTime: number | null = null;

  /**
   * Counts the script of the worker whose session is `source`, attached at `attachedAt` (epoch milliseconds). Chrome
   * fetches it before the ledger can listen to the worker, and then reports only its headers, or nothing: its body size
   * is looked up (see unreportedBodies) and, unless the worker reports it later, it counts as finished when attached.
   */
  addWorker(source: string, url: string, attachedAt: number): void {
    const finishedAt = this.navigationStart !== null && this.navigationWallTime !== null ? this.navigationStart + (attachedAt / 1000 - this.navigationWallTime) : null;
    const script = { url, finishedAt, encodedDataLength: 0, bodyUnreported: true, reported: false };
    this.scripts.set(source, script);
    this.entries.set(`${source} script`, script);
  }

  /** Records one Network event of session `source` ("page" or a worker's session id); other events are ignored. */
  record(source: string, method: string, params: Record<string, unknown>): void {
    if (!["Network.requestWillBeSent", "Network.responseReceived", "Network.loadingFinished", "Network.loadingFailed"].includes(method)) return;
    const key = `${source} ${String(params.requestId)}`;
    const entry = this.entries.get(key) ?? { url: null, finishedAt: null, encodedDataLength: 0, bodyUnreported: false };
    this.entries.set(key, entry);
    if (method === "Network.requestWillBeSent") {
      entry.url = String((params.request as { url?: unknown } | undefined)?.url ?? "");
      if (this.navigationStart === null && source === "page" && params.type === "Document") {
        this.navigationStart = Number(params.timestamp);
        this.navigationWallTime = Number(params.wallTime);
      }
      return;
    }
    if (method === "Network.responseReceived") {
      entry.url ??= String((params.response as { url?: unknown } | undefined)?.url ?? "");
      return;
    }
    const finishedAt = Number(params.timestamp);
    const encodedDataLength = method === "Network.loadingFinished" ? Number(params.encodedDataLength ?? 0) : 0;
    // A worker's request the ledger did not see start, or that names the worker's URL, is the worker's own script.
    const script = this.scripts.get(source);
    if (script && !script.reported && (entry.url === null || entry.url === script.url)) {
      Object.assign(script, { finishedAt, encodedDataLength, reported: true });
      this.entries.delete(key);
      return;
    }
    entry.finishedAt = finishedAt;
    entry.encodedDataLength = encodedDataLength;
  }

  /** Returns the URLs whose body size Chrome did not report (each worker's own script), to look up before summarize. */
  unreportedBodies(): string[] {
    return [...this.entries.values()].filter((entry) => entry.bodyUnreported && entry.url !== null).map((entry) => entry.url!);
  }

  /** Returns bytes and requests of every finished response but data: URLs, and the bytes of those finished by `beforeMs` after navigation. */
  summarize(beforeMs: number | null, bodySizes: ReadonlyMap<string, number> = new Map()): TrafficSummary {
    let bytes = 0;
    let requests = 0;
    let bytesBefore = 0;
    for (const entry of this.entries.values()) {
      if (entry.finishedAt === null || entry.url?.startsWith("data:")) continue;
      if (entry.bodyUnreported && !bodySizes.has(entry.url!)) throw new Error(`network ledger: expected the body size of ${entry.url}, found none`);
      const size = entry.encodedDataLength + (entry.bodyUnreported ? bodySizes.get(entry.url!)! : 0);
      requests++;
      bytes += size;
      if (beforeMs !== null && this.navigationStart !== null && (entry.finishedAt - this.navigationStart) * 1000 <= beforeMs) bytesBefore += size;
    }
    return { bytes, requests, bytesBefore: beforeMs === null || this.navigationStart === null ? null : bytesBefore };
  }
}
