import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HINT_MS } from "../../../src/ui/gestures";
import { createHintStore } from "../../../src/ui/useCooperativeGestures";

describe("createHintStore", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows a hint for HINT_MS after the last call, telling its listeners only when what shows changes", () => {
    const hints = createHintStore();
    const heard = vi.fn();
    hints.subscribe(heard);
    expect(hints.get()).toEqual({ kind: null, shown: false });

    hints.show("touch");
    expect(hints.get()).toEqual({ kind: "touch", shown: true });
    // A gesture's stream of moves: each one puts the end off, none is heard again.
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(HINT_MS - 100);
      hints.show("touch");
    }
    expect(hints.get().shown).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(HINT_MS);
    // It goes, keeping its words for the fade.
    expect(hints.get()).toEqual({ kind: "touch", shown: false });
    expect(heard).toHaveBeenCalledTimes(2);

    hints.show("wheel");
    expect(hints.get()).toEqual({ kind: "wheel", shown: true });
    expect(heard).toHaveBeenCalledTimes(3);
    hints.dispose();
    vi.advanceTimersByTime(HINT_MS);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it("stops telling a listener that unsubscribed", () => {
    const hints = createHintStore(100);
    const heard = vi.fn();
    const stop = hints.subscribe(heard);
    stop();
    hints.show("wheel");
    expect(heard).not.toHaveBeenCalled();
    hints.dispose();
  });
});
