import { Resvg } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import { todayIso } from "../data/dates";
import { unpackGeography, type Geography } from "../data/geography";
import { packGeography } from "../data/packGeography";
import { readReference } from "../data/readReference";
import { prepareCatalogue } from "../build/prepareCatalogue";
import { i18nFor, I18nProvider } from "../i18n/I18nContext";
import { LANGS, type Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { STORY_BRIEFING } from "../story/storyBriefing";
import type { LoadedModels } from "../model/loadModels";
import { windowSubject } from "../screen/framing";
import { publicationDetails } from "../screen/publicationDetails";
import { screenFor } from "../screen/screenFor";
import type { Screen } from "../screen/types";
import type { Scheme } from "../theme";
import { parseUrlState, type Known } from "../state/urlState";
import { exportText } from "../ui/exports";
import { withCredit } from "../model/siteCredit";
import { SvgGlobe } from "../ui/SvgGlobe";
import { svgDocument } from "../ui/svgExport";
import { TextView } from "../ui/TextView";
import { CARD, GLOBE_PICTURE, GLOBE_SUBJECT_SHARE, pictureFile } from "./pictureFiles";
import { pictureFonts } from "./pictureFonts";
import { defaultPictureStem, pictureViews, type PictureView } from "./pictureViews";

export interface PictureFile {
  fileName: string;
  source: Uint8Array | string;
}

export interface PicturedView extends PictureView {
  title: Record<Lang, string>;
  alt: Record<Lang, string>;
}

export interface Pictures {
  files: PictureFile[];
  views: PicturedView[];
  /** The stem of the view a bare address opens on. */
  defaultStem: string;
  /** The default view's text view (its table of regions), per language, for the page without scripts. */
  textView: Record<Lang, string>;
  catalogue: { proposals: string[]; briefings: { id: string; steps: number }[] };
  /** The line under the globe (date of revision, credit), per language; "" without one. */
  details: Record<Lang, string>;
  /** The story page's share card: its briefing's first step, and the page's title. */
  story: { stem: string; title: Record<Lang, string> } | null;
}

const SCHEMES = ["light", "dark"] as const;

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

function screenOf(search: string, lang: Lang, catalogue: LoadedModels, geography: Geography, known: Known, today: string, scheme: Scheme = "light"): Screen {
  const { state } = parseUrlState(`${search}${search ? "&" : "?"}lang=${lang}&theme=${scheme}`, known);
  return screenFor(state, catalogue, geography, lang, today);
}

/** A share card: the export presets' frame at 1200 × 630, each globe framing the view's subject in its rectangle. */
export function cardSvg(screen: Screen, geography: Geography, lang: Lang): string {
  // The words an export writes (with the site file's credit and date of revision).
  const { words, text, frameText } = exportText(screen, lang);
  return svgDocument({
    geography,
    globes: screen.globes,
    at: screen.camera.at,
    subject: screen.camera.subject ?? windowSubject(screen.camera.at),
    theme: screen.theme,
    ...text,
    title: words.headline,
    frame: CARD,
    frameText,
  });
}

/** The first paint's globe: the first globe of the view alone, its subject framed in a square, on no background. */
export function globeSvg(screen: Screen, geography: Geography): string {
  const g = screen.globes[0]!;
  const subject = screen.camera.subject ?? windowSubject(screen.camera.at);
  const side = 1000;
  const rim = (side * (1 - GLOBE_SUBJECT_SHARE)) / 2;
  // Strips along the four edges keep the subject in the middle part.
  const keepOut = [
    { left: 0, top: 0, width: rim, height: side },
    { left: side - rim, top: 0, width: rim, height: side },
    { left: 0, top: 0, width: side, height: rim },
    { left: 0, top: side - rim, width: side, height: rim },
  ];
  const frame = { width: side, height: side, keepOut };
  const markup = renderToStaticMarkup(<SvgGlobe geography={geography} palette={g.palette} borderOwners={g.borderOwners} at={screen.camera.at} subject={subject} frame={frame} index={0} description={g.title} title={g.title} labels={g.labels} theme={screen.theme} />);
  return XML + markup.replace(/^<svg /, `<svg width="${GLOBE_PICTURE}" height="${GLOBE_PICTURE}" `);
}

/**
 * Every static picture of the build: for each view (pictureViews) and language, a share card as SVG and PNG and the
 * first paint's globe as PNG, drawn by the SVG globe from the same screen model as the page, and rasterised with the
 * app's own fonts. `only` limits the views drawn (by stem); the default view and the story's are always drawn.
 */
export function renderPictures(repoRoot: string, options: { credit?: string | null; only?: (stem: string) => boolean } = {}): Pictures {
  const ref = readReference();
  const geography = unpackGeography(packGeography(ref), ref);
  const prepared = prepareCatalogue(repoRoot).catalogue;
  // The CREDIT build option takes the place of the site file's credit, as in the page.
  const catalogue = { ...prepared, site: withCredit(prepared.site, options.credit ?? null) };
  const ids = { proposals: catalogue.models.map((m) => m.id), briefings: catalogue.briefings.map((b) => ({ id: b.id, steps: b.steps.length })) };
  const known: Known = { ...ids, points: [] };
  const today = todayIso();
  const views = pictureViews(ids);
  const defaultView = views.find((v) => v.stem === defaultPictureStem(ids));
  if (!defaultView) throw new Error("models/ holds no proposal to draw a picture of");
  // `fontBuffers` is in resvg-js's README since 2.5.0, not yet in its types.
  const font = { fontBuffers: pictureFonts(), loadSystemFonts: false, defaultFontFamily: "IBM Plex Sans" };
  const png = (svg: string, width: number) => new Resvg(svg, { font, fitTo: { mode: "width", value: width } }).render().asPng();
  const files: PictureFile[] = [];
  const pictured: PicturedView[] = [];
  const told = catalogue.briefings.find((b) => b.id === STORY_BRIEFING);
  const story = told ? { stem: `brief-${told.id}-1`, title: { en: strings("en").story.documentTitle(told.title.en), ru: strings("ru").story.documentTitle(told.title.ru) } } : null;
  for (const view of views) {
    if (view !== defaultView && view.stem !== story?.stem && options.only && !options.only(view.stem)) continue;
    const title = {} as Record<Lang, string>;
    const alt = {} as Record<Lang, string>;
    for (const lang of LANGS) {
      for (const scheme of SCHEMES) {
        const screen = screenOf(view.search, lang, catalogue, geography, known, today, scheme);
        title[lang] = screen.title;
        alt[lang] = i18nFor(lang).t.publish.pictureAlt(screen.title);
        const card = cardSvg(screen, geography, lang);
        // The SVG card in the light scheme only: it weighs a megabyte, the PNGs a tenth of that.
        if (scheme === "light") files.push({ fileName: pictureFile(view.stem, lang, "card.svg"), source: card });
        files.push({ fileName: pictureFile(view.stem, lang, "card.png", scheme), source: png(card, CARD.width) });
        files.push({ fileName: pictureFile(view.stem, lang, "globe.png", scheme), source: png(globeSvg(screen, geography), GLOBE_PICTURE) });
      }
    }
    pictured.push({ ...view, title, alt });
  }
  const textView = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const screen = screenOf(defaultView.search, lang, catalogue, geography, known, today);
    textView[lang] = renderToStaticMarkup(
      <I18nProvider lang={lang}>
        {screen.globes.map((g) => (
          <TextView key={g.resolved.model.id} resolved={g.resolved} geography={geography} />
        ))}
      </I18nProvider>,
    );
  }
  const details = { en: publicationDetails(catalogue.site, "en").line, ru: publicationDetails(catalogue.site, "ru").line };
  return { files, views: pictured, defaultStem: defaultView.stem, textView, catalogue: ids, story, details };
}
