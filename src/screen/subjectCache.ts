import type { Geography } from "../data/geography";
import type { CameraAt } from "../state/viewState";
import type { Subject } from "./framing";
import { subjectFor } from "./subject";
import type { ScreenGlobe } from "./types";

const known = new WeakMap<Geography, Map<string, Subject>>();
/** Subjects kept per geography: a reader's camera makes a new one each time it comes to rest. */
const KEEP = 64;

/** The subject of a view's globes from a camera, worked out once per camera and emphasis (see subject.ts). */
export function subjectOf(at: CameraAt, globes: readonly Pick<ScreenGlobe, "key" | "emphasis">[], geography: Geography): Subject {
  let byKey = known.get(geography);
  if (!byKey) known.set(geography, (byKey = new Map()));
  const key = `${at.lon},${at.lat},${at.distance}|${globes.map((g) => g.key).join("|")}`;
  let subject = byKey.get(key);
  if (!subject) {
    if (byKey.size >= KEEP) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, (subject = subjectFor(at, globes.map((g) => g.emphasis), geography)));
  }
  return subject;
}
