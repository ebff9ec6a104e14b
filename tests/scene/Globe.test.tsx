import { useStore, useThree } from "@react-three/fiber";
import type { BufferGeometry, Camera, DataTexture, Mesh, Object3D, ShaderMaterial, WebGLRenderer } from "three";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { frameSubject, windowSubject } from "../../src/screen/framing";
import { CANVAS, create, frameAt, type Renderer } from "./sceneRenderer";
import type { Geography } from "../../src/data/geography";
import { prepareGeography } from "../../src/data/prepareGeography";
import { differenceEmphasis, type Emphasis } from "../../src/model/emphasis";
import { loadModels } from "../../src/model/loadModels";
import { buildPalette } from "../../src/model/palette";
import { resolveModel, type ResolvedModel } from "../../src/model/resolve";
import { LINE_WIDTH } from "../../src/scene/Borders";
import { GlobeScene, type GlobeApi, type SceneView } from "../../src/scene/GlobeScene";
import type { CameraTarget } from "../../src/screen/types";
import { globeLabels, type GlobeLabel } from "../../src/screen/globeLabels";
import type { LabelElements } from "../../src/scene/labels";
import type { CameraAt } from "../../src/state/urlState";
import { DARK, LIGHT, rgb, type Theme } from "../../src/theme";
import { fixtureFiles } from "../unit/support";

/*
 * The scene under @react-three/test-renderer. Its WebGL context is a mock (nothing is drawn), jsdom has no
 * layout, and the frameloop is "never": frames run only through advanceFrames, which calls the scene's own
 * useFrame (priority 1, it renders itself). So that the scene draws at all, each frame element is given a
 * size and position (clientWidth/clientHeight/offsetLeft/offsetTop) here; gl.render and gl.setViewport are
 * observed to see what each pass draws with. Orbit controls are attached to the frame elements as in the
 * browser; no pointer events are fired, the controls are driven through the scene's api (rotate, zoom).
 */

/*
 * The models are the invented proposals of tests/fixtures/ (see fixtureModels in tests/unit/support.ts), so that
 * editing a shipped model leaves these tests alone: "separate" links group A's system to group B's (one link on the
 * globe), "joint" links two parts of one shared system (no link on the globe).
 */
const SEPARATE_VIEW: CameraAt = { lon: 22, lat: 50, distance: 2.7 }; // tests/fixtures/example-separate.json "view", over Poland

let geography: Geography;
let separate: ResolvedModel;
let joint: ResolvedModel;
const layouts = new Map<ResolvedModel, readonly GlobeLabel[]>();

beforeAll(() => {
  geography = prepareGeography();
  const { models, errors } = loadModels(fixtureFiles(), geography.ref);
  expect(errors).toEqual([]);
  separate = resolveModel(models.find((m) => m.id === "example-separate")!, geography.atlas, geography.ref);
  joint = resolveModel(models.find((m) => m.id === "example-joint")!, geography.atlas, geography.ref);
});

/** What each view was made from, for the palettes the tests expect. */
const madeFrom = new WeakMap<SceneView, { resolved: ResolvedModel; emphasis: Emphasis; theme: Theme }>();
let keys = 0;
const paletteKeys = new Map<string, string>();

/**
 * A view of a model as the screen model makes it: its palette (model/palette.ts), a key that is the same for the
 * same model, emphasis and theme, its borders' owners and its names (made once per model, as the screen memoises them).
 */
function view(resolved: ResolvedModel, emphasis: Emphasis = null, theme: Theme = LIGHT): SceneView {
  if (!layouts.has(resolved)) layouts.set(resolved, globeLabels(resolved, null, geography, "en"));
  const palette = buildPalette(resolved, geography.landCount, geography.paletteWidth, undefined, emphasis, theme);
  const id = `${resolved.model.id}:${emphasis ? Array.from(emphasis).join("") : "all"}:${theme.scheme}`;
  if (!paletteKeys.has(id)) paletteKeys.set(id, `view-${keys++}`);
  const borderOwners = resolved.pieceCountry.map((c, i) => (resolved.pieceOccupier[i] ? `${c}/${resolved.pieceOccupier[i]}` : c));
  const v: SceneView = { key: paletteKeys.get(id)!, palette, date: resolved.date, borderOwners, labels: layouts.get(resolved)! };
  madeFrom.set(v, { resolved, emphasis, theme });
  return v;
}

interface Rig {
  frames: HTMLElement[];
  labels: LabelElements[];
  api: { current: GlobeApi | null };
  rests: [number, CameraAt][];
  /** What the scene reported drawn to rest, in order. */
  drawn: { key: string; camera: string }[];
  gl: WebGLRenderer | null;
  /** The fiber store, to watch what the scene asks of it (frames). */
  store?: ReturnType<typeof useStore>;
}

