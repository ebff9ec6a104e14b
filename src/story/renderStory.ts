import { LANGS, LANG_NAMES, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { ThemeChoice } from "../theme";
import type { StoryContent } from "./storyContent";

/** The parts of the story page that its script drives. */
export interface StoryPage {
  frame: HTMLIFrameElement;
  /** The box the frame is pinned in (above the text on a phone). */
  globe: HTMLElement;
  /** The steps' blocks, in order, each with `data-step` = its number. */
  blocks: HTMLElement[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  el.append(...children);
  return el;
}

/** A page's address with the story's language and theme, each left out at its default. */
function withChoices(page: string, params: Record<string, string>, lang: Lang, theme: ThemeChoice): string {
  const query = new URLSearchParams(params);
  if (lang !== "en") query.set("lang", lang);
  if (theme !== "auto") query.set("theme", theme);
  const s = query.toString();
  return s ? `${page}?${s}` : page;
}

/** "English | Русский": links to the story in each language (in the story's theme), the current one marked. */
function languageLinks(current: Lang, theme: ThemeChoice): HTMLElement {
  const nav = element("nav", { className: "story-lang" });
  nav.setAttribute("aria-label", strings(current).story.language);
  LANGS.forEach((lang, i) => {
    if (i > 0) nav.append(element("span", { className: "story-lang__sep", text: "|" }));
    const link = element("a", { text: LANG_NAMES[lang] });
    link.href = withChoices("story.html", {}, lang, theme);
    link.lang = lang;
    if (lang === current) link.setAttribute("aria-current", "page");
    nav.append(link);
  });
  return nav;
}

/** The footer's lines from the site file: "Updated 1 December 2026 · <credit>", then the notes; nothing without them. */
function publication({ details, lang }: StoryContent): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (details.line) out.push(element("p", { className: "story-details", text: details.line }));
  if (details.notes.length) {
    const list = element("ul", { className: "story-notes" }, ...details.notes.map((n) => element("li", { text: n })));
    list.setAttribute("aria-label", strings(lang).publication.notes);
    out.push(list);
  }
  return out;
}

/**
 * Fills `root` with the story: a header (title, byline, summary, how to read it, the illustrative note), the globe in
 * an iframe of `src`, one block per step, and a footer (the date of revision and the credit, the notes, the note on
 * translations, the link to the full view). All text is set as text, never as markup. Its links keep the story's
 * `theme` when its address sets one.
 */
export function renderStory(root: HTMLElement, content: StoryContent, src: string, theme: ThemeChoice = "auto"): StoryPage {
  const t = strings(content.lang);
  document.documentElement.lang = content.lang;
  document.title = t.story.documentTitle(content.title);

  const skip = element("a", { className: "story-skip", text: t.story.skipGlobe });
  skip.href = "#story-steps";

  const header = element(
    "header",
    { className: "story-head" },
    languageLinks(content.lang, theme),
    element("p", { className: "story-kicker", text: t.story.kicker }),
    element("h1", { text: content.title }),
    ...(content.details.byline ? [element("p", { className: "story-byline", text: content.details.byline })] : []),
    element("p", { className: "story-summary", text: content.summary }),
    element("p", { className: "story-how", text: t.story.howToRead }),
    Object.assign(element("p", { className: "story-note", text: t.note.illustrative }), { role: "note" }),
  );

  const frame = element("iframe", { className: "story-globe__frame" });
  frame.title = t.story.globeTitle(content.title);
  frame.src = src;
  const globe = element("div", { className: "story-globe" }, frame);

  const blocks = content.steps.map((step) => {
    const block = element(
      "li",
      { className: "story-step" },
      element("p", { className: "story-step__label", text: step.label }),
      element("h2", { className: "story-step__title", text: step.title }),
      element("p", { className: "story-step__caption", text: step.caption }),
      element("p", { className: "story-step__sources", text: step.sources }),
    );
    block.id = `step-${step.n}`;
    block.dataset.step = String(step.n);
    return block;
  });
  const steps = element("ol", { className: "story-steps" }, ...blocks);
  steps.id = "story-steps";
  steps.tabIndex = -1;
  steps.setAttribute("aria-label", t.story.steps);

  const full = element("a", { className: "story-full", text: t.story.openFullView });
  full.href = withChoices("index.html", { brief: content.briefing }, content.lang, theme);
  const footer = element("footer", { className: "story-foot" }, ...publication(content), element("p", { className: "story-translation", text: t.sources.translationNote }), full);

  // The header is in the body's grid (story.css), so that on a desktop the globe beside the text is pinned from the
  // top of the page and is never partly below the screen; it comes first, then the globe, then the steps.
  root.replaceChildren(skip, element("div", { className: "story-body" }, header, globe, element("div", { className: "story-text" }, steps, footer)));
  return { frame, globe, blocks };
}

/**
 * Fills `root` with what kept the story's briefing from loading, one message per problem (each naming its file,
 * as the app's notices do), in the page's language. Set as text, never as markup.
 */
export function renderStoryProblems(root: HTMLElement, lang: Lang, errors: readonly string[], theme: ThemeChoice = "auto"): void {
  const t = strings(lang);
  document.documentElement.lang = lang;
  const list = element("div", { className: "story-problems" }, ...errors.map((e) => element("p", { text: t.notices.fileNotLoaded(e) })));
  list.setAttribute("role", "alert");
  root.replaceChildren(element("header", { className: "story-head" }, languageLinks(lang, theme)), list);
}
