import { lazy } from "react";

type Sections = typeof import("./panelSections");

let sections: Promise<Sections> | undefined;

/** Fetches the chunk of the panel's closed sections (panelSections.ts), once; every later call gets the same promise. */
export function loadSections(): Promise<Sections> {
  sections ??= import("./panelSections");
  return sections;
}

/** The sections' bodies as components that fetch the chunk when first rendered (all of them share it). */
export const ContentionPanel = lazy(() => loadSections().then((m) => ({ default: m.ContentionPanel })));
export const TimelinePanel = lazy(() => loadSections().then((m) => ({ default: m.TimelinePanel })));
export const PeoplePanel = lazy(() => loadSections().then((m) => ({ default: m.PeoplePanel })));
export const TextView = lazy(() => loadSections().then((m) => ({ default: m.TextView })));
export const SourcesPanel = lazy(() => loadSections().then((m) => ({ default: m.SourcesPanel })));
export const SharePanel = lazy(() => loadSections().then((m) => ({ default: m.SharePanel })));
export const VideoPanel = lazy(() => loadSections().then((m) => ({ default: m.VideoPanel })));
