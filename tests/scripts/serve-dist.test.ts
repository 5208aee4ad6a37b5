import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveDistPath, serveDist } from "../../scripts/serve-dist.js";
import { builtPagePaths } from "../../scripts/site-pages.js";

const root = mkdtempSync(join(tmpdir(), "dist-"));
writeFileSync(join(root, "index.html"), "<p>home</p>");
writeFileSync(join(root, "domestic-abuse.html"), "<p>marac</p>");
mkdirSync(join(root, "_file", "data"), { recursive: true });
writeFileSync(join(root, "_file", "data", "marac_meetings.1234.parquet"), "PAR1");
writeFileSync(join(root, "_file", "stray.html"), "<p>asset</p>");
writeFileSync(join(root, "_headers"), "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n");

describe("resolveDistPath", () => {
  it("maps clean URLs and the root to their .html files", () => {
    expect(resolveDistPath(root, "/")).toBe(join(root, "index.html"));
    expect(resolveDistPath(root, "/domestic-abuse")).toBe(join(root, "domestic-abuse.html"));
  });

  it("refuses paths that climb out of the site", () => {
    expect(resolveDistPath(root, "/../../etc/passwd")).toBeNull();
  });

  it("returns null for a page that does not exist", () => {
    expect(resolveDistPath(root, "/no-such-page")).toBeNull();
  });
});

describe("serveDist", () => {
  const started = serveDist(root);
  afterAll(async () => (await started).close());

  it("serves pages with clean URLs on 127.0.0.1 and answers 404 otherwise", async () => {
    const { origin } = await started;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${origin}/domestic-abuse`);
    expect([page.status, page.headers.get("content-type"), await page.text()]).toEqual([200, "text/html; charset=utf-8", "<p>marac</p>"]);
    expect((await fetch(`${origin}/missing`)).status).toBe(404);
  });

  it("sends the headers of the site's _headers file, as a static host that honours it would", async () => {
    const { origin } = await started;
    const response = await fetch(`${origin}/_file/data/marac_meetings.1234.parquet`);
    expect([response.headers.get("content-security-policy"), response.headers.get("x-content-type-options")]).toEqual(["default-src 'self'", "nosniff"]);
  });
});

describe("builtPagePaths", () => {
  it("lists every page of a build as a clean route, skipping Framework's _asset folders", () => {
    expect(builtPagePaths(root)).toEqual(["/", "/domestic-abuse"]);
  });
});
