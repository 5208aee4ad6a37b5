import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { figureTitles } from "./figure-waits.js";
import { visitPage } from "./page-session.js";

// The README's first command serves the site with Framework's preview (`npm run dev`), not the build: DuckDB, the
// filters and the explorer must work there too. `npm test` has vendored the npm modules (npm run build) before this.

let browser: Browser;
let preview: ChildProcess;
let origin: string;
const previewOutput: string[] = [];

/** Returns a TCP port that is free on 127.0.0.1 now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The same command as `npm run dev` after its vendoring step, on a port of its own and without opening a browser.
  preview = spawn("npx", ["observable", "preview", "--host", "127.0.0.1", "--port", String(port), "--no-open"], {
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`expected the preview server to listen on ${origin} within 60 s, found output: ${previewOutput.join("")}`)), 60_000);
    const listen = (chunk: Buffer) => {
      previewOutput.push(chunk.toString());
      if (previewOutput.join("").includes(origin)) {
        clearTimeout(timer);
        resolve();
      }
    };
    preview.stdout!.on("data", listen);
    preview.stderr!.on("data", listen);
    preview.once("exit", (code) => reject(new Error(`expected the preview server to keep running, found it exited with ${code}: ${previewOutput.join("")}`)));
  });
});
afterAll(async () => {
  await browser?.close();
  // The preview runs in its own process group (npx, then node): end them all.
  if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
});

describe("npm run dev (Framework's preview server)", () => {
  it("runs a query in the explorer with DuckDB-WASM", async () => {
    const visit = await visitPage(browser, origin, `/explorer#sql=${encodeURIComponent("SELECT SUM(cases) AS total FROM marac_meetings")}`, { timeoutMs: 120_000 });
    await visit.page.waitForSelector(".se-workbench__results:is([data-state='ready'], [data-state='error'])", { state: "attached", timeout: 60_000 });
    expect(await visit.page.isHidden(".se-workbench__error")).toBe(true);
    expect(await visit.page.textContent(".se-workbench__results tbody td")).toBe("363");
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });

  it("redraws a figure for a filter from the answers the preview's data loader ships (every agency's)", async () => {
    const visit = await visitPage(browser, origin, "/domestic-abuse", { timeoutMs: 120_000 });
    expect(visit.ready).toBe("true");
    // Table 1: MARAC Performance Data (report lines 442 to 454): the Probation column has a referral in 6 of the 12 months.
    await visit.page.selectOption("select", "Probation");
    const title = "Probation referred cases to the MARAC in 6 of the 12 months";
    await visit.page.waitForFunction((expected) => document.querySelector("#marac-referrals-by-month .se-figure__title")?.textContent === expected, title, { timeout: 60_000 });
    expect(await figureTitles(visit.page, "marac-referrals-by-month")).toMatchObject({ heading: title, caption: title });
    expect(await visit.page.locator("text=could not be drawn").count()).toBe(0);
    expect(visit.consoleErrors).toEqual([]);
    await visit.page.context().close();
  });
});
