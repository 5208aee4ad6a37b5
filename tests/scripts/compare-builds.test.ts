import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareBuildFolders, formatBuildDifference, normaliseBuildDate } from "../../scripts/compare-builds.js";

/** Writes a folder of files (path -> contents) under a new temporary folder and returns it. */
function folderOf(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "build-"));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return root;
}

const footer = (iso: string, shown: string) =>
  `<footer>Built with <a href="https://observablehq.com/" target="_blank">Observable</a> on <a title="${iso}">${shown}</a>.</footer>`;

describe("normaliseBuildDate", () => {
  it("replaces Framework's build date in its default footer, and nothing else", () => {
    expect(normaliseBuildDate(footer("2026-11-25T19:44:38", "25 Nov 2026"))).toBe(footer("(build date)", "(build date)"));
    expect(normaliseBuildDate('<p>Report year 2012/13, <a title="2013-03-31">31 March 2013</a></p>')).toBe('<p>Report year 2012/13, <a title="2013-03-31">31 March 2013</a></p>');
  });
});

describe("compareBuildFolders", () => {
  const base = {
    "index.html": `<main>MARAC</main>${footer("2026-11-25T19:44:38", "25 Nov 2026")}`,
    "_file/data/marac_meetings.1a2b.parquet": new Uint8Array([80, 65, 82, 49, 1, 2, 80, 65, 82, 49]),
    "_import/lib/format.3c4d.js": "export const x = 1;\nexport const y = 2;\n"
  };

  it("finds two builds identical when only Framework's build date differs", () => {
    const first = folderOf(base);
    const second = folderOf({ ...base, "index.html": `<main>MARAC</main>${footer("2026-11-26T08:00:00", "26 Nov 2026")}` });
    const difference = compareBuildFolders(first, second);
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
    expect(formatBuildDifference(difference, 3)).toBe("identical: all 3 files of the two builds match");
  });

  it("reports a Parquet file that differs by one byte, a changed line of a script, and files only one build has", () => {
    const first = folderOf(base);
    const second = folderOf({
      ...base,
      "_file/data/marac_meetings.1a2b.parquet": new Uint8Array([80, 65, 82, 49, 1, 3, 80, 65, 82, 49]),
      "_import/lib/format.3c4d.js": "export const x = 1;\nexport const y = 3;\n",
      "_import/lib/extra.9f9f.js": ""
    });
    const difference = compareBuildFolders(first, second);
    expect(difference).toEqual({
      onlyInFirst: [],
      onlyInSecond: ["_import/lib/extra.9f9f.js"],
      differing: [{ path: "_file/data/marac_meetings.1a2b.parquet" }, { path: "_import/lib/format.3c4d.js", firstDifferingLine: 2 }]
    });
    expect(formatBuildDifference(difference, 3).split("\n")).toEqual([
      "only in the second build: _import/lib/extra.9f9f.js",
      "differs: _file/data/marac_meetings.1a2b.parquet",
      "differs: _import/lib/format.3c4d.js (from line 2)"
    ]);
  });

  it("reports a page whose text changed, not only its date", () => {
    const difference = compareBuildFolders(folderOf(base), folderOf({ ...base, "index.html": `<main>MARAC meetings</main>${footer("x", "y")}` }));
    expect(difference.differing).toEqual([{ path: "index.html", firstDifferingLine: 1 }]);
  });
});
