import { useSyncExternalStore } from "react";
import type { Scheme } from "../theme";
import { systemScheme, watchSystemScheme } from "./pageScheme";

/** The scheme the reader's system prefers (`prefers-color-scheme`), followed live: `auto` draws the page in it. */
export function usePrefersScheme(): Scheme {
  return useSyncExternalStore(watchSystemScheme, systemScheme, () => "light");
}
