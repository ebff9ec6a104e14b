/** The note that must always be visible with the globe (and in every exported image). */
export const ILLUSTRATIVE_NOTE =
  "Illustrative only: shading shows who would be responsible for which area in each proposal as reported in May 2011. It shows no sites, coverage or capabilities, and the borders of the sectors were never published.";

export function IllustrativeNote() {
  return (
    <p className="illustrative-note" role="note">
      {ILLUSTRATIVE_NOTE}
    </p>
  );
}
