// A Vitest reporter that prints a progress line every HEARTBEAT_INTERVAL_MS while tests run, so a long test file (the
// browser suite's, a minute or more each) is never silent: `npm test`'s other reporters print a file only when it ends.
import type { Reporter, ReportedHookContext, TestCase, TestModule, Vitest } from "vitest/node";

/** How often the heartbeat prints while tests run. */
export const HEARTBEAT_INTERVAL_MS = 20_000;

/** What a heartbeat writes to, how often, and the clock it reads (a test passes fake ones). */
export interface HeartbeatOptions {
  intervalMs?: number;
  write?: (line: string) => void;
  now?: () => number;
}

interface RunningFile {
  path: string;
  started: number;
  /** The test or the beforeAll/afterAll hook running now, as the heartbeat names it. */
  current?: { label: string; started: number };
}

/**
 * Prints `… 312 tests passed, 0 failed, running tests/browser/board.test.ts (45 s): "its test" (12 s)` every interval
 * while files run (`: beforeAll of "its suite" (12 s)` while a suite's hook runs).
 */
export default class HeartbeatReporter implements Reporter {
  readonly #intervalMs: number;
  readonly #now: () => number;
  #write: ((line: string) => void) | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #started = 0;
  #passed = 0;
  #failed = 0;
  readonly #running = new Map<string, RunningFile>();

  constructor({ intervalMs = HEARTBEAT_INTERVAL_MS, write, now = Date.now }: HeartbeatOptions = {}) {
    this.#intervalMs = intervalMs;
    this.#write = write;
    this.#now = now;
  }

  onInit(vitest: Vitest): void {
    this.#write ??= (line) => vitest.logger.log(line);
  }

  onTestRunStart(): void {
    this.#passed = this.#failed = 0;
    this.#running.clear();
    this.#started = this.#now();
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.#write?.(this.formatHeartbeat()), this.#intervalMs);
    // A heartbeat must never keep Vitest from exiting.
    this.#timer.unref?.();
  }

  onTestModuleStart(testModule: TestModule): void {
    this.#running.set(testModule.moduleId, { path: testModule.relativeModuleId, started: this.#now() });
  }

  onTestCaseReady(testCase: TestCase): void {
    this.#setCurrent(testCase.module, JSON.stringify(testCase.fullName));
  }

  onTestCaseResult(testCase: TestCase): void {
    const state = testCase.result().state;
    if (state === "passed") this.#passed++;
    else if (state === "failed") this.#failed++;
    this.#setCurrent(testCase.module, undefined);
  }

  // A suite's beforeAll (opening pages once for all its tests) can run longer than any of them.
  onHookStart({ name, entity }: ReportedHookContext): void {
    if (entity.type === "test") return;
    this.#setCurrent(entity.type === "module" ? entity : entity.module, entity.type === "module" ? name : `${name} of ${JSON.stringify(entity.fullName)}`);
  }

  onHookEnd({ entity }: ReportedHookContext): void {
    if (entity.type !== "test") this.#setCurrent(entity.type === "module" ? entity : entity.module, undefined);
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.#running.delete(testModule.moduleId);
  }

  onTestRunEnd(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #setCurrent(testModule: TestModule, label: string | undefined): void {
    const file = this.#running.get(testModule.moduleId);
    if (file) file.current = label === undefined ? undefined : { label, started: this.#now() };
  }

  /** Returns the progress line for now: tests passed and failed so far, and the file running longest with its current test. */
  formatHeartbeat(): string {
    const now = this.#now();
    const seconds = (since: number) => `${Math.round((now - since) / 1000)} s`;
    const counts = `… ${this.#passed} ${this.#passed === 1 ? "test" : "tests"} passed, ${this.#failed} failed`;
    const [longest, ...others] = [...this.#running.values()].sort((a, b) => a.started - b.started);
    if (!longest) return `${counts}, loading test files (${seconds(this.#started)})`;
    const test = longest.current ? `: ${longest.current.label} (${seconds(longest.current.started)})` : "";
    const more = others.length ? ` and ${others.length} more ${others.length === 1 ? "file" : "files"}` : "";
    return `${counts}, running ${longest.path} (${seconds(longest.started)})${test}${more}`;
  }
}
