/**
 * The bodies of the side panel's closed sections: one chunk, fetched when the page is
 * idle after it is ready, or at once on a section's first use (lazySections.tsx). Nothing on the first view's
 * path imports this file; the embed, which has no panel, never fetches it.
 */
export { ContentionPanel } from "./ContentionPanel";
export { PeoplePanel } from "./PeoplePanel";
export { SharePanel } from "./SharePanel";
export { SourcesPanel } from "./SourcesPanel";
export { TextView } from "./TextView";
export { TimelinePanel } from "./TimelinePanel";
export { VideoPanel } from "./VideoPanel";
