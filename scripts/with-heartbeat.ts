// Runs a command, passing its output through, and says it is still running whenever it has printed nothing for
// SILENCE_MS: `npm test`'s typecheck prints nothing until it ends, and a build step can be quiet for a minute on a busy
// machine. Usage: tsx scripts/with-heartbeat.ts <label> -- <command> [args…]; exits with the command's status.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** How long a command may be silent before a heartbeat line. */
export const SILENCE_MS = 20_000;

/** How to run: the silence before a heartbeat, where heartbeat lines go, and where the command's output goes. */
export interface HeartbeatRunOptions {
  silenceMs?: number;
  write?: (line: string) => void;
  passOn?: (chunk: Buffer, stream: "stdout" | "stderr") => void;
}

/**
 * Runs `command` with `args`, writing its output to this process's, and after every `silenceMs` without output writes
 * `… <label>: still running after 40 s`. Resolves to the command's exit status (1 when a signal ended it).
 */
export function runWithHeartbeat(
  label: string,
  command: string,
  args: readonly string[],
  { silenceMs = SILENCE_MS, write = (line: string) => console.log(line), passOn = (chunk: Buffer, stream: "stdout" | "stderr") => process[stream].write(chunk) }: HeartbeatRunOptions = {}
): Promise<number> {
  const started = Date.now();
  const child = spawn(command, args, { stdio: ["inherit", "pipe", "pipe"] });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitForSilence = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      write(`… ${label}: still running after ${Math.round((Date.now() - started) / 1000)} s`);
      waitForSilence();
    }, silenceMs);
  };
  waitForSilence();
  for (const stream of ["stdout", "stderr"] as const) child[stream]!.on("data", (chunk: Buffer) => (passOn(chunk, stream), waitForSilence()));
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward).on("SIGTERM", forward);
  const finish = () => {
    clearTimeout(timer);
    process.off("SIGINT", forward).off("SIGTERM", forward);
  };
  return new Promise((resolve, reject) => {
    child.on("error", (error) => (finish(), reject(error)));
    child.on("close", (code) => (finish(), resolve(code ?? 1)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [label, separator, command, ...args] = process.argv.slice(2);
  if (!label || separator !== "--" || !command) {
    console.error("usage: tsx scripts/with-heartbeat.ts <label> -- <command> [args…]");
    process.exit(2);
  }
  process.exitCode = await runWithHeartbeat(label, command, args);
}
