import { describe, expect, it } from "vitest";
import { runWithHeartbeat, SILENCE_MS } from "../../scripts/with-heartbeat.js";

/** Runs a Node script with a short silence, keeping the heartbeat lines and what the script printed. */
async function runNode(script: string, silenceMs: number): Promise<{ status: number; lines: string[]; output: string }> {
  const lines: string[] = [];
  let output = "";
  const status = await runWithHeartbeat("typecheck", process.execPath, ["-e", script], { silenceMs, write: (line) => lines.push(line), passOn: (chunk, stream) => (output += `${stream}:${chunk}`) });
  return { status, lines, output };
}

describe("runWithHeartbeat", () => {
  it("says the command is still running after every 20 s without output", async () => {
    expect(SILENCE_MS).toBe(20_000);
    const { status, lines } = await runNode("setTimeout(() => {}, 1500)", 400);
    expect(status).toBe(0);
    // A silence of 0.4 s in 1.5 s: three heartbeats, or more when the machine is slow to start Node.
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^… typecheck: still running after \d+ s$/);
  });

  it("passes the command's output on and says nothing while the command keeps printing", async () => {
    const { lines, output } = await runNode("let n = 0; const t = setInterval(() => { console.error('.'); if (++n === 10) clearInterval(t); }, 100); console.log('tsc')", 3_000);
    expect(lines).toEqual([]);
    expect(output.replaceAll("stderr:", "")).toBe(`stdout:tsc\n${".\n".repeat(10)}`);
  });

  it("exits with the command's status", async () => {
    expect((await runNode("process.exit(3)", 1_000)).status).toBe(3);
  });
});
