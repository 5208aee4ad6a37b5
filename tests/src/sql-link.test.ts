import { describe, expect, it } from "vitest";
import { DamagedSqlLinkError, explorerHref, READABLE_SQL_LIMIT, readSqlLink, sqlHash, withSqlHash } from "../../src/lib/sql-link.js";

const LONG_SQL = `SELECT COUNT(*) AS n FROM marac_meetings WHERE cases NOT IN (${Array.from({ length: 5000 }, (_, index) => index + 1000).join(", ")})`;

describe("explorer links", () => {
  it("keep a short query readable in the hash", async () => {
    expect(explorerHref("SELECT 1 + 1")).toBe("./explorer#sql=SELECT%201%20%2B%201");
    expect(await sqlHash("SELECT 'a'")).toBe("#sql=SELECT%20'a'");
    expect(await readSqlLink(new URL("http://x/explorer#sql=SELECT%201%20%2B%201"))).toBe("SELECT 1 + 1");
  });

  it("compress a long query, and read it back exactly", async () => {
    expect(encodeURIComponent(LONG_SQL).length).toBeGreaterThan(READABLE_SQL_LIMIT);
    const hash = await sqlHash(LONG_SQL);
    expect(hash).toMatch(/^#sqlz=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(LONG_SQL.length / 2);
    expect(await readSqlLink(new URL(`http://x/explorer${hash}`))).toBe(LONG_SQL);
  });

  it("still read the older ?sql= links, and move the query out of the query string", async () => {
    const old = new URL("http://x/explorer?sql=SELECT%2042&x=1");
    expect(await readSqlLink(old)).toBe("SELECT 42");
    expect(withSqlHash(old, "#sql=SELECT%2042").href).toBe("http://x/explorer?x=1#sql=SELECT%2042");
  });

  it("say when a link carries no query, and prefer the hash to the query string", async () => {
    expect(await readSqlLink(new URL("http://x/explorer"))).toBeNull();
    expect(await readSqlLink(new URL("http://x/explorer?sql=SELECT%201#sql=SELECT%202"))).toBe("SELECT 2");
  });

  it("reject a cut-short compressed query with a message saying so", async () => {
    const hash = await sqlHash(LONG_SQL);
    const cut = new URL(`http://x/explorer${hash.slice(0, 40)}`);
    await expect(readSqlLink(cut)).rejects.toBeInstanceOf(DamagedSqlLinkError);
    await expect(readSqlLink(new URL("http://x/explorer#sqlz=!!"))).rejects.toThrow("The query in this link could not be read: its compressed text (2 characters after #sqlz=) is cut short or altered.");
  });
});
