import { describe, expect, it } from "vitest";
import { latestWins, whenChanged } from "../../src/lib/filter-state.js";

describe("whenChanged", () => {
  it("applies only values other than the last one, starting from the initial value", () => {
    const applied: string[] = [];
    const show = whenChanged("all", (value) => applied.push(value));
    ["all", "LBC", "LBC", "all", "SEPT"].forEach(show);
    expect(applied).toEqual(["LBC", "all", "SEPT"]);
  });
});

describe("latestWins", () => {
  it("says an update is the latest until another one begins, and never again after", () => {
    const begin = latestWins();
    const first = begin();
    expect(first()).toBe(true);
    const second = begin();
    expect([first(), second()]).toEqual([false, true]);
    begin();
    expect([first(), second()]).toEqual([false, false]);
  });

  it("keeps the last choice's answer when an earlier choice answers after it", async () => {
    const begin = latestWins();
    let shown = "";
    const show = (value: string, delayMs: number) => {
      const isLatest = begin();
      return new Promise<string>((resolve) => setTimeout(() => resolve(value), delayMs)).then((answer) => {
        if (isLatest()) shown = answer;
      });
    };
    await Promise.all([show("slow, superseded", 30), show("quick, latest", 0)]);
    expect(shown).toBe("quick, latest");
  });

  it("keeps each counter's updates apart", () => {
    const tiles = latestWins();
    const figure = latestWins();
    const tilesUpdate = tiles();
    figure();
    expect(tilesUpdate()).toBe(true);
  });
});
