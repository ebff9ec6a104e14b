import type { Lang } from "../i18n/lang";
import { strings } from "../i18n/strings";
import type { PymParameter, UrlParameter } from "./viewState";

/**
 * Why a parameter's value was ignored, as data: a code, and whatever the message needs. "no-…" names something
 * that does not exist (a proposal, briefing or point); "not-…" a value of the wrong form.
 */
export type IgnoredReason =
  /** The ids (as given) that name no proposal. */
  | { code: "no-proposal"; ids: string[] }
  /** `compare` must name exactly two proposals. */
  | { code: "two-proposals" }
  /** `compare` names the same proposal twice. */
  | { code: "same-twice" }
  | { code: "not-mode" }
  | { code: "not-link" }
  | { code: "no-point"; id: string }
  | { code: "no-briefing"; id: string }
  /** `at` is not lon,lat,distance in range; the distance's limits, in globe radii. */
  | { code: "not-camera"; distance: readonly [min: number, max: number] }
  | { code: "not-year" }
  | { code: "not-embed" }
  /** `origins` is not a list of at most `max` origins. */
  | { code: "not-origins"; max: number }
  | { code: "not-lang" }
  /** Pym.js's `childId` is empty, longer than `max` characters, or holds spaces or control characters. */
  | { code: "not-child-id"; max: number }
  | { code: "not-theme" }
  /** A `step` with no briefing to step through. */
  | { code: "no-briefing-to-step" }
  /** A `step` that is not a whole number from 1 to the briefing's `steps`. */
  | { code: "step-range"; steps: number };

/** A parameter whose value was ignored, with the value verbatim (however long) and why. */
export interface IgnoredProblem {
  code: "ignored";
  parameter: UrlParameter | PymParameter;
  value: string;
  reason: IgnoredReason;
}

/**
 * What was wrong with a URL, as data; `describeUrlProblem` gives the words. Names and values are kept verbatim;
 * the words shorten long ones, as they are shown on screen.
 */
export type UrlProblem =
  | IgnoredProblem
  /**
   * Parameters that are not the URL's (`unknown`), or the URL's given more than once (`repeated`): the first few
   * names, in the order of the address, and how many more there were.
   */
  | { code: "unknown" | "repeated"; parameters: string[]; more: number }
  /** More than `limit` parameters: those after the first `limit` were not read. */
  | { code: "too-many"; limit: number }
  /** Longer than `limit` characters: the rest was not read. */
  | { code: "too-long"; limit: number };

/** The longest name or value a message shows whole; a longer one is cut, with an ellipsis, to this length. */
export const SHOWN_CHARS = 80;

/** A name or value as a message shows it: whole up to 80 characters, else its first 77 and "…". */
export const shown = (text: string): string => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 3)}…` : text);

/** Why a value was ignored, in words: the end of an "ignored" message. */
function reasonText(reason: IgnoredReason, lang: Lang): string {
  const t = strings(lang).url;
  switch (reason.code) {
    case "no-proposal":
      return t.noProposal(reason.ids.map(shown));
    case "two-proposals":
      return t.twoProposals;
    case "same-twice":
      return t.sameTwice;
    case "not-mode":
      return t.mode;
    case "not-link":
      return t.link;
    case "no-point":
      return t.noPoint(shown(reason.id));
    case "no-briefing":
      return t.noBriefing(shown(reason.id));
    case "not-camera":
      return t.at(reason.distance[0], reason.distance[1]);
    case "not-year":
      return t.year;
    case "not-embed":
      return t.embed;
    case "not-origins":
      return t.origins(reason.max);
    case "not-lang":
      return t.lang;
    case "not-child-id":
      return t.childId(reason.max);
    case "not-theme":
      return t.theme;
    case "no-briefing-to-step":
      return t.noBriefingToStep;
    case "step-range":
      return t.stepRange(reason.steps);
  }
}

/** One problem with a URL as a sentence in a language, as it is shown on screen. */
export function describeUrlProblem(problem: UrlProblem, lang: Lang): string {
  const t = strings(lang).url;
  switch (problem.code) {
    case "ignored":
      return t.ignored(shown(problem.parameter), shown(problem.value), reasonText(problem.reason, lang));
    case "unknown":
    case "repeated": {
      const names = problem.parameters.map(shown);
      if (names.length === 1 && problem.more === 0) return problem.code === "unknown" ? t.unknown(names[0]!) : t.repeated(names[0]!);
      return problem.code === "unknown" ? t.unknownMany(names, problem.more) : t.repeatedMany(names, problem.more);
    }
    case "too-many":
      return t.tooMany(problem.limit);
    case "too-long":
      return t.tooLong(problem.limit);
  }
}