/** Frames for one view filling the canvas, or two side by side. */
function rig(count: 1 | 2): Rig {
  const frames = count === 1 ? [frameAt(0, CANVAS.width, CANVAS.height)] : [frameAt(0, CANVAS.width / 2, CANVAS.height), frameAt(CANVAS.width / 2, CANVAS.width / 2, CANVAS.height)];
  return { frames, labels: [new Map(), new Map()], api: { current: null }, rests: [], drawn: [], gl: null };
}

/** Puts one HTML element per label of each view into the rig's label maps, as the overlay does, each label `size` pixels (jsdom does no layout). */
function addLabelElements(r: Rig, views: SceneView[], size = { width: 0, height: 0 }) {
  views.forEach((v, i) => {
    for (const label of v.labels) {
      const el = document.createElement("span");
      const inner = document.createElement("span");
      Object.defineProperty(inner, "offsetWidth", { get: () => size.width });
      Object.defineProperty(inner, "offsetHeight", { get: () => size.height });
      el.append(inner);
      document.body.append(el);
      r.labels[i]!.set(label.id, el);
    }
  });
}

/** The boxes of the labels shown, in frame pixels, from their elements' transforms. */
function shownBoxes(r: Rig, view: number, size: { width: number; height: number }) {
  const out: { id: string; left: number; top: number; width: number; height: number }[] = [];
  for (const [id, el] of r.labels[view]!) {
    if (el.style.visibility !== "visible") continue;
    const m = /^translate\((-?[\d.]+)px, (-?[\d.]+)px\)$/.exec(el.style.transform);
    expect(m, `${id}: ${el.style.transform}`).not.toBeNull();
    out.push({ id, left: Number(m![1]), top: Number(m![2]), ...size });
  }
  return out;
}

function GrabRenderer({ rig: r }: { rig: Rig }) {
  r.gl = useThree((s) => s.gl);
  r.store = useStore();
  return null;
}

interface Options {
  linked?: boolean;
  target?: CameraTarget;
  reducedMotion?: boolean;
  theme?: Theme;
}
function scene(r: Rig, views: SceneView[], { linked = true, target = { key: "start", at: SEPARATE_VIEW }, reducedMotion = false, theme = LIGHT }: Options = {}) {
  return (
    <>
      <GlobeScene
        geography={geography}
        views={views}
        screenKey={views.map((v) => v.key).join("|")}
        linked={linked}
        frames={r.frames}
        labelElements={r.labels}
        target={target}
        reducedMotion={reducedMotion}
        onCameraRest={(i, at) => r.rests.push([i, at])}
        onDrawn={(d) => r.drawn.push(d)}
        api={r.api}
        theme={theme}
      />
      <GrabRenderer rig={r} />
    </>
  );
}


const meshesNamed = (r: Renderer, name: string) => r.scene.findAll((n) => n.type === "Mesh" && n.instance.name === name);
const land = (r: Renderer) => meshesNamed(r, "land")[0]!.instance as Mesh;
const areaMaterial = (r: Renderer) => land(r).material as ShaderMaterial;
const allLine2 = (r: Renderer) => r.scene.findAll((n) => (n.instance as { isLine2?: boolean }).isLine2 === true).map((n) => n.instance.name);
const paletteOf = (v: SceneView) => {
  const made = madeFrom.get(v)!;
  return Array.from(buildPalette(made.resolved, geography.landCount, geography.paletteWidth, undefined, made.emphasis, made.theme));
};
const textureData = (t: unknown) => Array.from((t as DataTexture).image.data as Uint8Array);
const pieceIndex = (key: string) => geography.atlas.pieces.find((p) => p.key === key)!.index;
/** Angle in degrees between two camera positions given as lon/lat. */
function degreesApart(a: CameraAt, b: CameraAt): number {
  const v = (c: CameraAt) => {
    const la = (c.lat * Math.PI) / 180;
    const lo = (c.lon * Math.PI) / 180;
    return [Math.cos(la) * Math.sin(lo), Math.sin(la), Math.cos(la) * Math.cos(lo)];
  };
  const [p, q] = [v(a), v(b)];
  const d = p[0]! * q[0]! + p[1]! * q[1]! + p[2]! * q[2]!;
  return (Math.acos(Math.max(-1, Math.min(1, d))) * 180) / Math.PI;
}
/**
 * Where a camera sent to `at` stands in a frame of `width` × `height` pixels with nothing over it: over the same
 * point, at the distance that fills the frame with the cap `at` shows in a square one (screen/framing.ts, whose
 * own tests check it against three's projection).
 */
