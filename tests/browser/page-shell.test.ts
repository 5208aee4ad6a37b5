import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { PAGER_LABEL, SIDEBAR_LABEL, SIDEBAR_TOGGLE_LABEL } from "../../scripts/postbuild.js";
import { builtPagePaths } from "../../scripts/site-pages.js";
import { visitPage } from "./page-session.js";

// Framework's shell (sidebar, its toggle, the previous/next links) as postbuild fixes it, on every built page.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the page shell", () => {
  it.each(builtPagePaths())("%s names every navigation landmark and the toggle, and marks its own link as the current page", async (path) => {
    const { page } = await visitPage(browser, inject("origin"), path);
    const shell = await page.evaluate(() => ({
      sidebar: document.getElementById("observablehq-sidebar")?.getAttribute("aria-label"),
      pager: Array.from(document.querySelectorAll("#observablehq-footer nav"), (nav) => nav.getAttribute("aria-label")),
      unlabelledNavs: document.querySelectorAll("nav:not([aria-label]):not([aria-labelledby])").length,
      toggle: document.getElementById("observablehq-sidebar-toggle")?.getAttribute("aria-label"),
      current: Array.from(document.querySelectorAll("[aria-current]"), (link) => [link.getAttribute("aria-current"), new URL((link as HTMLAnchorElement).href).pathname])
    }));
    expect(shell.sidebar).toBe(SIDEBAR_LABEL);
    expect(shell.pager).toEqual([PAGER_LABEL]);
    expect(shell.unlabelledNavs).toBe(0);
    expect(shell.toggle).toBe(SIDEBAR_TOGGLE_LABEL);
    // The overview's page link and the site title both lead to "/", and both are the current page there.
    expect(shell.current.length).toBeGreaterThan(0);
    expect(shell.current.filter(([value, target]) => value !== "page" || target !== path)).toEqual([]);
    await page.context().close();
  });

  it("shows the sidebar toggle's focus ring above the open sidebar when reached by keyboard", async () => {
    const { page } = await visitPage(browser, inject("origin"), "/board");
    await page.keyboard.press("Tab"); // the skip link
    await page.keyboard.press("Tab"); // the sidebar toggle
    const focus = await page.evaluate(() => {
      const toggle = document.getElementById("observablehq-sidebar-toggle")!;
      const box = toggle.getBoundingClientRect();
      const style = getComputedStyle(toggle);
      return {
        focused: document.activeElement === toggle,
        sidebarOpen: getComputedStyle(document.getElementById("observablehq-sidebar")!).visibility !== "hidden",
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        onTop: document.elementFromPoint(box.left + box.width / 2, box.top + 40) === toggle
      };
    });
    expect(focus).toEqual({ focused: true, sidebarOpen: true, outline: "solid 3px", onTop: true });
    await page.context().close();
  });
});
