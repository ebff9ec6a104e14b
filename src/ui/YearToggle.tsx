interface Props {
  year: "2011" | "today";
  /** One line on what changes between the two. */
  explanation: string;
  onChange: (year: "2011" | "today") => void;
}

/** Then and now: membership and borders as the proposals were made, or as they are today. */
export function YearToggle({ year, explanation, onChange }: Props) {
  return (
    <fieldset className="segmented year-toggle">
      <legend>Borders and membership</legend>
      <label>
        <input type="radio" name="year" value="2011" checked={year === "2011"} onChange={() => onChange("2011")} /> May 2011
      </label>
      <label>
        <input type="radio" name="year" value="today" checked={year === "today"} onChange={() => onChange("today")} /> Today
      </label>
      <p className="year-toggle__note">{year === "today" ? explanation : "As they were when the proposals were made."}</p>
    </fieldset>
  );
}
