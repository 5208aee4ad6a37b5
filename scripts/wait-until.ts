// Polling a browser page from Node, for the build's prerender and the bench.

/**
 * Polls `condition` every 100 ms until it is true (returns true) or `deadline` (a Date.now() value) passes (returns false).
 * Used instead of page.waitForFunction, whose string predicates the pages' Content-Security-Policy blocks (no eval).
 */
export async function waitUntil(condition: () => Promise<boolean> | boolean, deadline: number): Promise<boolean> {
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
