import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestCase, TestModule, TestSuite } from "vitest/node";
import HeartbeatReporter, { HEARTBEAT_INTERVAL_MS } from "../../scripts/heartbeat-reporter.js";

/** The parts of a Vitest test module the reporter reads. */
function testModule(path: string): TestModule {
  return { moduleId: `/repo/${path}`, relativeModuleId: path } as unknown as TestModule;
}

/** The parts of a Vitest test case the reporter reads, ending in `state`. */
function testCase(module: TestModule, fullName: string, state: "passed" | "failed" | "skipped" = "passed"): TestCase {
  return { module, fullName, result: () => ({ state }) } as unknown as TestCase;
}

describe("the heartbeat reporter", () => {
  let lines: string[];
  let reporter: HeartbeatReporter;
  beforeEach(() => {
    vi.useFakeTimers();
    lines = [];
    reporter = new HeartbeatReporter({ write: (line) => lines.push(line) });
  });
  afterEach(() => {
    reporter.onTestRunEnd();
    vi.useRealTimers();
  });

  it("prints every 20 s while a file runs: tests passed and failed, the file and its current test, with how long each has run", () => {
    expect(HEARTBEAT_INTERVAL_MS).toBe(20_000);
    const board = testModule("tests/browser/board.test.ts");
    reporter.onTestRunStart();
    reporter.onTestModuleStart(board);
    reporter.onTestCaseResult(testCase(board, "the board > lists members"));
    reporter.onTestCaseResult(testCase(board, "the board > draws attendance", "failed"));
    vi.advanceTimersByTime(5_000);
    reporter.onTestCaseReady(testCase(board, "the board > redraws on a filter"));
    vi.advanceTimersByTime(15_000);
    expect(lines).toEqual(['… 1 test passed, 1 failed, running tests/browser/board.test.ts (20 s): "the board > redraws on a filter" (15 s)']);
    vi.advanceTimersByTime(20_000);
    expect(lines.at(-1)).toBe('… 1 test passed, 1 failed, running tests/browser/board.test.ts (40 s): "the board > redraws on a filter" (35 s)');
  });

  it("names a suite's or a file's beforeAll hook while it runs", () => {
    const glossary = testModule("tests/browser/glossary.test.ts");
    const suite = { type: "suite", module: glossary, fullName: "term links on the MARAC page" } as unknown as TestSuite;
    reporter.onTestRunStart();
    reporter.onTestModuleStart(glossary);
    reporter.onHookStart({ name: "beforeAll", entity: { ...glossary, type: "module" } as unknown as TestModule });
    vi.advanceTimersByTime(20_000);
    reporter.onHookEnd({ name: "beforeAll", entity: { ...glossary, type: "module" } as unknown as TestModule });
    reporter.onHookStart({ name: "beforeAll", entity: suite });
    vi.advanceTimersByTime(20_000);
    reporter.onHookEnd({ name: "beforeAll", entity: suite });
    vi.advanceTimersByTime(20_000);
    expect(lines).toEqual([
      "… 0 tests passed, 0 failed, running tests/browser/glossary.test.ts (20 s): beforeAll (20 s)",
      '… 0 tests passed, 0 failed, running tests/browser/glossary.test.ts (40 s): beforeAll of "term links on the MARAC page" (20 s)',
      "… 0 tests passed, 0 failed, running tests/browser/glossary.test.ts (60 s)"
    ]);
  });

  it("names the file that has run longest and counts the others running beside it", () => {
    const [first, second, third] = ["tests/a.test.ts", "tests/b.test.ts", "tests/c.test.ts"].map(testModule) as [TestModule, TestModule, TestModule];
    reporter.onTestRunStart();
    reporter.onTestModuleStart(first);
    vi.advanceTimersByTime(1_000);
    reporter.onTestModuleStart(second);
    reporter.onTestModuleStart(third);
    vi.advanceTimersByTime(19_000);
    expect(lines).toEqual(["… 0 tests passed, 0 failed, running tests/a.test.ts (20 s) and 2 more files"]);
    reporter.onTestModuleEnd(first);
    reporter.onTestModuleEnd(third);
    vi.advanceTimersByTime(20_000);
    expect(lines.at(-1)).toBe("… 0 tests passed, 0 failed, running tests/b.test.ts (39 s)");
  });

  it("says it is loading test files when none has started yet", () => {
    reporter.onTestRunStart();
    vi.advanceTimersByTime(20_000);
    expect(lines).toEqual(["… 0 tests passed, 0 failed, loading test files (20 s)"]);
  });

  it("prints nothing before the interval and stops when the run ends", () => {
    reporter.onTestRunStart();
    reporter.onTestModuleStart(testModule("tests/a.test.ts"));
    vi.advanceTimersByTime(19_999);
    expect(lines).toEqual([]);
    reporter.onTestRunEnd();
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([]);
  });

  it("counts afresh on a new run", () => {
    const file = testModule("tests/a.test.ts");
    reporter.onTestRunStart();
    reporter.onTestModuleStart(file);
    reporter.onTestCaseResult(testCase(file, "one"));
    reporter.onTestRunEnd();
    reporter.onTestRunStart();
    vi.advanceTimersByTime(20_000);
    expect(lines).toEqual(["… 0 tests passed, 0 failed, loading test files (20 s)"]);
  });
});
