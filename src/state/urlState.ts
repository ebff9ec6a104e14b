/** What the URL can say about the view. More parameters arrive with comparison, briefing and language. */
export interface ViewState {
  /** Id of the proposal shown (a file name in models/ without .json). */
  proposal: string;
}

export const URL_PARAMETERS = ["proposal"] as const;

export interface ParsedUrl {
  /** The parameters that were understood; anything missing falls back to the defaults. */
  state: Partial<ViewState>;
  /** One readable message per parameter that was ignored. */
  problems: string[];
}

/**
 * Reads the view from a query string. Each unknown, repeated or malformed parameter is ignored on its
 * own, with a message; the rest still apply.
 */
export function parseUrlState(search: string, proposals: readonly string[], fallbackTitle: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: Partial<ViewState> = {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      problems.push(`The URL parameter "${key}" is given more than once; only the first is used.`);
      continue;
    }
    seen.add(key);
    if (key === "proposal") {
      if (proposals.includes(value)) state.proposal = value;
      else problems.push(`There is no proposal "${value}"; showing "${fallbackTitle}" instead.`);
    } else {
      problems.push(`Unknown URL parameter "${key}" was ignored.`);
    }
  }
  return { state, problems };
}

/** The query string for a view ("?proposal=…"), the inverse of parseUrlState. */
export function serialiseUrlState(state: ViewState): string {
  const p = new URLSearchParams();
  p.set("proposal", state.proposal);
  return `?${p.toString()}`;
}
