import type { LoadedModels } from "./loadModels";
import type { ShownModels } from "./lastGood";

/** The files as the build validated them (all valid, or there would be no build): nothing kept, nothing to report. */
export const shownAsBuilt = (loaded: LoadedModels): ShownModels => ({ ...loaded, errors: [], kept: [], good: {} });
