import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "@fontsource/ibm-plex-sans/400-italic.css";
import { DEFAULT_LANG, isLang, type Lang } from "../i18n/lang";
import { schemeOf } from "../theme";
import { applyPageScheme, systemScheme, themeInQuery, watchSystemScheme } from "../ui/pageScheme";
import type { Briefing } from "../model/briefingSchema";
import { withCredit } from "../model/siteCredit";
import type { Site } from "../model/siteSchema";
import { CREDIT } from "../ui/exportPresets";
import catalogue from "virtual:globe-models";
import { embedSrc } from "./embedSrc";
import { linkEmbed } from "./embedLink";
import { followSteps } from "./followSteps";
import { renderStory, renderStoryProblems } from "./renderStory";
import { storyContent } from "./storyContent";
import { pickStoryBriefing, type StoryBriefingLoad } from "./storyBriefing";
import "./story.css";

// The story page: the briefing's steps as text, the embedded globe following them as they reach the middle of the
// screen. The build validated the briefing with models/ when it was made (build/preparedModels.ts); `npm start`
// loads and validates it in the page as the app does, and if it does not load, the page says why.
const wanted = new URLSearchParams(location.search).get("lang");
const lang = wanted !== null && isLang(wanted) ? wanted : DEFAULT_LANG;
// The page's colours: the theme its address sets, else the system's scheme, followed as it changes (the embedded
// globe is given the same theme, and without one follows the system too).
const theme = themeInQuery(location.search);
const followScheme = () => applyPageScheme(schemeOf(theme, systemScheme()));
followScheme();
if (theme === "auto") watchSystemScheme(followScheme);
const root = document.getElementById("story")!;
const loading: Promise<StoryBriefingLoad> = import.meta.env.DEV
  ? import("./loadStoryBriefing").then((m) => m.loadBundledStoryBriefing())
  : Promise.resolve(pickStoryBriefing(catalogue!));
void loading.then((loaded) => (loaded.ok ? tellStory(loaded.briefing, loaded.site, lang) : renderStoryProblems(root, lang, loaded.errors, theme)));

function tellStory(briefing: Briefing, site: Site | null, lang: Lang): void {
  // The credit given when building takes the place of the site file's, as in the app.
  const content = storyContent(briefing, lang, withCredit(site, CREDIT));
  const { frame, globe: pinned, blocks } = renderStory(root, content, embedSrc(content.briefing, location.origin, lang, theme), theme);
  const globe = linkEmbed(frame, location.origin);

  let current = 1;
  const onStep = (n: number) => {
    for (const block of blocks) {
      if (block.dataset.step === String(n)) block.setAttribute("aria-current", "step");
      else block.removeAttribute("aria-current");
    }
    if (n === current) return;
    current = n;
    globe.show({ type: "show", brief: content.briefing, step: n });
  };

  // On a phone the globe is pinned above the text (story.css): steps are followed in the part of the screen below
  // it. The step is measured again after every scroll, resize or change of layout (followSteps), so it is right
  // after a jump as after a slow scroll.
  const phone = matchMedia("(max-width: 760px)");
  const covered = () => (phone.matches ? Math.max(0, pinned.getBoundingClientRect().bottom) : 0);
  followSteps(blocks, onStep, covered);

  // A link to a step (story.html#step-4) opens the story there, where the step is followed (its scroll margin in
  // story.css); the text is written after the browser first looked for it.
  const target = location.hash ? document.getElementById(decodedFragment(location.hash.slice(1))) : null;
  if (target?.dataset.step) target.scrollIntoView({ block: "start" });
}

/** A fragment as written in the address, decoded where it can be (a malformed escape such as "%ZZ" stays as it is). */
function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
