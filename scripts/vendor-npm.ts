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

// apache-arrow stays one shared module so Arrow tables pass between DuckDB and hyparquet.
function sharedArrow(fromFolder: string): Plugin {
  const arrowModule = join(cacheFolder("apache-arrow"), "_esm.js");
  return {
    name: "shared-apache-arrow",
    setup(build) {
      build.onResolve({ filter: /^apache-arrow(\/.*)?$/ }, () => ({ path: relative(fromFolder, arrowModule), external: true }));
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
    plugins: pkg.name === "apache-arrow" ? [] : [sharedArrow(folder)]
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
