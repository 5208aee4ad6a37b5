import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../scripts/postbuild.js";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

// The site's Content-Security-Policy has no 'unsafe-eval': code compiled from a string throws in the browser.
// Arrow's vectorFromArray, tableFromArrays (of plain arrays) and tableFromJSON compile their null test with new Function.
const COMPILES_CODE = /\bnew Function\b|\beval\s*\(|\bvectorFromArray\b|\btableFromArrays\b|\btableFromJSON\b|setTimeout\(\s*["'`]/;

describe("the site's own modules and pages", () => {
  it("compile no code from strings, which the Content-Security-Policy forbids", () => {
    const offenders = listFiles(SRC)
      .filter((path) => /\.(ts|js|md)$/.test(path) && !path.includes(".observablehq"))
      .flatMap((path) =>
        readFileSync(path, "utf-8")
          .split("\n")
          .map((line, index) => ({ line, where: `src/${relative(SRC, path)}:${index + 1}` }))
          .filter(({ line }) => COMPILES_CODE.test(line) && !line.trim().startsWith("/"))
          .map(({ line, where }) => `${where}: ${line.trim()}`)
      );
    expect(offenders).toEqual([]);
  });
});
