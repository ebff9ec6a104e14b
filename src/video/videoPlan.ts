import { flightPath, type FlightPath } from "../geo/flight";
import type { Lang } from "../i18n/lang";
import { lonLatToXyz } from "../geo/lonLatToXyz";
import type { Rect } from "../scene/exportViews";
import { frameSubject, windowSubject, type Framing, type Subject } from "../screen/framing";
import type { Screen } from "../screen/types";
import type { ImageText } from "../ui/composeImage";
import { insetTexts, placeInset, type PlacedInset } from "../ui/drawInset";
import { boxesOver, layoutFrame, type FrameLayout, type FrameText, type Measure } from "../ui/exportLayout";
import { exportText } from "../ui/exports";
import type { Insets } from "../ui/exportLayout";
import { TURN_DEGREES, type Timeline } from "./timeline";

/** One globe of a step's frames: where it is drawn, where its camera comes from and goes, its colours before and after. */
export interface PlannedView {
  rect: Rect;
  from: Framing;
  to: Framing;
  /** The camera's way from `from` to `to` (see geo/flight.ts). */
  path: FlightPath;
  fromPalette: Uint8Array;
  toPalette: Uint8Array;
  date: string;
}

/** A step of the video laid out once: its frame's layout and words, its globes. */
export interface PlannedStep {
  screen: Screen;
  layout: FrameLayout;
  text: ImageText;
  frameText: FrameText;
  insets: (PlacedInset | null)[];
  views: PlannedView[];
}

const subjectOf = (screen: Screen): Subject => screen.camera.subject ?? windowSubject(screen.camera.at);

/**
 * Lays out each step's frames for a video format: the still export's layout for that frame (with a band of
 * `captionLines` for burned-in captions; `bare`, without the headline, date, note, source and credit), each globe's framing of its step's subject in its rectangle and of the previous step's (or,
 * for a single view's turn, of the subject turned away), and the palettes it blends between. Plain data, made once.
 */
export function planVideo(
  screens: readonly Screen[],
  timeline: Timeline,
  frame: { width: number; height: number; safe?: Insets },
  lang: Lang,
  measure: Measure,
  options: { captionLines?: number; turn?: boolean; bare?: boolean } = {},
): PlannedStep[] {
  const { captionLines = 0, turn = false, bare = false } = options;
  return screens.map((screen, i) => {
    const words = exportText(screen, lang);
    const text = words.text;
    // Bare: the globes, their headings and the legend only (the handout prints the words beside the picture).
    const frameText: FrameText = bare ? { ...words.frameText, headline: "", date: "", note: "", source: "", credit: null } : words.frameText;
    const layout = layoutFrame(frame.width, frame.height, screen.globes.length, frameText, measure, { safe: frame.safe, captionLines });
    const insets = layout.globes.map((rect, g) => placeInset(text.insets[g] ?? null, rect, layout.k, layout.headings[g] ? [layout.headings[g]!.rect] : [], true));
    const prev = screens[i - 1];
    const step = timeline.steps[i]!;
    const here = subjectOf(screen);
    const before = step.move > 0 ? (turn ? { ...here, lon: here.lon - TURN_DEGREES } : prev ? subjectOf(prev) : here) : here;
    const views = layout.globes.map((rect, g): PlannedView => {
      const boxes = boxesOver(rect, [layout.headings[g]?.rect ?? null, insets[g]?.rect ?? null]);
      const to = frameSubject(here, rect.width, rect.height, boxes);
      const from = frameSubject(before, rect.width, rect.height, boxes);
      const globe = screen.globes[g]!;
      const earlier = step.fade > 0 ? prev?.globes[g] : undefined;
      return {
        rect,
        from,
        to,
        path: flightPath(lonLatToXyz(from.at.lon, from.at.lat, from.at.distance), lonLatToXyz(to.at.lon, to.at.lat, to.at.distance)),
        fromPalette: earlier?.palette ?? globe.palette,
        toPalette: globe.palette,
        date: globe.date,
      };
    });
    return { screen, layout, text, frameText, insets, views };
  });
}

/** Every text a video's frames write (to load the fonts' faces for them first). */
export function plannedTexts(steps: readonly PlannedStep[], captions: readonly string[]): string[] {
  return [
    ...captions,
    ...steps.flatMap(({ text, frameText }) => [frameText.headline, frameText.date, ...frameText.headings, ...text.legend.map((e) => e.text), text.note, text.source, frameText.credit ?? "", ...text.labels.flat().map((l) => l.text), ...insetTexts(text.insets)]),
  ];
}
