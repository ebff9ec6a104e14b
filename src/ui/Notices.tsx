export interface Notice {
  id: string;
  text: string;
  kind: "error" | "warning" | "info";
}

/** Messages about bad input (model files, URL parameters, WebGL); each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  if (!notices.length) return null;
  return (
    <section className="notices" aria-label="Messages" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === "error" ? "alert" : "status"} data-notice-id={n.id}>
          <span className="notice__text">{n.text}</span>
          <button type="button" className="notice__close" onClick={() => onDismiss(n.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
