import { emphasisFor, shownBy, type ViewKind } from "./kind";

/** A point of contention shown on the globe: its proposals, with the regions it concerns standing out. */
export const pointView: ViewKind = ({ view, catalogue, resolved, i18n }) => {
  const point = view.point ? catalogue.contexts.flatMap((c) => c.contention).find((p) => p.id === view.point) : undefined;
  if (!point) return null;
  const shown = shownBy(point.show, resolved);
  if (!shown) return null;
  const title = i18n.text(point.title);
  return {
    kind: "point",
    globes: emphasisFor(shown.models, shown.mode, point.emphasise),
    mode: shown.mode,
    camera: { key: "view", at: view.at ?? shown.models[0]!.model.view },
    title,
    announcement: i18n.t.announce.point(title),
    fileStem: shown.models.map((m) => m.model.id).join("-vs-"),
    point,
  };
};
