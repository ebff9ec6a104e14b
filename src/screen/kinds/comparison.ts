import type { ResolvedModel } from "../../model/resolve";
import { comparisonWords, emphasisFor, type ViewKind } from "./kind";

/** Proposals side by side, in full or only where the responsible party differs. */
export const comparisonView: ViewKind = ({ view, resolved, i18n }) => {
  if (!view.compare) return null;
  const models = view.compare.map(resolved);
  if (!models.every((m): m is ResolvedModel => !!m)) return null;
  return {
    kind: "comparison",
    globes: emphasisFor(models, view.mode, []),
    mode: view.mode,
    camera: { key: "view", at: view.at ?? models[0]!.model.view },
    ...comparisonWords(models, view.mode, i18n),
    fileStem: models.map((m) => m.model.id).join("-vs-"),
  };
};
