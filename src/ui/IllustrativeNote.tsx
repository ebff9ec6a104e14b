import { useI18n } from "../i18n/I18nContext";

/** The note that must always be visible with the globe (and in every exported image: `t.note.illustrative`). */
export function IllustrativeNote() {
  const { t } = useI18n();
  return (
    <p className="illustrative-note" role="note" data-keep-out>
      {t.note.illustrative}
    </p>
  );
}
