import { useI18n } from "../i18n/I18nContext";

interface Props {
  year: "2011" | "today";
  /** One line on what changes between the two. */
  explanation: string;
  onChange: (year: "2011" | "today") => void;
}

/** Then and now: membership and borders as the proposals were made, or as they are today. */
export function YearToggle({ year, explanation, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="segmented year-toggle">
      <legend>{t.year.legend}</legend>
      <label>
        <input type="radio" name="year" value="2011" checked={year === "2011"} onChange={() => onChange("2011")} /> {t.year.may2011}
      </label>
      <label>
        <input type="radio" name="year" value="today" checked={year === "today"} onChange={() => onChange("today")} /> {t.year.today}
      </label>
      <p className="year-toggle__note">{year === "today" ? explanation : t.year.asMade}</p>
    </fieldset>
  );
}
