import { describe, expect, it } from "vitest";
import { whenIdle, type IdleHost } from "../../../src/ui/whenIdle";

/** A page whose idle callbacks and timers run only when the test says, recording what was asked of it. */
function fakeHost(withIdle: boolean) {
  const pending = new Map<number, () => void>();
  const asked: string[] = [];
  let next = 1;
  const add = (run: () => void) => {
    pending.set(next, run);
    return next++;
  };
  const host: IdleHost = {
    setTimeout: (run, ms) => (asked.push(`timer ${ms}`), add(run)),
    clearTimeout: (h) => pending.delete(h),
    ...(withIdle
      ? {
          requestIdleCallback: (run: () => void, o?: { timeout: number }) => (asked.push(`idle, at the latest after ${o?.timeout}`), add(run)),
          cancelIdleCallback: (h: number) => pending.delete(h),
        }
      : {}),
  };
  const runAll = () => [...pending.values()].forEach((run) => run());
  return { host, asked, runAll, pending };
}

describe("whenIdle(work, host)", () => {
  it("runs the work in an idle callback, at the latest after two seconds of a busy page", () => {
    const { host, asked, runAll } = fakeHost(true);
    let runs = 0;
    whenIdle(() => runs++, host);
    expect(asked).toEqual(["idle, at the latest after 2000"]);
    expect(runs).toBe(0);
    runAll();
    expect(runs).toBe(1);
  });

  it("falls back to a timer of 200 ms where the browser has no idle callback", () => {
    const { host, asked, runAll } = fakeHost(false);
    let runs = 0;
    whenIdle(() => runs++, host);
    expect(asked).toEqual(["timer 200"]);
    runAll();
    expect(runs).toBe(1);
  });

  it("never runs the work once cancelled, either way", () => {
    for (const withIdle of [true, false]) {
      const { host, runAll, pending } = fakeHost(withIdle);
      let runs = 0;
      const cancel = whenIdle(() => runs++, host);
      cancel();
      expect(pending.size).toBe(0);
      runAll();
      expect(runs).toBe(0);
    }
  });
});
