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
  const select = (side: 0 | 1) => (
    <label className="field">
      <span>{side === 0 ? "Left" : "Right"}</span>
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
            {m.title.en}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="compare-controls" aria-label="Comparison">
      <h2>Side by side</h2>
      {select(0)}
      {select(1)}
      <fieldset className="segmented">
        <legend>Shade</legend>
        <label>
          <input type="radio" name="compare-mode" value="full" checked={mode === "full"} onChange={() => onMode("full")} /> Every region
        </label>
        <label>
          <input type="radio" name="compare-mode" value="differences" checked={mode === "differences"} onChange={() => onMode("differences")} /> Only
          differences
        </label>
      </fieldset>
      <label className="field field--check">
        <input type="checkbox" checked={linked} onChange={(e) => onLinked(e.target.checked)} data-control="link" /> Move both globes together
      </label>
      <button type="button" className="button" onClick={onClose}>
        Back to one globe
      </button>
    </section>
  );
}
