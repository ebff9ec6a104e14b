import { useState } from "react";
import type { Reference } from "../data/reference";
import { withLastGood, type ShownModels } from "../model/lastGood";

/**
 * The models, briefings and context files to show for `files`. When the files change (a model edited while
 * `npm start` runs), a file that has become invalid stays on screen in its last valid version (withLastGood).
 */
export function useShownModels(files: Readonly<Record<string, string>>, ref: Reference): ShownModels {
  const [state, setState] = useState(() => ({ files, ref, shown: withLastGood(files, {}, ref) }));
  if (state.files === files && state.ref === ref) return state.shown;
  // New files: derived during render from the previous render's result, as React recommends over an effect.
  const next = { files, ref, shown: withLastGood(files, state.ref === ref ? state.shown.good : {}, ref) };
  setState(next);
  return next.shown;
}
