import { useI18n } from "../i18n/I18nContext";
import type { Model } from "../model/schema";

interface Props {
  models: readonly Model[];
  pair: [string, string];
  mode: "full" | "differences";
  linked: boolean;
  onPair: (pair: [string, string]) => void;
  onMode: (mode: "full" | "differences") => void;
  onLinked: (linked: boolean) => void;
  onClose: () => void;
}

/** Choosing the two proposals, what is shaded, and whether the cameras move together. */
export function CompareControls({ models, pair, mode, linked, onPair, onMode, onLinked, onClose }: Props) {
  const { t, text } = useI18n();
  const select = (side: 0 | 1) => (
    <label className="field">
      <span>{side === 0 ? t.compare.left : t.compare.right}</span>
      <select
        value={pair[side]}
        data-compare-side={side}
        onChange={(e) => {
          const next: [string, string] = [...pair];
          next[side] = e.target.value;
          if (next[0] === next[1]) next[side === 0 ? 1 : 0] = pair[side];
          onPair(next);
        }}
      >
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {text(m.title)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="compare-controls" aria-label={t.compare.label}>
      <h2>{t.compare.heading}</h2>
      {select(0)}
      {select(1)}
      <fieldset className="segmented">
        <legend>{t.compare.shade}</legend>
        <label>
          <input type="radio" name="compare-mode" value="full" checked={mode === "full"} onChange={() => onMode("full")} /> {t.compare.everyRegion}
        </label>
        <label>
          <input type="radio" name="compare-mode" value="differences" checked={mode === "differences"} onChange={() => onMode("differences")} />{" "}
          {t.compare.onlyDifferences}
        </label>
      </fieldset>
      <label className="field field--check">
        <input type="checkbox" checked={linked} onChange={(e) => onLinked(e.target.checked)} data-control="link" /> {t.compare.linked}
      </label>
      <button type="button" className="button" onClick={onClose}>
        {t.compare.back}
      </button>
    </section>
  );
}