function framedAt(at: CameraAt, width = CANVAS.width, height = CANVAS.height): CameraAt {
  return { ...at, distance: frameSubject(windowSubject(at), width, height, []).at.distance };
}
const HALF = CANVAS.width / 2;
function expectCameraAt(actual: CameraAt, expected: CameraAt) {
  expect(degreesApart(actual, expected), `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`).toBeLessThan(1e-4);
  expect(actual.distance).toBeCloseTo(expected.distance, 6);
}

interface Pass {
  uTo: unknown;
  uToData: number[];
  uFromData: number[];
  uMix: number;
  camera: Camera;
}
/** Records, at every gl.render, what the shared material holds (the render itself still runs). */
function recordPasses(r: Renderer, gl: WebGLRenderer): Pass[] {
  const passes: Pass[] = [];
  const material = areaMaterial(r);
  const original = gl.render.bind(gl);
  vi.spyOn(gl, "render").mockImplementation((s, camera) => {
    passes.push({
      uTo: material.uniforms.uTo!.value,
      uToData: textureData(material.uniforms.uTo!.value),
      uFromData: textureData(material.uniforms.uFrom!.value),
      uMix: material.uniforms.uMix!.value as number,
      camera,
    });
    original(s, camera);
  });
  return passes;
}

describe("the globe scene graph", () => {
  it("draws all land as one mesh whose vertices carry their area's palette index", async () => {
    const r = await create(scene(rig(1), [view(separate)]));
    const meshes = meshesNamed(r, "land");
    expect(meshes).toHaveLength(1);
    const geometry = (meshes[0]!.instance as Mesh).geometry as BufferGeometry;
    const area = geometry.getAttribute("aArea");
    expect(area.count).toBe(geometry.getAttribute("position").count);
    const distinct = new Set(Array.from(area.array as Float32Array));
    // Every piece of land in the atlas is in the mesh, and nothing else.
    expect(distinct.size).toBe(geography.landCount);
    expect(Math.min(...distinct)).toBe(0);
    expect(Math.max(...distinct)).toBe(geography.landCount - 1);
  });

  it("colours land and seas with one material that reads two palette textures, width × 2 texels", async () => {
    const r = await create(scene(rig(1), [view(separate)]));
    const seas = meshesNamed(r, "seas");
    expect(seas).toHaveLength(1);
    expect((seas[0]!.instance as Mesh).material).toBe(land(r).material);
    const material = areaMaterial(r);
    for (const name of ["uFrom", "uTo"]) {
      const tex = material.uniforms[name]!.value as DataTexture;
      expect(tex.image.width).toBe(geography.paletteWidth);
      expect(tex.image.height).toBe(2);
    }
    expect(geography.paletteWidth).toBeLessThanOrEqual(512);
  });

  it("has an ocean, one set of borders for the models' date and a halo", async () => {
    const r = await create(scene(rig(2), [view(separate), view(joint)]));
    expect(meshesNamed(r, "ocean")).toHaveLength(1);
    expect(meshesNamed(r, "atmosphere")).toHaveLength(1);
    expect(r.scene.findAll((n) => n.instance.name === "borders")).toHaveLength(1);
  });

  it("draws no line for a link between parties: links are schematic, off the globe", async () => {
    const r = await create(scene(rig(1), [view(separate)]));
    expect(r.scene.findAll((n) => /link/.test(n.instance.name ?? ""))).toEqual([]);
    expect(allLine2(r)).toEqual([]);
  });

  it("does not draw a frame that has no size (nothing is laid out)", async () => {
    const r = rig(1);
    const el = document.createElement("div");
    document.body.append(el); // jsdom: clientWidth = clientHeight = 0
    r.frames = [el];
    const renderer = await create(scene(r, [view(separate)]));
    const render = vi.spyOn(r.gl!, "render");
    await renderer.advanceFrames(2, 1 / 60);
    expect(render).not.toHaveBeenCalled();
  });
});

