import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { installedVersion, VENDORED_PACKAGES } from "../../scripts/vendor-npm.js";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf-8"));

// Framework's implicit imports: using these names on a page imports the package.
const IMPLICIT_IMPORTS: Record<string, string> = { Plot: "@observablehq/plot", d3: "d3", Inputs: "@observablehq/inputs", htl: "htl", html: "htl", svg: "htl", aq: "arquero", Arrow: "apache-arrow" };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (entry.startsWith(".") || entry === "types") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(md|ts|js)$/.test(entry) ? [path] : [];
  });
}

describe("vendored npm modules", () => {
  const vendored = new Set(VENDORED_PACKAGES.map((pkg) => pkg.name));

  it("cover every npm: import the site's pages and modules make", () => {
    const imported = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const [, name] of readFileSync(file, "utf-8").matchAll(/["']npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) imported.add(name!);
    }
    expect([...imported].filter((name) => !vendored.has(name))).toEqual([]);
  });

  it("cover the packages behind Framework's implicit imports (Plot, d3, Inputs, htl…)", () => {
    expect(Object.values(IMPLICIT_IMPORTS).filter((name) => !vendored.has(name))).toEqual([]);
  });

  it("are pinned to exact versions in package.json, so the vendored files and Framework agree", () => {
    for (const pkg of VENDORED_PACKAGES) {
      expect(PACKAGE.dependencies[pkg.name], pkg.name).toBe(installedVersion(pkg.name));
    }
  });
});
