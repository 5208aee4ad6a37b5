import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveDist } from "../../scripts/serve-dist.js";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves the built dist/ on 127.0.0.1 for every browser test; `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = fileURLToPath(new URL("../../dist", import.meta.url));
  if (!existsSync(`${dist}/index.html`)) throw new Error(`browser tests: expected a built site in ${dist}, found none (run npm run build)`);
  const server = await serveDist(dist);
  project.provide("origin", server.origin);
  return () => server.close();
}
