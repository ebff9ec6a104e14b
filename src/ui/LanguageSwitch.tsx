import { Fragment } from "react";
import { useI18n } from "../i18n/I18nContext";
import { LANGS, LANG_NAMES, type Lang } from "../i18n/lang";

/**
 * "English | Русский": one button per language, the current one pressed. Each language is named in itself
 * (and marked with its lang), so whoever reads one of them finds it whatever language is shown.
 */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.app.language}>
      {LANGS.map((l, i) => (
        <Fragment key={l}>
          {i > 0 && (
            <span className="language-switch__sep" aria-hidden="true">
              |
            </span>
          )}
          <button type="button" className="language-switch__button" lang={l} data-lang={l} aria-pressed={l === lang} onClick={() => onChange(l)}>
            {LANG_NAMES[l]}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
