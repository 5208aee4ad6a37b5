import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { installedVersion, VENDORED_PACKAGES } from "../../scripts/vendor-npm.js";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf-8"));

// Framework's implicit imports: using one of these names in a page's code imports the package.
const IMPLICIT_IMPORTS: Record<string, string> = { Plot: "@observablehq/plot", d3: "d3", Inputs: "@observablehq/inputs", htl: "htl", html: "htl", svg: "htl", aq: "arquero", Arrow: "apache-arrow" };

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (entry.startsWith(".") || entry === "types") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(md|ts|js)$/.test(entry) ? [path] : [];
  });
}

/** Returns a page's JavaScript: its ```js blocks and its inline ${…} expressions, where Framework finds implicit imports. */
function pageCode(markdown: string): string {
  const blocks = Array.from(markdown.matchAll(/^```js[^\n]*\n([\s\S]*?)^```/gm), (match) => match[1]!);
  const inline = Array.from(markdown.matchAll(/\$\{[^}]*\}/g), (match) => match[0]);
  return [...blocks, ...inline].join("\n");
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

  it("cover the packages behind the implicit imports the pages use (Inputs, html…)", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC).filter((path) => path.endsWith(".md"))) {
      const code = pageCode(readFileSync(file, "utf-8"));
      for (const [name, pkg] of Object.entries(IMPLICIT_IMPORTS)) if (new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(code)) used.add(pkg);
    }
    expect(used.has("@observablehq/inputs")).toBe(true);
    expect([...used].filter((name) => !vendored.has(name))).toEqual([]);
  });

  it("are pinned to exact versions in package.json (CodeMirror's own @lezer dependencies: in package-lock.json), so the vendored files and Framework agree", () => {
    const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as { packages: Record<string, { version: string }> };
    for (const pkg of VENDORED_PACKAGES) {
      const pinned = pkg.name.startsWith("@lezer/") ? lock.packages[`node_modules/${pkg.name}`]?.version : PACKAGE.dependencies[pkg.name];
      expect(pinned, pkg.name).toBe(installedVersion(pkg.name));
    }
  });
});
