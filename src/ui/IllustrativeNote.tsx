import { useI18n } from "../i18n/I18nContext";

/**
 * The note that must always be visible with the globe (and in every exported image: `t.note.illustrative`). Where a
 * small embed has room for two lines only, its short form is shown instead (styles.css); screen readers hear the full note.
 */
export function IllustrativeNote() {
  const { t } = useI18n();
  return (
    <p className="illustrative-note" role="note" data-keep-out>
      <span className="illustrative-note__full">{t.note.illustrative}</span>
      <span className="illustrative-note__short" aria-hidden="true">
        {t.note.short}
      </span>
    </p>
  );
}
