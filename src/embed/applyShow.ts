import type { Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { AsOf } from "../state/asOf";
import { readAt, readBrief, readCompare, readMode, readProposal, readStep, readTheme, readYear, type FieldRead } from "../state/urlFields";
import { describeUrlProblem, type IgnoredProblem } from "../state/urlProblems";
import type { CameraAt, Known, ViewState } from "../state/viewState";
import { goToStep, openBriefing, selectProposal, setAsOf, setCamera, setMode, setPair, setTheme, showPoint } from "../state/viewChanges";
import { SHOW_FIELDS, type ShowCommand, type ShowField } from "./protocol";

/** Fields of a show command that could not be used at all: the first few names, as sent, and how many more. */
export interface UnusableFieldsProblem {
  code: "unusable-fields";
  fields: string[];
  more: number;
}

/** What was ignored of a show command, as data: a field's value by the URL's rules, or fields it cannot use. */
export type ShowProblem = (IgnoredProblem & { parameter: ShowField }) | UnusableFieldsProblem;

export interface ShowResult {
  /** The view after the command. */
  state: ViewState;
  /** What was ignored, as data (see describeShowProblem). */
  problems: ShowProblem[];
  /** True when the command set the camera, which then flies there. */
  camera: boolean;
}

/** Unusable fields named one by one up to this many; past it, in one problem naming this many and counting the rest. */
const NAMED = 3;
/** The longest field name a message shows whole; a longer one is cut to this length, with an ellipsis. */
const FIELD_CHARS = 40;

/**
 * Applies a host's show command to the view. Each field is read by the URL's rules (src/state/urlFields.ts), and a
 * bad one is ignored on its own. Naming `brief`, `compare` or `proposal` chooses what is shown (a briefing before a
 * comparison before a proposal, as in a URL; `brief` without `step` opens step 1); `step` without them moves within
 * the briefing shown, `mode` alone changes the comparison shown; `year`, `at` and `theme` change only themselves.
 * Whatever the command does not name stays as it is, and nothing else of the view (embed, origins, language) can be
 * set. The changes are those the app's own controls make (src/state/viewChanges.ts).
 */
export function applyShow(current: ViewState, command: ShowCommand, known: Known): ShowResult {
  const { fields, unusable } = command;
  // The fields that cannot be used, one problem each up to three; more in one problem, however many a command sends.
  const problems: ShowProblem[] =
    unusable.length <= NAMED
      ? unusable.map((field) => ({ code: "unusable-fields", fields: [field], more: 0 }))
      : [{ code: "unusable-fields", fields: unusable.slice(0, NAMED), more: unusable.length - NAMED }];
  /** A field's value by its rule; undefined when the command does not name it or it is ignored (with a problem). */
  const read = <T>(field: ShowField, reader: (value: string) => FieldRead<T>): T | undefined => {
    const value = fields[field];
    if (value === undefined) return undefined;
    const r = reader(value);
    if (r.ok) return r.value;
    problems.push({ code: "ignored", parameter: field, value, reason: r.reason });
    return undefined;
  };

  const brief = read("brief", (v) => readBrief(v, known));
  // A step belongs to the briefing the command names or, when it names none, to the one shown.
  const stepBriefing = known.briefings.find((b) => b.id === (fields.brief !== undefined ? brief : current.brief));
  const step = read("step", (v) => readStep(v, stepBriefing));
  const compare = read("compare", (v) => readCompare(v, known));
  const proposal = read("proposal", (v) => readProposal(v, known));
  const mode = read("mode", readMode);
  const asOf: AsOf | undefined = read("year", readYear);
  const at: CameraAt | undefined = read("at", readAt);
  const theme = read("theme", readTheme);

  let state = current;
  // What is shown: a briefing (at the step given, or its first), else a comparison, else a proposal. A briefing or
  // comparison from a command replaces a point shown (showPoint(…, undefined) stops showing it, and any briefing).
  if (brief) {
    state = openBriefing(showPoint(state, undefined), brief);
    if (step !== undefined && stepBriefing) state = goToStep(state, step - 1, stepBriefing.steps);
  } else if (compare) state = setPair(showPoint(state, undefined), compare);
  else if (proposal) state = selectProposal(state, proposal);
  else if (step !== undefined && current.brief && stepBriefing) state = goToStep(state, step - 1, stepBriefing.steps);
  if (mode) state = setMode(state, mode);
  if (asOf) state = setAsOf(state, asOf);
  if (at) state = setCamera(state, at);
  if (theme) state = setTheme(state, theme);
  return { state, problems, camera: at !== undefined };
}

const cut = (field: string) => (field.length > FIELD_CHARS ? `${field.slice(0, FIELD_CHARS - 1)}…` : field);

/** One problem with a show command as a sentence in a language (the globe warns of it in its console). */
export function describeShowProblem(problem: ShowProblem, lang: Lang): string {
  if (problem.code === "ignored") return describeUrlProblem(problem, lang);
  const t = strings(lang).embed;
  const names = problem.fields.map(cut);
  return names.length === 1 && problem.more === 0 ? t.unusableField(names[0]!, SHOW_FIELDS) : t.unusableFields(names, problem.more, SHOW_FIELDS);
}
