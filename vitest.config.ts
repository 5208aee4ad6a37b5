import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Framework's `npm:` imports are the packages in node_modules when Node runs a module (src/notebook/link.ts).
        resolve: { alias: [{ find: /^npm:(.*)$/, replacement: "$1" }] },
        test: {
          name: "unit",
          include: ["tests/data-loaders/**/*.test.ts", "tests/src/**/*.test.ts", "tests/scripts/**/*.test.ts"],
          environment: "node",
          // Several tests run DuckDB (Node) over every table: seconds on a shared 2-core machine. A limit, not a measure.
          testTimeout: 30_000
        }
      },
      {
        resolve: { alias: [{ find: /^npm:(.*)$/, replacement: "$1" }] },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ["tests/browser/global-setup.ts"]
        }
      }
    ]
  }
});
