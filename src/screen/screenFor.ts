import type { IsoDate } from "../data/dates";
import type { Geography } from "../data/geography";
import { formatDate } from "../i18n/format";
import { i18nFor } from "../i18n/I18nContext";
import type { Lang } from "../i18n/lang";
import { describeModel } from "../model/describe";
import type { ViewState } from "../state/viewState";
import { themeFor, type Scheme } from "../theme";
import { windowSubject } from "./framing";
import { globeLabels } from "./globeLabels";
import { VIEW_KINDS, type KindScreen } from "./kinds";
import { legendFor } from "./legend";
import { noticesFor, NO_PROBLEMS, type ScreenStatus } from "./notices";
import { publicationDetails } from "./publicationDetails";
import { paint, resolvedOn } from "./resolveCache";
import { schematicInset } from "./schematicInset";
import { sourceSummary } from "./sourceSummary";
import { subjectOf } from "./subjectCache";
import type { Catalogue, Screen, ScreenGlobe } from "./types";

/**
 * Everything the page shows for a view, in a language, as of `today`: the first kind of view that can show the
 * state decides the globes (see kinds/); their colours, labels, words and legend follow from them. Pure: the same
 * input gives the same screen, and resolutions and palettes are worked out once per model, date and emphasis.
 * Null globes (nothing valid to show) give a screen without globes, which still carries the notices. Its colours are
 * the theme the view asks for; with `auto`, the scheme the reader's system `prefers` (light when not told).
 */
export function screenFor(
  view: ViewState,
  catalogue: Catalogue,
  geography: Geography,
  lang: Lang,
  today: IsoDate,
  status: ScreenStatus = NO_PROBLEMS,
  prefers: Scheme = "light",
): Screen {
  const i18n = i18nFor(lang);
  const theme = themeFor(view.theme, prefers);
  const byId = new Map(catalogue.models.map((m) => [m.id, m]));
  const resolved = (id: string) => {
    const model = byId.get(id);
    return model && resolvedOn(model, view.asOf === "today" ? today : model.date, geography);
  };
  const input = { view, catalogue, resolved, i18n, today };
  let chosen: KindScreen | null = null;
  for (const kind of VIEW_KINDS) if ((chosen = kind(input))) break;
  const notices = noticesFor(status, lang);
  const details = publicationDetails(catalogue.site, lang);
  if (!chosen) return { ...EMPTY, theme, title: "", notices, details };

  const comparison = chosen.globes.length > 1;
  const globes: ScreenGlobe[] = chosen.globes.map(({ resolved: r, emphasis }) => {
    const p = paint(r, emphasis, geography, theme);
    const title = i18n.text(r.model.title);
    return {
      key: p.key,
      resolved: r,
      emphasis: p.emphasis,
      palette: p.palette,
      date: r.date,
      borderOwners: p.borderOwners,
      labels: globeLabels(r, p.emphasis, geography, lang),
      inset: schematicInset(r.model, lang),
      title,
      heading: comparison ? title : undefined,
      description: describeModel(r, lang),
    };
  });
  const date = view.asOf === "today" ? i18n.t.announce.asOfToday : i18n.t.announce.asOf(formatDate(globes[0]!.date, lang));
  const differences = comparison && chosen.mode === "differences";
  return {
    key: `${chosen.kind}:${globes.map((g) => g.key).join("|")}`,
    kind: chosen.kind,
    theme,
    globes,
    comparison,
    mode: chosen.mode,
    briefing: chosen.briefing,
    step: chosen.step,
    stepIndex: chosen.stepIndex,
    point: chosen.point,
    camera: { ...chosen.camera, subject: subjectOf(chosen.camera.at, globes, geography) },
    title: chosen.title,
    announcement: `${chosen.announcement} ${date}`,
    legend: legendFor(globes, chosen.mode, lang),
    legendHeading: differences ? i18n.t.app.differencesHeading : undefined,
    sourceSummary: sourceSummary(globes.map((g) => g.resolved), lang),
    fileStem: chosen.fileStem,
    notices,
    details,
  };
}

const EMPTY: Omit<Screen, "title" | "notices" | "details" | "theme"> = {
  key: "empty",
  kind: "empty",
  globes: [],
  comparison: false,
  mode: "full",
  camera: { key: "view", at: { lon: 20, lat: 50, distance: 2.7 }, subject: windowSubject({ lon: 20, lat: 50, distance: 2.7 }) },
  announcement: "",
  legend: [],
  sourceSummary: "",
  fileStem: "globe",
};
