import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const FOLDER = fileURLToPath(new URL("../../src/lib/queries/", import.meta.url));
// index.ts imports browser-only modules and registry.ts gathers every module's queries; the others each define their own.
const MODULES = readdirSync(FOLDER).filter((file) => file.endsWith(".ts") && !["index.ts", "named-query.ts", "registry.ts"].includes(file));

describe("the query modules", () => {
  it("never define the same query name twice (a later spread in QUERIES would silently replace the first)", async () => {
    const owners = new Map<string, string[]>();
    for (const file of MODULES) {
      const module = (await import(`${FOLDER}${file}`)) as Record<string, unknown>;
      for (const exported of Object.values(module)) {
        if (!exported || typeof exported !== "object") continue;
        for (const [name, query] of Object.entries(exported)) {
          if (query && typeof query === "object" && "sql" in query) owners.set(name, [...(owners.get(name) ?? []), file]);
        }
      }
    }
    expect(owners.size).toBeGreaterThan(20);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
