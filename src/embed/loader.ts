/**
 * embed.js, the loader a host page includes to embed the globe (built as a plain script with no imports, see
 * src/build/embedLoader.ts; it runs in the HOST page, under the host's rules, never the globe's):
 *
 *   <div data-proposal-globe="?brief=may-2011" data-title="Missile defence talks, May 2011">
 *     <a href="https://news.example/globe/?brief=may-2011">Missile defence talks, May 2011 (interactive globe)</a>
 *   </div>
 *   <script src="https://news.example/globe/embed.js" async></script>
 *
 * Each placeholder's link is replaced by a titled frame of the globe beside the script (placeholder.ts), whose
 * height follows the globe's `resize` events. A placeholder with a bad view keeps its link, with a warning in the
 * console. `window.proposalGlobe.load(root)` loads placeholders added to the page later and gives their frames;
 * the frame of a placeholder is its only `iframe`, through which the page can post `show` commands.
 */
import { globeHeight } from "./embedHeight";
import { readPlaceholder } from "./placeholder";
import { readResizeEvent } from "./sizeMessages";

interface ProposalGlobe {
  /** Makes the frames of the placeholders in `root` (the page by default) that have none yet; gives them. */
  load(root?: ParentNode): HTMLIFrameElement[];
}

declare global {
  interface Window {
    proposalGlobe?: ProposalGlobe;
  }
}

/** What a placeholder's `data-proposal-globe-state` says once it has been read: it has its frame, or it keeps its link. */
const STATE = "proposalGlobeState";
/** The frame's height before the globe says what it needs: its globe and about what lies around it. */
const AROUND = 100;

function start(scriptSrc: string): ProposalGlobe {
  const globeOrigin = new URL(scriptSrc).origin;
  const frames = new Set<HTMLIFrameElement>();

  window.addEventListener("message", (e) => {
    if (e.origin !== globeOrigin) return;
    const height = readResizeEvent(e.data);
    if (height === null) return;
    for (const frame of frames) if (frame.contentWindow === e.source) frame.style.height = `${height}px`;
  });

  const make = (placeholder: HTMLElement): HTMLIFrameElement | undefined => {
    const read = readPlaceholder(
      { view: placeholder.dataset.proposalGlobe ?? "", title: placeholder.dataset.title ?? null, text: placeholder.textContent ?? "" },
      scriptSrc,
      location.origin,
    );
    if (!read.ok) {
      placeholder.dataset[STATE] = "link";
      console.warn(`Proposal globe: ${read.problem}; the placeholder's link is left in place.`);
      return undefined;
    }
    const frame = document.createElement("iframe");
    frame.src = read.src;
    frame.title = read.title;
    frame.loading = "lazy";
    frame.style.cssText = `display:block;width:100%;border:0;height:${globeHeight(placeholder.clientWidth, 1) + AROUND}px`;
    placeholder.replaceChildren(frame);
    placeholder.dataset[STATE] = "frame";
    frames.add(frame);
    return frame;
  };

  return {
    load(root: ParentNode = document) {
      const found = [...root.querySelectorAll<HTMLElement>("[data-proposal-globe]")];
      if (root instanceof HTMLElement && root.matches("[data-proposal-globe]")) found.unshift(root);
      return found.filter((p) => !p.dataset[STATE]).flatMap((p) => make(p) ?? []);
    },
  };
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) {
  const globe = start(script.src);
  // The first copy of the script on a page is the one the page calls; a second (two embeds pasted) loads what it finds.
  window.proposalGlobe ??= globe;
  globe.load();
  // An async script may run before the rest of the page is parsed.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => globe.load());
} else {
  console.warn("Proposal globe: embed.js must be included with <script src=…> (not as a module, nor inline) to find the globe beside it.");
}
