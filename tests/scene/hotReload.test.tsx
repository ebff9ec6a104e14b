import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Geography } from "../../src/data/geography";
import { prepareGeography } from "../../src/data/prepareGeography";
import { AppFromFiles } from "../../src/ui/AppFromFiles";
import { fixtureFiles, fixtureJson } from "../unit/support";

/*
 * npm start hands the app a new set of model files when one is edited (src/main.tsx re-renders App with them).
 * Here App is rendered again with changed files, as that does, without a reload. The files are the invented
 * proposals of tests/fixtures/ (see fixtureModels in tests/unit/support.ts), and the one edited is example-joint.
 */

let geography: Geography;
let root: Root | undefined;
let host: HTMLElement;
const SEPARATE = "tests/fixtures/example-separate.json";
const JOINT = "tests/fixtures/example-joint.json";
const separate = fixtureFiles()[SEPARATE]!;
const joint = fixtureJson(JOINT);

beforeAll(() => {
  geography = prepareGeography();
});
afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  history.replaceState(null, "", "/");
});

/** The joint example with its English title changed, and optionally an unknown country. */
function jointFile(title: string, broken = false): string {
  const m = structuredClone(joint);
  m.title.en = title;
  if (broken) m.regions[0].countries[0] = "XYZ";
  return JSON.stringify(m);
}

async function show(jointText: string) {
  await act(async () => root!.render(<AppFromFiles geography={geography} modelFiles={{ [SEPARATE]: separate, [JOINT]: jointText }} />));
}

const heading = () => host.querySelector("h1")?.textContent ?? "";
const notices = () => [...host.querySelectorAll(".notice--error .notice__text")].map((n) => n.textContent ?? "");

describe("a model file edited while the app runs", () => {
  it("shows a valid edit, keeps the last good version over an invalid one with its message, and recovers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // jsdom has no WebGL
    history.replaceState(null, "", "/?proposal=example-joint");
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
    await show(jointFile("First version"));
    expect(heading()).toBe("First version");

    await show(jointFile("Second version"));
    expect(heading()).toBe("Second version");
    expect(notices()).toEqual([]);

    await show(jointFile("Broken version", true));
    expect(heading()).toBe("Second version");
    expect(host.querySelectorAll(".switcher__button")).toHaveLength(2);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toMatch(/^A file in models\/ has a problem, so its last valid version is still shown\. tests\/fixtures\/example-joint\.json: regions\[0\]\.countries\[0\]: unknown country "XYZ"\n {2}hint: /);

    await show("{ not json");
    expect(heading()).toBe("Second version");
    expect(notices()[0]).toContain("tests/fixtures/example-joint.json: not valid JSON: ");

    await show(jointFile("Third version"));
    expect(heading()).toBe("Third version");
    expect(notices()).toEqual([]);
  });

  it("leaves out a file that has never been valid, saying it was not loaded", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
    await show(jointFile("Broken from the start", true));
    expect(host.querySelectorAll(".switcher__button")).toHaveLength(1);
    expect(notices()[0]).toMatch(/^A file in models\/ was not loaded\. tests\/fixtures\/example-joint\.json: /);
  });
});
