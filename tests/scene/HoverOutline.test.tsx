import { useThree } from "@react-three/fiber";
import { Vector3, type Object3D, type Scene, type WebGLRenderer } from "three";
import type { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CANVAS, create, frameAt } from "./sceneRenderer";
import { OUTLINE_LAYER, type Geography } from "../../src/data/geography";
import { borderOwnerAt } from "../../src/data/pieces";
import { prepareGeography } from "../../src/data/prepareGeography";
import { areaOutline } from "../../src/geo/areaOutline";
import { GlobeScene, type GlobeApi, type SceneView } from "../../src/scene/GlobeScene";
import { HoverOutline, OUTLINE_WIDTH } from "../../src/scene/HoverOutline";
import type { SceneContext } from "../../src/scene/sceneContext";
import { createHoverStore, type HoverStore } from "../../src/ui/hoverStore";
import { LIGHT } from "../../src/theme";

/*
 * The hover outline under @react-three/test-renderer (a mock WebGL context: nothing is drawn; frames run only
 * through advanceFrames). As in Globe.test.tsx, frame elements are given a size, and gl.render is observed to see
 * what each pass draws. The views are made here from the real geography and the border owners of a date, with no
 * model: the outline depends only on who holds each piece on that date.
 */

const AT = { lon: 31, lat: 49, distance: 2.7 }; // over Ukraine

let geography: Geography;
beforeAll(() => void (geography = prepareGeography()), 240_000);

const piece = (key: string) => geography.atlas.pieces.find((p) => p.key === key)!.index;
const ownersOn = (date: string) => geography.atlas.pieces.map((p) => borderOwnerAt(p, geography.ref, date));
const owners2011 = () => ownersOn("2011-05-03");
function view(date: string, owners: readonly string[] = ownersOn(date)): SceneView {
  return { key: date, palette: new Uint8Array(geography.paletteWidth * 2 * 4), date, borderOwners: owners, labels: [] };
}

interface Rig {
  frames: HTMLElement[];
  hover: HoverStore;
  api: { current: GlobeApi | null };
  three: { gl: WebGLRenderer; scene: Scene } | null;
}
function rig(count: 1 | 2): Rig {
  const frames = count === 1 ? [frameAt(0, CANVAS.width, CANVAS.height)] : [frameAt(0, CANVAS.width / 2, CANVAS.height), frameAt(CANVAS.width / 2, CANVAS.width / 2, CANVAS.height)];
  return { frames, hover: createHoverStore(), api: { current: null }, three: null };
}

function Grab({ rig: r }: { rig: Rig }) {
  const { gl, scene } = useThree();
  r.three = { gl, scene };
  return null;
}

function scene(r: Rig, views: SceneView[]) {
  return (
    <>
      <GlobeScene
        geography={geography}
        views={views}
        screenKey={views.map((v) => v.key).join("|")}
        linked
        frames={r.frames}
        labelElements={views.map(() => new Map())}
        target={{ key: "start", at: AT }}
        reducedMotion
        onCameraRest={() => {}}
        onDrawn={() => {}}
        api={r.api}
        hover={r.hover}
        theme={LIGHT}
      />
      <Grab rig={r} />
    </>
  );
}


const outlineIn = (r: Rig) => r.three!.scene.getObjectByName("hover-outline") as LineSegments2 | undefined;
const hoverOn = (r: Rig, view: number, area: number, clientX = 100) => r.hover.set({ view, area, clientX, clientY: 100 });
/** The outline's segments' ends, as the geometry holds them. */
function ends(line: LineSegments2): Vector3[] {
  const start = line.geometry.getAttribute("instanceStart");
  const out: Vector3[] = [];
  for (let i = 0; i < start.count; i++) out.push(new Vector3(start.getX(i), start.getY(i), start.getZ(i)));
  return out;
}