describe("switching the theme", () => {
  it("cuts to the new scheme's palette, as its ocean and lines change at once, even without reduced motion", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    await renderer.advanceFrames(2, 1 / 60);
    await renderer.update(scene(r, [view(separate, null, DARK)], { theme: DARK }));
    await renderer.advanceFrames(1, 1 / 30);
    const material = areaMaterial(renderer);
    expect(material.uniforms.uMix!.value).toBe(1);
    expect(textureData(material.uniforms.uTo!.value)).toEqual(paletteOf(view(separate, null, DARK)));
    expect(textureData(material.uniforms.uFrom!.value)).toEqual(paletteOf(view(separate, null, DARK)));
    // Another proposal in the same scheme blends again.
    await renderer.update(scene(r, [view(joint, null, DARK)], { theme: DARK }));
    await renderer.advanceFrames(1, 1 / 30);
    expect(material.uniforms.uMix!.value).toBe(0);
  });
  it("recolours the palette texture, the ocean, the lines and the halo, and makes no new mesh or material", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const named = (name: string) => meshesNamed(renderer, name)[0]!.instance as Mesh;
    const parts = ["land", "seas", "ocean", "atmosphere"].map((name) => ({ name, mesh: named(name), geometry: named(name).geometry, material: named(name).material }));
    const uniform = (name: string) => (named(name).material as ShaderMaterial).uniforms.uColour!.value as number[];
    const lineColour = (name: string) => {
      const line = r.gl && renderer.scene.findAll((n) => n.instance.name === name)[0]!.instance;
      return ((line as unknown as { material: { color: { getHexString(): string } } }).material.color.getHexString());
    };
    expect(uniform("ocean")).toEqual(rgb(LIGHT.ocean).map((v) => v / 255));
    expect(lineColour("borders-thin")).toBe(LIGHT.border.slice(1));

    await renderer.update(scene(r, [view(separate, null, DARK)], { reducedMotion: true, theme: DARK }));
    await renderer.advanceFrames(1, 1 / 60);
    expect(textureData(areaMaterial(renderer).uniforms.uTo!.value)).toEqual(paletteOf(view(separate, null, DARK)));
    expect(textureData(areaMaterial(renderer).uniforms.uTo!.value)).not.toEqual(paletteOf(view(separate)));
    expect(uniform("ocean")).toEqual(rgb(DARK.ocean).map((v) => v / 255));
    expect(uniform("atmosphere")).toEqual([...DARK.atmosphere]);
    expect(lineColour("borders-thin")).toBe(DARK.border.slice(1));
    expect(lineColour("coastlines-fat")).toBe(DARK.coast.slice(1));
    for (const p of parts) {
      expect(meshesNamed(renderer, p.name), p.name).toHaveLength(1);
      expect(named(p.name), p.name).toBe(p.mesh);
      expect(named(p.name).geometry, p.name).toBe(p.geometry);
      expect(named(p.name).material, p.name).toBe(p.material);
    }
  });
});

