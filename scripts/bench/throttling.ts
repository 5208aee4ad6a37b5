// Simulated slow mobile through the Chrome DevTools Protocol: a slow network for the page and its workers, a slow CPU.
import type { CDPSession } from "playwright-core";

/** The slow mobile conditions: 150 ms round trip, 1.6 Mbit/s each way (200,000 bytes a second), the CPU 4× slower. */
export const SLOW_MOBILE = { latencyMs: 150, bytesPerSecond: 200_000, cpuSlowdown: 4 } as const;

/** Applies SLOW_MOBILE to a page's session before it navigates (Chrome applies the network conditions to its dedicated workers' requests too). */
export async function emulateSlowMobile(session: CDPSession): Promise<void> {
  await session.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW_MOBILE.latencyMs,
    downloadThroughput: SLOW_MOBILE.bytesPerSecond,
    uploadThroughput: SLOW_MOBILE.bytesPerSecond
  });
  await session.send("Emulation.setCPUThrottlingRate", { rate: SLOW_MOBILE.cpuSlowdown });
}
