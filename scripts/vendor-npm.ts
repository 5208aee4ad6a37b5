// Fills Observable Framework's npm cache from node_modules so that `npm:` imports never reach a CDN.
// Framework looks for src/.observablehq/cache/_npm/<name>@<version>/_esm.js before fetching, and
// resolves a bare `npm:name` to the version folder it finds there (see ../shared/notes/offline-framework.md).
import { build, type Plugin } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "src/.observablehq/cache/_npm");

/** A browser package to vendor: its entry (default: the package's browser/module entry) and files copied as-is. */
interface VendoredPackage {
  name: string;
  entry?: string;
  files?: readonly string[];
}

/** Every `npm:` module the site imports, implicitly (htl, Inputs) or explicitly. */
export const VENDORED_PACKAGES: readonly VendoredPackage[] = [
  { name: "apache-arrow" },
  { name: "@observablehq/plot" },
  { name: "htl" },
  { name: "@observablehq/inputs" },
  // Framework adds isoformat to every page that uses Inputs (libraries.js: implicit dependency of npm:@observablehq/inputs).
  { name: "isoformat" },
  { name: "hyparquet" },
  // The SQL explorer's "Export as Parquet" writes the result in the browser.
  { name: "hyparquet-writer" },
  // Result exports, loaded on the click that asks for them: d3-dsv writes CSV records (as the published CSV files are
  // written in Node); Arquero writes JSON and Markdown tables (its table I/O only: its verbs compile with Function).
  { name: "d3-dsv" },
  { name: "arquero" },
  // The notebook's #notebook= links: deflate-raw, synchronously (a figure's "Open in notebook" is a plain href).
  { name: "fflate" },
  // The notebook's SQL editor (CodeMirror 6): each package is its own module, importing the others (see SHARED_MODULES).
  // The @lezer parsers are CodeMirror's own dependencies (installed with it, not ours to pin): vendored once, shared.
  { name: "@lezer/common" },
  { name: "@lezer/highlight" },
  { name: "@lezer/lr" },
  { name: "@codemirror/state" },
  { name: "@codemirror/view" },
  { name: "@codemirror/language" },
  { name: "@codemirror/commands" },
  { name: "@codemirror/autocomplete" },
  { name: "@codemirror/lang-sql" },
  // The notebook's chart brush: Plot does not draw one. d3-selection is shared so that the brush's transitions patch
  // the same selection the page makes.
  { name: "d3-selection" },
  { name: "d3-brush" },
  {
    name: "@duckdb/duckdb-wasm",
    entry: "dist/duckdb-browser.mjs",
    // Only the `eh` build (wasm exceptions, every current browser): the 38 MB `mvp` build is never shipped.
    files: ["dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js"]
  }
];

/** Returns the installed version of a package, read from its package.json in node_modules. */
export function installedVersion(name: string): string {
  return JSON.parse(readFileSync(packageJsonPath(name), "utf-8")).version;
}

function packageJsonPath(name: string): string {
  return join(ROOT, "node_modules", name, "package.json");
}

/** Returns the cache folder Framework reads for `name` at its installed version. */
export function cacheFolder(name: string): string {
  return join(CACHE, `${name}@${installedVersion(name)}`);
}

/**
 * Packages that stay one module each, imported by the bundles that use them rather than copied into them: apache-arrow,
 * so Arrow tables pass between DuckDB and hyparquet; CodeMirror's packages, which check that every extension comes
 * from the same @codemirror/state; d3-selection, whose prototype d3-brush's transitions extend.
 */
export const SHARED_MODULES = ["apache-arrow", "@lezer/common", "@lezer/highlight", "@lezer/lr", "@codemirror/state", "@codemirror/view", "@codemirror/language", "@codemirror/commands", "@codemirror/autocomplete", "d3-selection"] as const;

function sharedModules(pkg: string, fromFolder: string): Plugin {
  return {
    name: "shared-modules",
    setup(build) {
      for (const name of SHARED_MODULES) {
        if (name === pkg) continue;
        const module = join(cacheFolder(name), "_esm.js");
        const filter = new RegExp(`^${name.replace(/[/.]/g, "\\$&")}(\\/.*)?$`);
        build.onResolve({ filter }, () => ({ path: relative(fromFolder, module), external: true }));
      }
    }
  };
}

async function vendor(pkg: VendoredPackage): Promise<void> {
  const folder = cacheFolder(pkg.name);
  const output = join(folder, "_esm.js");
  const stamp = join(folder, ".vendored-from");
  const source = JSON.stringify({ ...pkg, version: installedVersion(pkg.name) });
  if (existsSync(output) && existsSync(stamp) && readFileSync(stamp, "utf-8") === source) return;
  mkdirSync(folder, { recursive: true });
  await build({
    entryPoints: [pkg.entry ? join(dirname(packageJsonPath(pkg.name)), pkg.entry) : pkg.name],
    absWorkingDir: ROOT,
    outfile: output,
    bundle: true,
    format: "esm",
    platform: "browser",
    mainFields: ["browser", "module", "main"],
    conditions: ["browser", "import", "module"],
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [sharedModules(pkg.name, folder)]
  });
  for (const file of pkg.files ?? []) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(dirname(packageJsonPath(pkg.name)), file), join(folder, file));
  }
  writeFileSync(stamp, source);
  console.log(`vendored npm:${pkg.name}@${installedVersion(pkg.name)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const pkg of VENDORED_PACKAGES) await vendor(pkg);
}
