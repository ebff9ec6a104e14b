import "../zodConfig";
import type { Geography } from "../data/geography";
import { App } from "./App";
import { useShownModels } from "./useShownModels";

interface Props {
  geography: Geography;
  /** Model and briefing files as text, keyed by "models/<id>.json". */
  modelFiles: Record<string, string>;
}

/**
 * The app from the files of models/ as text, loaded and validated in the page: for `npm start`, where an edited
 * file reaches the open page, and for tests. The files' last valid versions stay on screen while an edit is
 * invalid, with its messages over the globe. (The build validates the files at build time instead and gives the
 * App the result: see build/preparedModels.ts.)
 */
export function AppFromFiles({ geography, modelFiles }: Props) {
  const models = useShownModels(modelFiles, geography.ref);
  return <App geography={geography} models={models} />;
}
