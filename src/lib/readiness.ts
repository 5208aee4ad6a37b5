/** Sets `<html data-ready>` to "true" once every figure is drawn, or "error" if any fails (tests and benchmarks wait on it). */
export function markPageReady(drawn: readonly Promise<unknown>[]): Promise<void> {
  return Promise.allSettled(drawn).then((results) => {
    document.documentElement.dataset.ready = results.every((result) => result.status === "fulfilled") ? "true" : "error";
  });
}