describe("switching the model of a view", () => {
  it("changes the palette and animates the mix from 0 to 1, without rebuilding the land", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    await renderer.advanceFrames(2, 1 / 60);
    const mesh = land(renderer);
    const geometry = mesh.geometry;
    const material = areaMaterial(renderer);
    expect(material.uniforms.uMix!.value).toBe(1);
    expect(textureData(material.uniforms.uTo!.value)).toEqual(paletteOf(view(separate)));

    await renderer.update(scene(r, [view(joint)]));
    // The first frame of a transition only starts its clock: it draws the old colours (mix 0) with the new as the target.
    await renderer.advanceFrames(1, 1 / 30);
    expect(material.uniforms.uMix!.value).toBe(0);
    expect(textureData(material.uniforms.uTo!.value)).toEqual(paletteOf(view(joint)));
    expect(textureData(material.uniforms.uFrom!.value)).toEqual(paletteOf(view(separate)));

    await renderer.advanceFrames(6, 1 / 30);
    const mid = material.uniforms.uMix!.value as number;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    await renderer.advanceFrames(6, 1 / 30);
    expect(material.uniforms.uMix!.value as number).toBeGreaterThan(mid);
    await renderer.advanceFrames(20, 1 / 30);
    expect(material.uniforms.uMix!.value).toBe(1);

    expect(meshesNamed(renderer, "land")).toHaveLength(1);
    expect(land(renderer).geometry).toBe(geometry);
    expect(land(renderer).material).toBe(material);
  });

  it("cuts instead of animating when reduced motion is asked for", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    await renderer.update(scene(r, [view(joint)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const material = areaMaterial(renderer);
    expect(material.uniforms.uMix!.value).toBe(1);
    expect(textureData(material.uniforms.uTo!.value)).toEqual(paletteOf(view(joint)));
  });

  it("a new emphasis on the same model changes the palette too", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(joint)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const emphasised = view(joint, differenceEmphasis(separate, joint));
    await renderer.update(scene(r, [emphasised], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const data = textureData(areaMaterial(renderer).uniforms.uTo!.value);
    expect(data).toEqual(paletteOf(emphasised));
    expect(data).not.toEqual(paletteOf(view(joint)));
  });
});

describe("two views (a comparison)", () => {
  it("still has one land mesh and one sea mesh", async () => {
    const r = await create(scene(rig(2), [view(separate), view(joint)]));
    expect(meshesNamed(r, "land")).toHaveLength(1);
    expect(meshesNamed(r, "seas")).toHaveLength(1);
  });

  it("shares the land geometry and material with the single view it came from", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    const { geometry, material } = land(renderer);
    const r2 = { ...r, frames: [...r.frames, frameAt(CANVAS.width / 2, CANVAS.width / 2, CANVAS.height)] };
    await renderer.update(scene(r2, [view(separate), view(joint)]));
    expect(meshesNamed(renderer, "land")).toHaveLength(1);
    expect(land(renderer).geometry).toBe(geometry);
    expect(land(renderer).material).toBe(material);
  });

  // The palette effect's dependencies have a fixed length, whatever the number of views.
  it("switching from one view to two gives no React warning", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    const errors = vi.spyOn(console, "error");
    const r2 = { ...r, frames: [...r.frames, frameAt(CANVAS.width / 2, CANVAS.width / 2, CANVAS.height)] };
    await renderer.update(scene(r2, [view(separate), view(joint)]));
    await renderer.update(scene(r, [view(separate)]));
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  });

  it("draws each view in its own viewport, with its own palette swapped into the shared material", async () => {
    const r = rig(2);
    const views = [view(separate, differenceEmphasis(separate, joint)), view(joint, differenceEmphasis(separate, joint))];
    const renderer = await create(scene(r, views));
    const passes = recordPasses(renderer, r.gl!);
    const viewport = vi.spyOn(r.gl!, "setViewport");
    await renderer.advanceFrames(1, 1 / 60);

    expect(passes).toHaveLength(2);
    expect(viewport.mock.calls.map((c) => c.slice(0, 4))).toEqual([
      [0, 0, 640, 600],
      [640, 0, 640, 600],
    ]);
    expect(passes[0]!.uToData).toEqual(paletteOf(views[0]!));
    expect(passes[1]!.uToData).toEqual(paletteOf(views[1]!));
    expect(passes[0]!.uTo).not.toBe(passes[1]!.uTo);
    // Linked cameras: one camera for both passes.
    expect(passes[0]!.camera).toBe(passes[1]!.camera);
  });

  it("a change in one view animates that view, while the other keeps its colours", async () => {
    const r = rig(2);
    const renderer = await create(scene(r, [view(separate), view(joint)]));
    await renderer.advanceFrames(1, 1 / 60);
    await renderer.update(scene(r, [view(separate), view(separate)]));
    const passes = recordPasses(renderer, r.gl!);
    await renderer.advanceFrames(4, 1 / 30);
    const [first, second] = passes.slice(-2);
    // View 0 shows the first proposal's palette whatever its mix: both of its textures hold it.
    expect(first!.uFromData).toEqual(paletteOf(view(separate)));
    expect(first!.uToData).toEqual(paletteOf(view(separate)));
    // View 1 is on its way from the second proposal's palette to the first's.
    expect(second!.uFromData).toEqual(paletteOf(view(joint)));
    expect(second!.uToData).toEqual(paletteOf(view(separate)));
    expect(second!.uMix).toBeGreaterThan(0);
    expect(second!.uMix).toBeLessThan(1);
  });

  it("unlinked views draw with two cameras", async () => {
    const r = rig(2);
    const renderer = await create(scene(r, [view(separate), view(joint)], { linked: false }));
    const passes = recordPasses(renderer, r.gl!);
    await renderer.advanceFrames(1, 1 / 60);
    expect(passes).toHaveLength(2);
    expect(passes[0]!.camera).not.toBe(passes[1]!.camera);
  });
});

