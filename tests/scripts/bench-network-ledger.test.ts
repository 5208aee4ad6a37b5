import { describe, expect, it } from "vitest";
import { NetworkLedger } from "../../scripts/bench/network-ledger.js";

// Protocol timestamps are in seconds; the document request starts at 100 s (wall time 1,700,000,000 s).
function pageLedger(): NetworkLedger {
  const ledger = new NetworkLedger();
  ledger.record("page", "Network.requestWillBeSent", { requestId: "1", type: "Document", timestamp: 100, wallTime: 1_700_000_000, request: { url: "http://127.0.0.1/x" } });
  ledger.record("page", "Network.loadingFinished", { requestId: "1", timestamp: 100.05, encodedDataLength: 20_000 });
  ledger.record("page", "Network.requestWillBeSent", { requestId: "2", type: "Script", timestamp: 100.06, request: { url: "http://127.0.0.1/plot.js" } });
  ledger.record("page", "Network.loadingFinished", { requestId: "2", timestamp: 100.4, encodedDataLength: 400_000 });
  return ledger;
}

describe("NetworkLedger", () => {
  it("adds up every finished response, and those finished by a time after navigation", () => {
    expect(pageLedger().summarize(100)).toEqual({ bytes: 420_000, requests: 2, bytesBefore: 20_000 });
    expect(pageLedger().summarize(401)).toEqual({ bytes: 420_000, requests: 2, bytesBefore: 420_000 });
  });

  it("leaves out data: URLs and requests still in flight", () => {
    const ledger = pageLedger();
    ledger.record("page", "Network.requestWillBeSent", { requestId: "3", timestamp: 100.1, request: { url: "data:image/svg+xml,x" } });
    ledger.record("page", "Network.loadingFinished", { requestId: "3", timestamp: 100.1, encodedDataLength: 0 });
    ledger.record("page", "Network.requestWillBeSent", { requestId: "4", timestamp: 100.1, request: { url: "http://127.0.0.1/big.wasm" } });
    expect(ledger.summarize(null)).toEqual({ bytes: 420_000, requests: 2, bytesBefore: null });
  });

  it("counts a worker's script with the body size looked up, finished when reported, and the worker's own requests", () => {
    const ledger = pageLedger();
    ledger.addWorker("w1", "http://127.0.0.1/worker.js", 1_700_000_000_500);
    ledger.record("w1", "Network.loadingFinished", { requestId: "ABC", timestamp: 100.6, encodedDataLength: 173 });
    ledger.record("w1", "Network.requestWillBeSent", { requestId: "5", timestamp: 100.7, request: { url: "http://127.0.0.1/duckdb-eh.wasm" } });
    ledger.record("w1", "Network.loadingFinished", { requestId: "5", timestamp: 102, encodedDataLength: 35_000_000 });
    expect(ledger.unreportedBodies()).toEqual(["http://127.0.0.1/worker.js"]);
    const sizes = new Map([["http://127.0.0.1/worker.js", 760_000]]);
    expect(ledger.summarize(650, sizes)).toEqual({ bytes: 420_000 + 760_173 + 35_000_000, requests: 4, bytesBefore: 420_000 + 760_173 });
    expect(ledger.summarize(550, sizes).bytesBefore).toBe(420_000);
  });

  it("counts a worker's script as finished when the worker was attached if the worker never reports it", () => {
    const ledger = pageLedger();
    ledger.addWorker("w1", "http://127.0.0.1/worker.js", 1_700_000_000_500);
    const sizes = new Map([["http://127.0.0.1/worker.js", 760_000]]);
    expect(ledger.summarize(500, sizes)).toEqual({ bytes: 1_180_000, requests: 3, bytesBefore: 1_180_000 });
    expect(ledger.summarize(499, sizes).bytesBefore).toBe(420_000);
  });

  it("says whose body size it expected when one was not looked up", () => {
    const ledger = pageLedger();
    ledger.addWorker("w1", "http://127.0.0.1/worker.js", 1_700_000_000_500);
    expect(() => ledger.summarize(null)).toThrow("network ledger: expected the body size of http://127.0.0.1/worker.js, found none");
  });
});
