// DuckDB-WASM's `eh` worker (its URL in ?duckdb=), wrapped so that a failed start is answered rather than left hanging:
// DuckDB-WASM 1.29 fetches its wasm in a promise nobody catches, so a blocked or broken download rejects unhandled,
// logs "Uncaught (in promise)" and never answers the page's INSTANTIATE request. Here that rejection becomes DuckDB's
// own ERROR reply to the request, so `db.instantiate()` rejects with the reason and the page can say so.
let instantiating = null;

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "INSTANTIATE") instantiating = event.data.messageId;
});

const post = self.postMessage.bind(self);
self.postMessage = (message, transfer) => {
  if (message && message.requestId === instantiating && message.type !== "INSTANTIATE_PROGRESS") instantiating = null;
  post(message, transfer);
};

self.addEventListener("unhandledrejection", (event) => {
  if (instantiating === null) return;
  event.preventDefault();
  const error = event.reason instanceof Error ? event.reason : new Error(String(event.reason));
  self.postMessage({ messageId: -1, requestId: instantiating, type: "ERROR", data: { name: error.name, message: error.message, stack: error.stack } });
});

importScripts(new URL(self.location.href).searchParams.get("duckdb"));
