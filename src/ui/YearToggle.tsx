import { useI18n } from "../i18n/I18nContext";
import type { AsOf } from "../state/asOf";

interface Props {
  /** The date shown: each model's own date (May 2011) or today. */
  asOf: AsOf;
  /** One line on what changes between the two. */
  explanation: string;
  onChange: (asOf: AsOf) => void;
}

/** Then and now: membership and borders as the proposals were made, or as they are today. */
export function YearToggle({ asOf, explanation, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="segmented year-toggle">
      <legend>{t.year.legend}</legend>
      <label>
        <input type="radio" name="year" value="2011" checked={asOf === "model-date"} onChange={() => onChange("model-date")} /> {t.year.may2011}
      </label>
      <label>
        <input type="radio" name="year" value="today" checked={asOf === "today"} onChange={() => onChange("today")} /> {t.year.today}
      </label>
      <p className="year-toggle__note">{asOf === "today" ? explanation : t.year.asMade}</p>
    </fieldset>
  );
}
