import { geoOrthographic, geoPath } from "d3-geo";
import { useMemo, useRef, useState, useSyncExternalStore, type PointerEvent } from "react";
import { bordersBetween, outlineOf } from "../data/atlas";
import { atlasShapes } from "../data/atlasShapes";
import type { Geography } from "../data/geography";
import type { GlobeLabel } from "../screen/globeLabels";
import type { Box } from "../screen/labelPlacement";
import { sphericalPolygon } from "../geo/sphericalRing";
import type { CameraAt } from "../state/viewState";
import { SEA_HATCH_PERIOD, type Theme } from "../theme";
import type { HoverInfo, HoverStore } from "./hoverStore";
import { pointerHover } from "./pointerHover";
import { SvgLabels } from "./SvgLabels";
import { useSvgGlobeTurn } from "./useSvgGlobeTurn";
import { useSvgFrame, useSvgLabelView, type SvgFrame } from "./useSvgLabelView";
import { discRadius, frameSubject, type Subject } from "../screen/framing";

const SIZE = 1000;

interface Props {
  geography: Geography;
  /** The palette the screen made for this globe (the 3D view draws the same one). */
  palette: Uint8Array;
  /** Who each land piece's borders are drawn for, by the 3D globe's piece index (see screen/resolveCache.ts). */
  borderOwners: readonly string[];
  /** Where the globe is seen from, for a download; on screen, `subject` frames it instead. */
  at: CameraAt;
  /**
   * On screen: what the view is about, framed whole in the part of the element that no overlay takes (as the 3D
   * globe's cameras frame it: screen/framing.ts); the globe turns back to it when `targetKey` changes.
   */
  subject?: Subject;
  targetKey?: string;
  index: number;
  description: string;
  title?: string;
  hover?: HoverStore;
  /** The names the globe may write (see screen/globeLabels). */
  labels?: readonly GlobeLabel[];
  /** ViewBox units per CSS pixel for the names; measured from the element on screen when not given. */
  labelUnit?: number;
  /** Parts of the viewBox the names keep clear of, when not measured on screen (an export's headings). */
  keepOut?: readonly Box[];
  /** Cooperative gestures (an embedded globe): fingers turn it only two at a time, one finger scrolls the page (see gestures.ts). */
  cooperative?: boolean;
  /** Off screen (a picture made at build time): the frame `subject` is framed in, in place of the element's measured one. */
  frame?: SvgFrame;
  /** The screen's colours: the ocean, the edge, the borders, the outline and the names (the areas' come with the palette). */
  theme: Theme;
}

const noStore = () => () => {};
/**
 * The hovered area's outline, as the 3D globe draws it (2.5 CSS pixels: see HoverOutline), whatever the globe's
 * size on the page. A sea's is drawn under the land, which hides the parts of its shape that run under the coast.
 */
const OUTLINE_STYLE = { fill: "none", strokeWidth: 2.5, strokeLinejoin: "round", vectorEffect: "non-scaling-stroke", pointerEvents: "none" } as const;

const hex = (p: Uint8Array, i: number) => `#${[p[i]!, p[i + 1]!, p[i + 2]!].map((v) => v.toString(16).padStart(2, "0")).join("")}`;

/**
 * The globe drawn as an SVG orthographic projection (d3-geo), from the same palette as the 3D view: for browsers without WebGL, and for SVG downloads. Drag or arrow keys turn it.
 */
