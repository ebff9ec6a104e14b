import type { IsoDate } from "../data/dates";
import type { Briefing, BriefingStep } from "../model/briefingSchema";
import type { Contention, Context } from "../model/contextSchema";
import type { Emphasis } from "../model/emphasis";
import type { LegendEntry } from "../model/legend";
import type { ResolvedModel } from "../model/resolve";
import type { Model } from "../model/schema";
import type { Site } from "../model/siteSchema";
import type { CameraAt } from "../state/viewState";
import type { Theme } from "../theme";
import type { GlobeLabel } from "./globeLabels";
import type { PublicationDetails } from "./publicationDetails";
import type { Subject } from "./framing";
import type { SchematicInset } from "./schematicInset";

/** What the files on hand offer: the proposals, the briefings, the context files and the site file, all validated. */
export interface Catalogue {
  models: readonly Model[];
  briefings: readonly Briefing[];
  contexts: readonly Context[];
  /** The site file (credit, byline, notes, date of revision), the CREDIT build option applied (see model/siteCredit.ts); none when absent. */
  site?: Site | null;
}

/** One globe of the screen, with everything its renderers draw, ready-made. */
export interface ScreenGlobe {
  /** Changes exactly when what the globe draws changes: its model, date, emphasis and colour scheme. */
  key: string;
  resolved: ResolvedModel;
  emphasis: Emphasis;
  /** The palette texture's data (see model/palette.ts): the WebGL and SVG renderers draw the same colours from it. */
  palette: Uint8Array;
  /** The date its countries and borders are drawn as of. */
  date: IsoDate;
  /** Who each land piece's borders are drawn for on that date (its country; "UKR/RUS" for land held without recognition). */
  borderOwners: readonly string[];
  /** The names it may write (parties, countries, seas), most important first; placed when drawn (see chooseLabels). */
  labels: readonly GlobeLabel[];
  /** The proposal's title, in the screen's language. */
  title: string;
  /** Its heading over the globe, when more than one globe is shown. */
  heading?: string;
  /** The text alternative of the picture. */
  description: string;
  /**
   * The proposal's nodes and links as a schematic for a corner of the globe's frame, in screen space and never at
   * a place (see schematicInset.ts); null when the proposal has no nodes.
   */
  inset: SchematicInset | null;
}

/** A notice on screen, in the screen's language. */
export interface ScreenNotice {
  id: string;
  kind: "error" | "warning" | "info";
  text: string;
}

/** Where the cameras go; a new key starts a flight (a cut with reduced motion). */
export interface CameraTarget {
  key: string;
  /** Where the view's camera is written to stand (a model's view, a step's camera, the reader's), for a square frame. */
  at: CameraAt;
  /**
   * What the cameras frame, whole, in the part of each frame that no overlay takes (see screen/subject.ts); the
   * window of `at` when absent.
   */
  subject?: Subject;
}

/** Everything the page shows for a view, in one language: the pure result of `screenFor`. */
export interface Screen {
  /** Changes exactly when the globes' pictures change (with the colour scheme too, not with the language or the camera). */
  key: string;
  /** The kind of view (see screen/kinds/): "proposal", "comparison", "briefing", "point". */
  kind: string;
  /** The colours everything on screen is drawn in (and its exports): the scheme the view asks for, resolved. */
  theme: Theme;
  globes: ScreenGlobe[];
  /** More than one globe side by side. */
  comparison: boolean;
  mode: "full" | "differences";
  briefing?: Briefing;
  step?: BriefingStep;
  /** Index of the step, from 0. */
  stepIndex?: number;
  point?: Contention;
  camera: CameraTarget;
  title: string;
  /** What a screen reader hears when the view changes. */
  announcement: string;
  legend: LegendEntry[];
  /** The legend's heading, when it lists differences only. */
  legendHeading?: string;
  /** "Sources: …" for the proposals shown, as exported images print it. */
  sourceSummary: string;
  /** File name of exports, without extension. */
  fileStem: string;
  notices: ScreenNotice[];
  /** What the desk prints under the graphic (the site file's credit, date of revision and notes), in the screen's language. */
  details: PublicationDetails;
}
