import type { ViewKind } from "./kind";

/** One proposal alone: the one the URL names, or the first on hand. */
export const proposalView: ViewKind = ({ view, catalogue, resolved, i18n }) => {
  const single = resolved(view.proposal ?? "") ?? resolved(catalogue.models[0]?.id ?? "");
  if (!single) return null;
  const title = i18n.text(single.model.title);
  return {
    kind: "proposal",
    globes: [{ resolved: single, emphasis: { regions: [] } }],
    mode: "full",
    camera: { key: "view", at: view.at ?? single.model.view },
    title,
    announcement: `${title}.`,
    fileStem: single.model.id,
  };
};