describe("the hover outline", () => {
  it("outlines Ukraine, Crimea included in 2011, when the hover is on a piece of it, and goes, its geometry disposed, when the hover is cleared", async () => {
    const r = rig(1);
    await create(scene(r, [view("2011-05-03")]));
    expect(outlineIn(r)).toBeUndefined();

    hoverOn(r, 0, piece("UKR"));
    const line = outlineIn(r)!;
    expect(line).toBeDefined();
    expect((line as { isLineSegments2?: boolean }).isLineSegments2).toBe(true);
    const expected = areaOutline(geography.lines, owners2011(), piece("UKR")).length / 4;
    expect(expected).toBeGreaterThan(100);
    expect(line.geometry.instanceCount).toBe(expected);
    // Above the borders, every end.
    for (const p of ends(line)) expect(p.length()).toBeCloseTo(OUTLINE_LAYER.land, 5);

    const disposed = vi.fn();
    line.geometry.addEventListener("dispose", disposed);
    r.hover.set(null);
    expect(outlineIn(r)).toBeUndefined();
    expect(line.parent).toBeNull();
    expect(disposed).toHaveBeenCalledTimes(1);
  });

  it("is the same outline for either piece of Ukraine, and is not rebuilt while the pointer moves within it", async () => {
    const r = rig(1);
    await create(scene(r, [view("2011-05-03")]));
    hoverOn(r, 0, piece("UKR"), 100);
    const first = outlineIn(r)!;
    hoverOn(r, 0, piece("UKR"), 140);
    expect(outlineIn(r)).toBe(first);
    hoverOn(r, 0, piece("RUS/crimea"), 160);
    const crimea = outlineIn(r)!;
    expect(crimea).not.toBe(first);
    expect(first.parent).toBeNull();
    expect(crimea.geometry.instanceCount).toBe(first.geometry.instanceCount);
  });

  it("follows the date: Crimea held without recognition (2015) is outlined apart, and Ukraine's outline loses it", async () => {
    const r = rig(1);
    const renderer = await create(scene(r, [view("2011-05-03")]));
    hoverOn(r, 0, piece("UKR"));
    const in2011 = outlineIn(r)!.geometry.instanceCount;
    await renderer.update(scene(r, [view("2015-01-01")]));
    const in2015 = outlineIn(r)!.geometry.instanceCount;
    expect(in2015).toBe(areaOutline(geography.lines, ownersOn("2015-01-01"), piece("UKR")).length / 4);
    expect(in2015).toBeLessThan(in2011);
  });

  it("outlines a sea from the sea fill, below the land", async () => {
    const r = rig(1);
    await create(scene(r, [view("2011-05-03")]));
    const black = geography.landCount + geography.ref.seas.findIndex((s) => s.id === "black");
    hoverOn(r, 0, black);
    const line = outlineIn(r)!;
    expect(line.geometry.instanceCount).toBe(areaOutline(geography.seaLines(), owners2011(), black).length / 4);
    expect(line.geometry.instanceCount).toBeGreaterThan(10);
    for (const p of ends(line)) expect(p.length()).toBeCloseTo(OUTLINE_LAYER.sea, 5);
  });

  it("outlines nothing over open ocean, or for a view that is not shown", async () => {
    const r = rig(1);
    await create(scene(r, [view("2011-05-03")]));
    hoverOn(r, 0, -1);
    expect(outlineIn(r)).toBeUndefined();
    hoverOn(r, 1, piece("UKR"));
    expect(outlineIn(r)).toBeUndefined();
  });

  it("is drawn only in the hovered view's pass, with its width and resolution for that view's viewport, and never in an image export", async () => {
    const r = rig(2);
    const renderer = await create(scene(r, [view("2011-05-03"), view("2011-05-03")]));
    hoverOn(r, 1, piece("UKR"));
    const line = outlineIn(r)!;
    const passes: { visible: boolean; width: number; resolution: [number, number] }[] = [];
    const gl = r.three!.gl;
    const render = gl.render.bind(gl);
    vi.spyOn(gl, "render").mockImplementation((s: Object3D, camera) => {
      passes.push({ visible: line.visible, width: line.material.linewidth, resolution: [line.material.resolution.x, line.material.resolution.y] });
      render(s, camera);
    });
    await renderer.advanceFrames(1, 1 / 60);
    expect(passes.map((p) => p.visible)).toEqual([false, true]);
    expect(passes[1]).toEqual({ visible: true, width: OUTLINE_WIDTH, resolution: [CANVAS.width / 2, CANVAS.height] });

    passes.length = 0;
    r.api.current!.render({ scale: 2 }, false);
    // Two passes of the export, then the screen drawn again.
    expect(passes.map((p) => p.visible)).toEqual([false, false, false, true]);
  });
});

describe("HoverOutline on its own", () => {
  it("asks for a frame each time the outline changes, and not while the pointer moves within one area", async () => {
    const hover = createHoverStore();
    const invalidate = vi.fn();
    const ctx = { views: [view("2011-05-03")], hoverOutline: null } as unknown as SceneContext;
    await create(<HoverOutline ctx={ctx} geography={geography} views={ctx.views} hover={hover} theme={LIGHT} invalidate={invalidate} />);
    invalidate.mockClear();
    hover.set({ view: 0, area: piece("UKR"), clientX: 1, clientY: 1 });
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(ctx.hoverOutline?.view).toBe(0);
    hover.set({ view: 0, area: piece("UKR"), clientX: 5, clientY: 1 });
    expect(invalidate).toHaveBeenCalledTimes(1);
    hover.set(null);
    expect(invalidate).toHaveBeenCalledTimes(2);
    expect(ctx.hoverOutline).toBeNull();
  });
});
