import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, expect, vi } from "vitest";
import { prepareGeography } from "../../src/data/prepareGeography";
import { AppFromFiles } from "../../src/ui/AppFromFiles";

let root: Root | undefined;
let host: HTMLElement | undefined;

/**
 * Renders the whole app into jsdom at an address (`?…`), with these model files. jsdom has no WebGL: the
 * renderer fails to start and the SVG globe is drawn, which React reports on the console (silenced here).
 * The app is unmounted, the address reset and the page's language and scheme set back after each test (and any
 * stubbed global, such as a test's matchMedia, taken away).
 */
export async function renderApp(files: Record<string, string>, search = ""): Promise<HTMLElement> {
  history.replaceState(null, "", `/${search}`);
  const el = document.createElement("div");
  host = el;
  document.body.append(el);
  vi.spyOn(console, "error").mockImplementation(() => {});
  await act(async () => {
    root = createRoot(el);
    root.render(<AppFromFiles geography={prepareGeography()} modelFiles={files} />);
  });
  return el;
}

/**
 * Opens every section of the panel, as a reader would, and waits until each shows its body (they come in a chunk
 * of their own, see src/ui/lazySections.ts): no section still says it is loading.
 */
export async function openSections(el: HTMLElement): Promise<void> {
  const sections = [...el.querySelectorAll<HTMLDetailsElement>("details[data-section]")];
  expect(sections.length).toBeGreaterThan(0);
  await act(async () => sections.forEach((d) => (d.open = true)));
  await vi.waitFor(
    async () => {
      await act(async () => {});
      expect(el.querySelectorAll(".section__loading")).toHaveLength(0);
    },
    { timeout: 30_000 },
  );
}

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  host?.remove();
  host = undefined;
  history.replaceState(null, "", "/");
  document.documentElement.lang = "en";
  delete document.documentElement.dataset.theme;
  vi.unstubAllGlobals();
});
