// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyPageScheme, systemScheme, themeInQuery, watchSystemScheme } from "../../../src/ui/pageScheme";

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  delete document.documentElement.dataset.theme;
});

/** A matchMedia whose dark-scheme query matches when `dark.value` is true, and that can announce a change. */
function fakeSystem(dark: { value: boolean }) {
  const listeners = new Set<() => void>();
  vi.stubGlobal("matchMedia", (query: string) => ({
    get matches() {
      return query === "(prefers-color-scheme: dark)" && dark.value;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return { change: () => listeners.forEach((l) => l()), listeners };
}

describe("themeInQuery: the theme a page's address asks for, before the app has read it", () => {
  it("reads the first theme, and auto without one or with a value that is not a theme", () => {
    expect(themeInQuery("?theme=dark")).toBe("dark");
    expect(themeInQuery("?proposal=x&theme=light&theme=dark")).toBe("light");
    expect(themeInQuery("?theme=auto")).toBe("auto");
    expect(themeInQuery("")).toBe("auto");
    expect(themeInQuery("?theme=sepia")).toBe("auto");
    expect(themeInQuery("?theme=DARK")).toBe("auto");
  });
});

describe("the system's scheme", () => {
  it("is dark when the system prefers dark, light otherwise and where the browser cannot say", () => {
    const dark = { value: true };
    fakeSystem(dark);
    expect(systemScheme()).toBe("dark");
    dark.value = false;
    expect(systemScheme()).toBe("light");
    vi.stubGlobal("matchMedia", undefined);
    expect(systemScheme()).toBe("light");
  });
  it("is watched until the watcher stops", () => {
    const system = fakeSystem({ value: false });
    const onChange = vi.fn();
    const stop = watchSystemScheme(onChange);
    system.change();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    system.change();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(system.listeners.size).toBe(0);
  });
});

describe("applyPageScheme", () => {
  it("sets data-theme on the root and the color-scheme meta to the scheme", () => {
    const meta = Object.assign(document.createElement("meta"), { name: "color-scheme", content: "light dark" });
    document.head.append(meta);
    applyPageScheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(meta.content).toBe("dark");
    applyPageScheme("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(meta.content).toBe("light");
  });
  it("works on a page without the meta", () => {
    applyPageScheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });
});
