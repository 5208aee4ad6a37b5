import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The built site's folder. */
export const DIST = fileURLToPath(new URL("../dist", import.meta.url));

/** Returns the clean URL path of every page in the build (`/`, `/domestic-abuse`…), so new pages are tested unasked. */
export function builtPagePaths(folder = DIST): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (!entry.startsWith("_")) visit(path);
      } else if (entry.endsWith(".html") && entry !== "404.html") {
        const route = "/" + relative(folder, path).replace(/\.html$/, "");
        pages.push(route.replace(/(^|\/)index$/, "$1") || "/");
      }
    }
  };
  visit(folder);
  return pages.sort();
}