describe("the scene's api", () => {
  it("is set once the scene has mounted, with each camera at the target", async () => {
    const r = rig(2);
    const renderer = await create(scene(r, [view(separate), view(joint)]));
    await renderer.advanceFrames(2, 1 / 60);
    expect(r.api.current).not.toBeNull();
    expectCameraAt(r.api.current!.camera(0), framedAt(SEPARATE_VIEW, HALF));
    expectCameraAt(r.api.current!.camera(1), framedAt(SEPARATE_VIEW, HALF));
  });

  it("pick: the centre of the frame is the point the camera looks at, and it is in Poland", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const hit = r.api.current!.pick(0, CANVAS.width / 2, CANVAS.height / 2);
    expect(hit).not.toBeNull();
    expect(hit!.lon).toBeCloseTo(SEPARATE_VIEW.lon, 6);
    expect(hit!.lat).toBeCloseTo(SEPARATE_VIEW.lat, 6);
    expect(hit!.area).toBe(pieceIndex("POL"));
  });

  it("pick: null off the globe and for a view that has no frame", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    expect(r.api.current!.pick(0, 2, 2)).toBeNull();
    expect(r.api.current!.pick(1, CANVAS.width / 2, CANVAS.height / 2)).toBeNull();
  });

  it("pick: -1 over open ocean", async () => {
    const r = rig(1);
    const at = { lon: -140, lat: 0, distance: 2.5 }; // the middle of the Pacific
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true, target: { key: "pacific", at } }));
    await renderer.advanceFrames(1, 1 / 60);
    expect(r.api.current!.pick(0, CANVAS.width / 2, CANVAS.height / 2)?.area).toBe(-1);
  });

  it("rotate turns the camera, and its rest is reported once it stops", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    // Opening framed is not a move: no rest is reported for it.
    expect(r.rests).toEqual([]);
    r.api.current!.rotate(0, 30, 0);
    await renderer.advanceFrames(3, 1 / 60);
    const turned = r.api.current!.camera(0);
    expect(Math.abs(Math.abs(turned.lon - SEPARATE_VIEW.lon) - 30)).toBeLessThan(1e-6);
    expect(turned.lat).toBeCloseTo(SEPARATE_VIEW.lat, 6);
    expect(turned.distance).toBeCloseTo(framedAt(SEPARATE_VIEW).distance, 6);
    expect(r.rests).toHaveLength(1);
    expect(r.rests[0]![0]).toBe(0);
    // Where the reader left it, its distance the one written for a square frame: the view's own.
    expectCameraAt(r.rests[0]![1], { ...turned, distance: SEPARATE_VIEW.distance });
  });

  it("zoom changes the distance by the factor, and the inverse factor undoes it", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const start = framedAt(SEPARATE_VIEW);
    r.api.current!.zoom(0, 1.2);
    await renderer.advanceFrames(3, 1 / 60);
    const d = r.api.current!.camera(0).distance;
    expect(Math.min(Math.abs(d - start.distance / 1.2), Math.abs(d - start.distance * 1.2))).toBeLessThan(1e-6);
    r.api.current!.zoom(0, 1 / 1.2);
    await renderer.advanceFrames(3, 1 / 60);
    expectCameraAt(r.api.current!.camera(0), start);
    expect(r.rests).toHaveLength(2);
  });

  it("zoom stays within 1.35 and 6 globe radii, however far it is pushed either way", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    r.api.current!.zoom(0, 100);
    await renderer.advanceFrames(2, 1 / 60);
    const one = r.api.current!.camera(0).distance;
    r.api.current!.zoom(0, 0.01);
    await renderer.advanceFrames(2, 1 / 60);
    const other = r.api.current!.camera(0).distance;
    expect([Math.min(one, other), Math.max(one, other)].map((v) => +v.toFixed(6))).toEqual([1.35, 6]);
  });

  // three's OrbitControls.dollyIn(s) multiplies the distance by s: "+" must call dollyOut.
  it("zoom with a factor above 1 brings the camera closer, below 1 takes it away", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const start = framedAt(SEPARATE_VIEW).distance;
    r.api.current!.zoom(0, 1.2);
    await renderer.advanceFrames(3, 1 / 60);
    expect(r.api.current!.camera(0).distance).toBeCloseTo(start / 1.2, 6);
    r.api.current!.zoom(0, 0.5);
    await renderer.advanceFrames(3, 1 / 60);
    expect(r.api.current!.camera(0).distance).toBeCloseTo((start / 1.2) * 2, 6);
  });

  it("linked views move together; unlinked ones move alone", async () => {
    const linked = rig(2);
    let renderer = await create(scene(linked, [view(separate), view(joint)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    linked.api.current!.rotate(1, 20, 0);
    await renderer.advanceFrames(2, 1 / 60);
    expect(degreesApart(linked.api.current!.camera(0), SEPARATE_VIEW)).toBeGreaterThan(10);
    expectCameraAt(linked.api.current!.camera(0), linked.api.current!.camera(1));
    await renderer.unmount();
    document.body.replaceChildren();

    const unlinked = rig(2);
    renderer = await create(scene(unlinked, [view(separate), view(joint)], { reducedMotion: true, linked: false }));
    await renderer.advanceFrames(1, 1 / 60);
    unlinked.api.current!.rotate(1, 20, 0);
    await renderer.advanceFrames(2, 1 / 60);
    expectCameraAt(unlinked.api.current!.camera(0), framedAt(SEPARATE_VIEW, HALF));
    expect(degreesApart(unlinked.api.current!.camera(1), SEPARATE_VIEW)).toBeGreaterThan(10);
  });
});

describe("camera targets", () => {
  const EAST: CameraAt = { lon: 100, lat: 10, distance: 4 };

  it("a new key flies the camera to the target over frames", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    await renderer.advanceFrames(2, 1 / 60);
    await renderer.update(scene(r, [view(separate)], { target: { key: "east", at: EAST } }));
    await renderer.advanceFrames(1, 1 / 30);
    expectCameraAt(r.api.current!.camera(0), framedAt(SEPARATE_VIEW)); // the first frame starts the clock
    await renderer.advanceFrames(10, 1 / 30);
    const mid = r.api.current!.camera(0);
    expect(degreesApart(mid, SEPARATE_VIEW)).toBeGreaterThan(1);
    expect(degreesApart(mid, EAST)).toBeGreaterThan(1);
    expect(mid.distance).toBeGreaterThan(framedAt(SEPARATE_VIEW).distance);
    expect(mid.distance).toBeLessThan(framedAt(EAST).distance);
    await renderer.advanceFrames(60, 1 / 30);
    expectCameraAt(r.api.current!.camera(0), framedAt(EAST));
  });

  it("with reduced motion, a new key cuts to the target", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.update(scene(r, [view(separate)], { reducedMotion: true, target: { key: "east", at: EAST } }));
    expectCameraAt(r.api.current!.camera(0), framedAt(EAST));
  });

  it("the same key with another camera does not move it", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    await renderer.update(scene(r, [view(separate)], { reducedMotion: true, target: { key: "start", at: EAST } }));
    await renderer.advanceFrames(5, 1 / 30);
    expectCameraAt(r.api.current!.camera(0), framedAt(SEPARATE_VIEW));
  });

  it("unlinked, both cameras go to the target", async () => {
    const r = rig(2);
    const renderer = await create(scene(r, [view(separate), view(joint)], { reducedMotion: true, linked: false }));
    await renderer.update(scene(r, [view(separate), view(joint)], { reducedMotion: true, linked: false, target: { key: "east", at: EAST } }));
    expectCameraAt(r.api.current!.camera(0), framedAt(EAST, HALF));
    expectCameraAt(r.api.current!.camera(1), framedAt(EAST, HALF));
  });

  it("on a portrait frame the camera steps back, but no farther than 6 globe radii", async () => {
    const r = rig(1);
    r.frames = [frameAt(0, 300, CANVAS.height)];
    const near = { lon: 22, lat: 50, distance: 2 };
    const renderer = await create(scene(r, [view(separate)], { reducedMotion: true, target: { key: "near", at: near } }));
    await renderer.update(scene(r, [view(separate)], { reducedMotion: true, target: { key: "near-again", at: near } }));
    const stepped = r.api.current!.camera(0);
    expect(degreesApart(stepped, near)).toBeLessThan(1e-4);
    expect(stepped.distance).toBeGreaterThan(near.distance);
    expect(stepped.distance).toBeLessThanOrEqual(6);
    await renderer.update(scene(r, [view(separate)], { reducedMotion: true, target: { key: "far", at: { ...near, distance: 5 } } }));
    expect(r.api.current!.camera(0).distance).toBeCloseTo(6, 6);
  });
});

