import { useI18n } from "../i18n/I18nContext";
import { NO_DETAILS, type PublicationDetails } from "../screen/publicationDetails";

/**
 * The note that must always be visible with the globe (and in every exported image: `t.note.illustrative`). Where a
 * small embed has room for two lines only, its short form is shown instead (styles.css); screen readers hear the full note.
 * After it, what the desk prints under its graphic (the site file): one line with the date of revision and the credit,
 * then its notes, in the full app where there is room. A small embed keeps only the credit, at the end of the short
 * form. All of it lies in the note's box, which the cameras keep clear of (`data-keep-out`).
 */
export function IllustrativeNote({ details = NO_DETAILS }: { details?: PublicationDetails }) {
  const { t } = useI18n();
  return (
    <p className="illustrative-note" role="note" data-keep-out>
      <span className="illustrative-note__full">{t.note.illustrative}</span>
      <span className="illustrative-note__short" aria-hidden="true">
        {t.note.short}
        {details.credit && <span className="illustrative-note__credit"> {details.credit}</span>}
      </span>
      {details.line && <span className="illustrative-note__details"> {details.line}</span>}
      {details.notes.map((n, i) => (
        <span key={i} className="illustrative-note__extra">
          {" "}
          {n}
        </span>
      ))}
    </p>
  );
}
