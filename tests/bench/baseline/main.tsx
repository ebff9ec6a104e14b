/**
 * Baseline for the benchmark: the countries of world-atlas's countries-50m.json drawn with react-globe.gl
 * as its documentation shows (polygonsData with cap, side and stroke colours), coloured like the app's
 * two proposals, with a button that swaps the colouring. Exposes what the bench reads: window.__globe and
 * performance.mark("globe:coloured") on the first frame that shows each new colouring.
 */
import { StrictMode, useCallback, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import Globe, { type GlobeMethods } from "react-globe.gl";
import type { Mesh, MeshBasicMaterial, Object3D, Scene } from "three";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Feature } from "geojson";
import atlasUrl from "world-atlas/countries-50m.json?url";
import type { Colourings } from "./makeColourings";

type Country = Feature & { properties: { name: string } };

/** The app's starting view (lon 22, lat 50, camera 2.7 globe radii from the centre). */
const START_VIEW = { lat: 50, lng: 22, altitude: 1.7 };
const SIDE_COLOUR = "rgba(0, 0, 0, 0.15)";
const STROKE_COLOUR = "#4a525c";

type PolygonObject = Object3D & { __globeObjType?: string; __data?: { data?: unknown } };

/** Every polygon object three-globe has put in the scene. */
function polygonObjects(scene: Scene): PolygonObject[] {
  const found: PolygonObject[] = [];
  scene.traverse((o) => {
    if ((o as PolygonObject).__globeObjType === "polygon") found.push(o as PolygonObject);
  });
  return found;
}

/** Draw calls of the visible polygon caps and sides: one per geometry group of each polygon's mesh. */
function areaDrawCalls(scene: Scene): number {
  let calls = 0;
  for (const group of polygonObjects(scene)) {
    if (!group.visible) continue;
    const mesh = group.children[0] as Mesh | undefined;
    if (!mesh?.visible || !mesh.geometry) continue;
    calls += Math.max(1, mesh.geometry.groups.length);
  }
  return calls;
}

function App({ countries, colourings }: { countries: Country[]; colourings: Colourings }) {
  const globe = useRef<GlobeMethods | undefined>(undefined);
  const [which, setWhich] = useState(0);
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  const capColour = useCallback((d: object) => colourings.colours[(d as Country).properties.name]?.[which] ?? colourings.land, [colourings, which]);

  // A country whose colour differs between the colourings: its cap shows when a colouring has been applied.
  const probe = useRef<{ country: Country | undefined; object: PolygonObject | undefined }>({ country: undefined, object: undefined });
  probe.current.country ??= countries.find((c) => {
    const v = colourings.colours[c.properties.name];
    return v !== undefined && v[0] !== v[1];
  });

  // On each new colouring: mark the first animation frame in which the polygons carry it.
  useEffect(() => {
    if (!ready) return;
    const g = globe.current;
    if (!g) return;
    const scene = g.scene();
    const expected = (probe.current.country ? (colourings.colours[probe.current.country.properties.name]?.[which] ?? colourings.land) : colourings.land).slice(1).toLowerCase();
    let frame = 0;
    const check = () => {
      let object = probe.current.object;
      if (!object || !object.parent) {
        object = polygonObjects(scene).find((o) => o.__data?.data === probe.current.country);
        probe.current.object = object;
      }
      const mesh = object?.children[0] as Mesh | undefined;
      const materials = mesh?.material as MeshBasicMaterial[] | undefined;
      const cap = materials?.[materials.length - 1];
      if (cap && cap.color.getHexString() === expected) {
        performance.mark("globe:coloured");
        return;
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [ready, which, colourings]);

  const onGlobeReady = useCallback(() => {
    const g = globe.current;
    if (!g) return;
    g.pointOfView(START_VIEW, 0);
    const scene = g.scene();
    (window as unknown as { __globe: unknown }).__globe = { renderer: g.renderer(), scene, areaDrawCalls: () => areaDrawCalls(scene) };
    setReady(true);
  }, []);

  return (
    <>
      <button id="swap" type="button" onClick={() => setWhich((w) => (w + 1) % colourings.proposals.length)}>
        Swap ({colourings.proposals[which]})
      </button>
      <Globe
        ref={globe}
        width={size.width}
        height={size.height}
        backgroundColor="#eef1f4"
        polygonsData={countries}
        polygonCapColor={capColour}
        polygonSideColor={() => SIDE_COLOUR}
        polygonStrokeColor={() => STROKE_COLOUR}
        polygonsTransitionDuration={0}
        onGlobeReady={onGlobeReady}
      />
    </>
  );
}

async function main() {
  const [topology, colourings] = await Promise.all([
    fetch(atlasUrl).then((r) => r.json() as Promise<Topology>),
    fetch("./colourings.json").then((r) => r.json() as Promise<Colourings>),
  ]);
  const countries = (feature(topology, topology.objects.countries!) as unknown as { features: Country[] }).features;
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App countries={countries} colourings={colourings} />
    </StrictMode>,
  );
}

void main();
