import { Briefing } from "./briefingSchema";
import type { Model } from "./schema";
import { checkFile, parseJson, withTextProblems } from "./checkFile";
import { checkShow } from "./validateShow";

export type BriefingValidation = { ok: true; briefing: Briefing } | { ok: false; errors: string[] };

/**
 * Validates a parsed JSON value as a briefing: the schema first (strict: unknown fields are errors), then
 * every reference: proposals against `models` (the valid proposal models), regions against the proposals a
 * step shows, sources within the briefing, and duplicate ids. Each message names the file, the path and the
 * bad value, like validateModel's. `file` is the path shown in messages (models/<id>.json); the briefing's id
 * must match its name.
 */
export function validateBriefing(value: unknown, file: string, models: readonly Model[]): BriefingValidation {
  const result = checkFile(Briefing, value, file, (b, { err, ids }) => {
    ids(b.steps, "steps");
    const sources = ids(b.sources, "sources");
    const byId = new Map(models.map((m) => [m.id, m]));

    b.steps.forEach((step, i) => {
      const at = `steps[${i}]`;
      checkShow(step.show, step.emphasise, at, `step "${step.id}"`, byId, err);

      step.sources.forEach((s, j) => {
        if (!sources.has(s)) err(`${at}.sources[${j}]`, `unknown source "${s}"`);
      });
    });

    b.sources.forEach((s, i) => {
      if (s.via !== undefined && (!sources.has(s.via) || s.via === s.id)) err(`sources[${i}].via`, `unknown source "${s.via}"`);
    });
  });
  return result.ok ? { ok: true, briefing: result.data } : result;
}

/** Parses JSON text, then validates; a syntax error becomes one message naming the file. */
export function validateBriefingText(text: string, file: string, models: readonly Model[]): BriefingValidation {
  const parsed = parseJson(text, file);
  return parsed.ok ? withTextProblems(parsed.problems, file, validateBriefing(parsed.value, file, models)) : parsed;
}