describe("labels", () => {
  const SIZE = { width: 48, height: 14 };
  const meet = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

  it("names the parties on their own land and the countries in view, inside the frame, no two boxes meeting", async () => {
    const r = rig(1);
    const views = [view(separate)];
    addLabelElements(r, views, SIZE);
    const renderer = await create(scene(r, views, { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const boxes = shownBoxes(r, 0, SIZE);
    const ids = boxes.map((b) => b.id);
    // Looking at Poland from 2.7 radii: both groups' labels, and the large countries around.
    expect(ids).toEqual(expect.arrayContaining(["party-group-a", "party-group-b", "country-UKR", "country-FRA"]));
    expect(ids).not.toContain("country-USA");
    for (const b of boxes) {
      expect(b.left, b.id).toBeGreaterThanOrEqual(0);
      expect(b.top, b.id).toBeGreaterThanOrEqual(0);
      expect(b.left + b.width, b.id).toBeLessThanOrEqual(CANVAS.width);
      expect(b.top + b.height, b.id).toBeLessThanOrEqual(CANVAS.height);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(meet(boxes[i]!, boxes[j]!), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
  });

  it("leaves out names that would sit under an overlay marked data-keep-out", async () => {
    const r = rig(1);
    const views = [view(separate)];
    addLabelElements(r, views, SIZE);
    const frame = r.frames[0]!;
    const stage = document.createElement("main");
    stage.className = "stage";
    frame.replaceWith(stage);
    stage.append(frame);
    const legend = document.createElement("div");
    legend.setAttribute("data-keep-out", "");
    stage.append(legend);
    // jsdom does no layout: the frame fills the canvas, the legend takes its left half.
    frame.getBoundingClientRect = () => new DOMRect(0, 0, CANVAS.width, CANVAS.height);
    legend.getBoundingClientRect = () => new DOMRect(0, 0, CANVAS.width / 2, CANVAS.height);
    const renderer = await create(scene(r, views, { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const boxes = shownBoxes(r, 0, SIZE);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b.left, b.id).toBeGreaterThanOrEqual(CANVAS.width / 2);
  });

  it("hides every name from the far side of the globe", async () => {
    const r = rig(1);
    const views = [view(separate)];
    addLabelElements(r, views, SIZE);
    const renderer = await create(scene(r, views, { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    expect(shownBoxes(r, 0, SIZE).map((b) => b.id)).toEqual(expect.arrayContaining(["party-group-a", "country-UKR"]));
    await renderer.update(scene(r, views, { reducedMotion: true, target: { key: "far side", at: { lon: -158, lat: -50, distance: 3 } } }));
    await renderer.advanceFrames(1, 1 / 60);
    const shown = shownBoxes(r, 0, SIZE).map((b) => b.id);
    for (const id of ["party-group-a", "party-group-b", "country-POL", "country-DEU", "country-UKR", "country-FRA"]) expect(shown).not.toContain(id);
  });
});

describe("the drawn report", () => {
  const nextAnimationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

  it("comes once nothing moves and the last frame is drawn, naming the screen and camera target drawn", async () => {
    const r = rig(1);
    const start = [view(separate)];
    const renderer = await create(scene(r, start));
    await renderer.advanceFrames(1, 1 / 60);
    // The opening view is framed by a cut: it comes to rest at once, and its report comes in the next frame.
    await nextAnimationFrame();
    expect(r.drawn).toEqual([{ key: start[0]!.key, camera: "start" }]);
    const next = [view(joint)];
    await renderer.update(scene(r, next));
    r.drawn.length = 0;
    await renderer.advanceFrames(3, 1 / 30);
    await nextAnimationFrame();
    expect(r.drawn).toEqual([]);
    // The colour transition (0.6 s) and the opening flight are over after 2 s of frames; one more idle frame reports it.
    await renderer.advanceFrames(60, 1 / 30);
    await renderer.advanceFrames(1, 1 / 30);
    await nextAnimationFrame();
    expect(r.drawn).toEqual([{ key: next[0]!.key, camera: "start" }]);
  });

  it("follows a new camera target: the report names it only after the flight", async () => {
    const r = rig(1);
    const views = [view(separate)];
    const renderer = await create(scene(r, views));
    await renderer.advanceFrames(80, 1 / 30);
    await nextAnimationFrame();
    expect(r.drawn.at(-1)).toEqual({ key: views[0]!.key, camera: "start" });
    await renderer.update(scene(r, views, { target: { key: "east", at: { lon: 100, lat: 30, distance: 3 } } }));
    const before = r.drawn.length;
    await renderer.advanceFrames(3, 1 / 30);
    await nextAnimationFrame();
    expect(r.drawn).toHaveLength(before);
    await renderer.advanceFrames(80, 1 / 30);
    await nextAnimationFrame();
    expect(r.drawn.at(-1)).toEqual({ key: views[0]!.key, camera: "east" });
  });
});

describe("names after a change of language", () => {
  it("are placed anew in a frame of their own, though the colours stay", async () => {
    const r = rig(1);
    const en = view(separate);
    addLabelElements(r, [en], { width: 48, height: 14 });
    const renderer = await create(scene(r, [en], { reducedMotion: true }));
    await renderer.advanceFrames(1, 1 / 60);
    const invalidate = vi.fn();
    r.store!.setState({ invalidate });
    // (The scene's hooks take the new function once.)
    await renderer.update(scene(r, [en], { reducedMotion: true }));
    invalidate.mockClear();
    // The same view again asks for no frame.
    await renderer.update(scene(r, [en], { reducedMotion: true }));
    expect(invalidate).not.toHaveBeenCalled();
    // The same colours (same key), other names, as the screen gives them in another language: a frame.
    const ru: SceneView = { ...en, labels: globeLabels(separate, null, geography, "ru") };
    await renderer.update(scene(r, [ru], { reducedMotion: true }));
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});

describe("borders and coastlines", () => {
  it("are one device pixel wide on a screen of low density, and drawn at their width in pixels, scaled with the image, in exports", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view(separate)]));
    const gl = r.gl!;
    const object = (name: string) => renderer.scene.find((n) => n.instance.name === name).instance as Object3D & { material: { linewidth?: number } };
    const passes: { thin: boolean; fat: boolean; width: number | undefined }[] = [];
    const render = gl.render.bind(gl);
    vi.spyOn(gl, "render").mockImplementation((s, camera) => {
      passes.push({ thin: object("borders-thin").visible, fat: object("borders-fat").visible, width: object("borders-fat").material.linewidth });
      render(s, camera);
    });
    await renderer.advanceFrames(1, 1 / 60);
    expect(passes).toEqual([{ thin: true, fat: false, width: LINE_WIDTH.border }]);
    expect(object("coastlines-thin").visible).toBe(true);

    passes.length = 0;
    // (The mock context reports no texture limit.)
    gl.capabilities.maxTextureSize = 16384;
    r.api.current!.render({ scale: 3 }, false);
    // The export's pass, then the screen drawn again.
    expect(passes).toEqual([
      { thin: false, fat: true, width: expect.closeTo(LINE_WIDTH.border * 3, 6) },
      { thin: true, fat: false, width: LINE_WIDTH.border },
    ]);
  });
});
