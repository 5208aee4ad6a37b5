// Times a clean build: no dist/ and no Framework cache (vendored npm modules and data loader output), as a fresh clone has.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

/** What a clean build starts without: the built site and Framework's whole cache (a release build starts from an empty cache). */
export const CLEAN_BUILD_REMOVES = ["dist", "src/.observablehq/cache"] as const;

/** Removes CLEAN_BUILD_REMOVES under `root`, runs `npm run build` there and returns its wall time in seconds. */
export async function timeCleanBuild(root: string): Promise<number> {
  for (const path of CLEAN_BUILD_REMOVES) rmSync(join(root, path), { recursive: true, force: true });
  const start = performance.now();
  const output: string[] = [];
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (status !== 0) throw new Error(`npm run build: expected exit 0, found ${status}:\n${output.join("").slice(-4000)}`);
  return (performance.now() - start) / 1000;
}
