import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Geography } from "../../src/data/geography";
import { prepareGeography } from "../../src/data/prepareGeography";
import type { Catalogue } from "../../src/screen/types";
import type { ViewState } from "../../src/state/viewState";
import { fixtureModels } from "../unit/support";

const calls: ViewState[] = [];
vi.mock("../../src/screen/screenFor", () => ({ screenFor: (view: ViewState) => void calls.push(view) }));
const { useWarmScreens } = await import("../../src/ui/useWarmScreens");

let geography: Geography;
let catalogue: Catalogue;
beforeAll(() => {
  geography = prepareGeography();
  const f = fixtureModels();
  catalogue = { models: [...f.resolved.values()].map((r) => r.model), briefings: f.briefings, contexts: f.contexts };
}, 120_000);
afterEach(() => {
  calls.length = 0;
  vi.useRealTimers();
});

const VIEW: ViewState = { proposal: "example-separate", mode: "full", linked: true, asOf: "model-date", embed: false, lang: "en", theme: "auto" };

function Warm({ ready }: { ready: boolean }) {
  useWarmScreens(ready, VIEW, catalogue, geography, "en", "2026-12-01", { files: catalogue, urlProblems: [], renderer: "webgl", dismissed: [] } as never);
  return null;
}

describe("useWarmScreens", () => {
  it("once the page is ready, in idle time, works out the screen of a switch to each proposal", async () => {
    vi.useFakeTimers();
    const root = createRoot(document.createElement("div"));
    await act(async () => root.render(<Warm ready={false} />));
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(calls).toEqual([]);
    await act(async () => root.render(<Warm ready={true} />));
    expect(calls).toEqual([]);
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(calls.map((v) => v.proposal).sort()).toEqual(catalogue.models.map((m) => m.id).sort());
    for (const v of calls) expect({ ...v, proposal: undefined }).toEqual({ ...VIEW, proposal: undefined });
    root.unmount();
  });
});
