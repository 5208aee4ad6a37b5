import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA_LOADERS = join(ROOT, "data-loaders");

/** Returns every TypeScript file under a folder. */
function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the layers", () => {
  it("point one way: nothing in data-loaders/ imports from the site (src/), types included", () => {
    const files = typeScriptFiles(DATA_LOADERS);
    expect(files.length).toBeGreaterThan(50);
    const outward = files.flatMap((file) =>
      Array.from(readFileSync(file, "utf-8").matchAll(/\bfrom\s+"(\.[^"]+)"|\bimport\(\s*"(\.[^"]+)"\s*\)/g), (match) => resolve(dirname(file), match[1] ?? match[2]!))
        .filter((target) => !target.startsWith(DATA_LOADERS))
        .map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`)
    );
    expect(outward).toEqual([]);
  });
});
