import { describe, expect, it } from "vitest";
import { textOrBlank } from "../../src/lib/indicator-units.js";

describe("textOrBlank", () => {
  it("shows text as is and null as an empty cell", () => {
    expect([textOrBlank("at least"), textOrBlank(null), textOrBlank(undefined), textOrBlank(434)]).toEqual(["at least", "", "", "434"]);
  });
});