export function SvgGlobe({ geography, palette, borderOwners, at, subject, targetKey, index, description, title, hover, labels, labelUnit, keepOut, cooperative = false, frame: given, theme }: Props) {
  const [rotation, setRotation] = useState<[number, number]>(() => (subject ? [-subject.lon, -subject.lat] : [-at.lon, -at.lat]));
  // A new target (a briefing's next step) turns the globe to its subject.
  const shownTarget = useRef(targetKey);
  if (subject && shownTarget.current !== targetKey) {
    shownTarget.current = targetKey;
    setRotation([-subject.lon, -subject.lat]);
  }
  const svg = useRef<SVGSVGElement>(null);
  // On screen the viewBox is the element's own size in CSS pixels; a download draws a square.
  const measured = useSvgFrame(svg, !!subject && !given) ?? (subject ? given : undefined) ?? null;
  const width = measured?.width ?? SIZE;
  const height = measured?.height ?? SIZE;
  const { scale, centre } = useMemo(() => {
    if (!subject || !measured) return { scale: (SIZE / 2 - 10) * Math.min(1.6, 2.7 / Math.max(1.4, at.distance)), centre: [SIZE / 2, SIZE / 2] as [number, number] };
    const f = frameSubject(subject, measured.width, measured.height, measured.keepOut);
    // The globe as large as the 3D camera standing there shows it (its disc), so the subject lies inside the free part.
    return { scale: discRadius(f.at.distance, measured.height), centre: [f.centre.x, f.centre.y] as [number, number] };
  }, [subject, measured, at.distance]);

  const projection = useMemo(() => geoOrthographic().translate(centre).scale(scale).rotate(rotation).clipAngle(90), [rotation, scale, centre]);
  // A tenth of a viewBox unit is finer than any screen or print shows, and keeps a download small.
  const path = useMemo(() => geoPath(projection).digits(1), [projection]);
  const labelView = useSvgLabelView(projection, rotation, scale, centre, measured ? { unit: 1, keepOut: measured.keepOut } : { unit: labelUnit ?? 1, keepOut: keepOut ?? [] });

  const fills = useMemo(() => {
    const w = geography.paletteWidth;
    const out: { fill: string; stripe?: string; kind?: "hatch" | "stripes" }[] = [];
    for (let i = 0; i < geography.landCount + geography.ref.seas.length; i++) {
      const a = hex(palette, i * 4);
      const b = hex(palette, (w + i) * 4);
      // Row 0's alpha marks a sea's hatch (see model/palette.ts).
      const kind = palette[i * 4 + 3]! < 255 ? "hatch" : "stripes";
      out.push(a === b ? { fill: a } : { fill: a, stripe: b, kind });
    }
    return out;
  }, [palette, geography]);
  const patterns = useMemo(() => {
    const pairs = new Map<string, { kind: string; a: string; b: string }>();
    for (const f of fills) if (f.stripe) pairs.set(`${f.kind}-${f.fill}-${f.stripe}`, { kind: f.kind!, a: f.fill, b: f.stripe });
    return [...pairs.entries()];
  }, [fills]);
  const seas = useMemo(() => geography.ref.seas.map((s) => ({ type: "MultiPolygon" as const, coordinates: s.polygons.map(sphericalPolygon) })), [geography]);
  const shapes = useMemo(() => {
    // The same pieces as the 3D globe's, matched by key so palette entries line up.
    const atlas = atlasShapes(geography.ref);
    const indexOf = new Map(geography.atlas.pieces.map((p) => [p.key, p.index]));
    return { atlas, pieces: atlas.pieces.map((p) => ({ key: p.key, index: indexOf.get(p.key) ?? -1, polygons: p.polygons })).filter((p) => p.index >= 0) };
  }, [geography]);
  // The full-detail shapes are matched to the 3D globe's pieces by key, as their colours are.
  const owners = useMemo(() => {
    const indexOf = new Map(geography.atlas.pieces.map((p) => [p.key, p.index]));
    return shapes.atlas.pieces.map((p) => borderOwners[indexOf.get(p.key) ?? -1] ?? p.country);
  }, [shapes, geography, borderOwners]);
  const borders = useMemo((): GeoJSON.MultiLineString => ({ type: "MultiLineString", coordinates: bordersBetween(shapes.atlas, owners) as unknown as number[][][] }), [shapes, owners]);
  // The area under the pointer in this globe (or last tapped): only a change of area draws the globe again.
  const hoveredArea = () => {
    const h = hover?.get();
    return h && h.view === index ? h.area : -1;
  };
  // (Also drawn to a string for SVG downloads, where nothing is hovered.)
  const hovered = useSyncExternalStore(hover?.subscribe ?? noStore, hoveredArea, hoveredArea);
  const outline = useMemo((): { sea: boolean; shape: GeoJSON.GeometryObject } | null => {
    if (hovered < 0) return null;
    if (hovered >= geography.landCount) {
      const sea = seas[hovered - geography.landCount];
      return sea ? { sea: true, shape: sea } : null;
    }
    // Shapes are in the atlas's own order: the hovered piece is found by key.
    const key = geography.atlas.pieces[hovered]?.key;
    const piece = shapes.atlas.pieces.findIndex((p) => p.key === key);
    return piece < 0 ? null : { sea: false, shape: { type: "MultiLineString", coordinates: outlineOf(shapes.atlas, owners, piece) as unknown as number[][][] } };
  }, [hovered, geography, seas, shapes, owners]);
  // Drawn once per rotation, so that a change of hovered area does not draw every path again.
  const drawn = useMemo(
    () => ({
      seas: seas.map((s) => path(s) ?? ""),
      land: shapes.pieces.map((p) => path({ type: "MultiPolygon", coordinates: p.polygons as unknown as number[][][][] }) ?? ""),
      borders: path(borders as GeoJSON.MultiLineString) ?? "",
    }),
    [path, seas, shapes, borders],
  );
  const fillOf = (i: number) => {
    const f = fills[i]!;
    return f.stripe ? `url(#fill${index}-${f.kind}-${f.fill.slice(1)}-${f.stripe.slice(1)})` : f.fill;
  };

  const toSvg = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = svg.current!.getBoundingClientRect();
    // The viewBox is centred in the element, its aspect kept.
    const k = Math.max(width / Math.max(1, r.width), height / Math.max(1, r.height));
    return [(e.clientX - r.left - (r.width - width / k) / 2) * k, (e.clientY - r.top - (r.height - height / k) / 2) * k];
  };
  // What is under the pointer: pointed at with a mouse, tapped with a finger (see pointerHover).
  const pick = useRef<(e: PointerEvent<SVGSVGElement>) => HoverInfo | null>(() => null);
  pick.current = (e) => {
    const p = projection.invert?.(toSvg(e));
    const area = p ? geography.areas.find(p[0], p[1]) : -1;
    return area >= 0 ? { view: index, area, clientX: e.clientX, clientY: e.clientY } : null;
  };
  const pointer = useMemo(() => hover && pointerHover<PointerEvent<SVGSVGElement>>(hover, (e) => pick.current(e)), [hover]);
  const { dragging, onPointerDown, onPointerMove, onPointerEnd, onKeyDown } = useSvgGlobeTurn({ rotation, setRotation, scale, cooperative, pointer });

  return (
    <svg
      ref={svg}
      className="svg-globe"
      data-view={index}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={description}
      tabIndex={0}
      xmlns="http://www.w3.org/2000/svg"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onPointerLeave={(e) => pointer?.leave(e)}
      onKeyDown={onKeyDown}
    >
      {title && <title>{title}</title>}
      <defs>
        {patterns.map(([key, { kind, a, b }]) => {
          // Land: half-and-half diagonal stripes; a sea: thin level lines of the party's colour (as the 3D globe).
          const w = kind === "hatch" ? SEA_HATCH_PERIOD : 12;
          return (
            <pattern key={key} id={`fill${index}-${key.replace(/#/g, "")}`} width={w} height={w} patternUnits="userSpaceOnUse" patternTransform={`rotate(${kind === "hatch" ? 90 : 45})`}>
              <rect width={w} height={w} fill={a} />
              <rect width={kind === "hatch" ? w * theme.seaHatch : w / 2} height={w} fill={b} />
            </pattern>
          );
        })}
      </defs>
      <path d={path({ type: "Sphere" }) ?? ""} fill={theme.ocean} stroke={theme.coast} strokeWidth={1} />
      <g className="svg-globe__seas">
        {seas.map((_, i) => (
          <path key={geography.ref.seas[i]!.id} d={drawn.seas[i]} fill={fillOf(geography.landCount + i)} />
        ))}
      </g>
      {outline?.sea && <path className="svg-globe__outline" d={path(outline.shape) ?? ""} stroke={theme.outline} {...OUTLINE_STYLE} />}
      <g className="svg-globe__land">
        {shapes.pieces.map((p, i) => (
          <path key={p.key} data-piece={p.key} d={drawn.land[i]} fill={fillOf(p.index)} />
        ))}
      </g>
      <path d={drawn.borders} fill="none" stroke={theme.border} strokeOpacity={0.9} strokeWidth={1.3 * labelView.unit} />
      {outline && !outline.sea && <path className="svg-globe__outline" d={path(outline.shape) ?? ""} stroke={theme.outline} {...OUTLINE_STYLE} />}
      {/* Names are placed when the globe comes to rest: none while it is dragged. */}
      {labels && !dragging && (
        <SvgLabels labels={labels} project={labelView.project} disc={labelView.disc} pxPerRadian={scale} unit={labelView.unit} width={width} height={height} keepOut={labelView.keepOut} theme={theme} />
      )}
    </svg>
  );
}
