import { useI18n } from "../i18n/I18nContext";
import type { ScreenNotice } from "../screen/types";

/** Messages about bad input (model files, URL parameters, WebGL), already in the interface language; each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly ScreenNotice[]; onDismiss: (id: string) => void }) {
  const { t } = useI18n();
  if (!notices.length) return null;
  return (
    <section className="notices" aria-label={t.notices.label} aria-live="polite" data-keep-out>
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === "error" ? "alert" : "status"} data-notice-id={n.id}>
          <span className="notice__text">{n.text}</span>
          <button type="button" className="notice__close" onClick={() => onDismiss(n.id)} aria-label={t.notices.dismiss}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
