import { useI18n, type Message } from "../i18n/I18nContext";

export interface Notice {
  id: string;
  /** The message, written in the interface language when shown (so it changes with the language). */
  text: Message;
  kind: "error" | "warning" | "info";
}

/** Messages about bad input (model files, URL parameters, WebGL); each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!notices.length) return null;
  return (
    <section className="notices" aria-label={t.notices.label} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === "error" ? "alert" : "status"} data-notice-id={n.id}>
          <span className="notice__text">{n.text(i18n)}</span>
          <button type="button" className="notice__close" onClick={() => onDismiss(n.id)} aria-label={t.notices.dismiss}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
