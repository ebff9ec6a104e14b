import type { Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import { parseUrlState, type Known, type ViewState } from "../state/urlState";
import { SHOW_FIELDS, type ShowCommand, type ShowField } from "./protocol";

export interface ShowResult {
  /** The view after the command. */
  state: ViewState;
  /** One readable message per field that was ignored, as for the URL. */
  problems: string[];
  /** True when the command set the camera, which then flies there. */
  camera: boolean;
}

/**
 * Applies a host's show command to the view. Each field is checked by the URL parser with the URL's rules, and a
 * bad one is ignored on its own. Naming `brief`, `compare` or `proposal` chooses what is shown (a briefing before a
 * comparison before a proposal, as in a URL; `brief` without `step` opens step 1); `step` without them moves within
 * the briefing shown, `mode` alone changes the comparison shown; `year` and `at` change only themselves. Whatever the
 * command does not name stays as it is, and nothing else of the view (embed, origins, language) can be set.
 */
export function applyShow(current: ViewState, command: ShowCommand, known: Known, lang: Lang): ShowResult {
  // One message for the fields that cannot be used, however many a command sends (three named, the rest counted).
  const cut = (key: string) => (key.length > 40 ? `${key.slice(0, 39)}…` : key);
  const t = strings(lang).embed;
  const { unusable } = command;
  const problems =
    unusable.length === 0 ? [] : unusable.length <= 3 ? unusable.map((key) => t.unusableField(cut(key), SHOW_FIELDS)) : [t.unusableFields(unusable.slice(0, 3).map(cut), unusable.length - 3, SHOW_FIELDS)];
  const { fields } = command;
  /** The view that this field alone (with the given briefing, for a step) reads as; undefined when it is ignored. */
  const read = (field: ShowField, brief?: string): ViewState | undefined => {
    const value = fields[field];
    if (value === undefined) return undefined;
    const params = new URLSearchParams(brief === undefined ? [] : [["brief", brief]]);
    params.set(field, value);
    const parsed = parseUrlState(params.toString(), known, lang);
    for (const p of parsed.problems) problems.push(p);
    return parsed.problems.length ? undefined : parsed.state;
  };

  const brief = read("brief")?.brief;
  // A step belongs to the briefing the command names or, when it names none, to the one shown.
  const stepBriefing = fields.brief !== undefined ? brief : current.brief;
  const step = fields.step === undefined ? undefined : read("step", stepBriefing)?.step;
  const compare = read("compare")?.compare;
  const proposal = read("proposal")?.proposal;
  const mode = read("mode")?.mode;
  const year = read("year")?.year;
  const at = read("at")?.at;

  let state = current;
  const set = (changes: Partial<ViewState>) => (state = { ...state, ...changes });
  const none = { brief: undefined, step: undefined, point: undefined };
  if (brief) set({ brief, step: step ?? 1, point: undefined });
  else if (compare) set({ ...none, compare });
  else if (proposal) set({ ...none, compare: undefined, proposal });
  else if (step !== undefined && current.brief) set({ step });
  if (mode) set({ mode });
  if (year) set({ year });
  if (at) set({ at });
  return { state, problems, camera: at !== undefined };
}
