import { useLayoutEffect } from "react";
import { endFirstPaint } from "./endFirstPaint";
import { en } from "../i18n/en";
import { ru } from "../i18n/ru";

/** Shown instead of the app when the prepared map data cannot be loaded: what failed, and what to do. */
export function StartupError({ error }: { error: unknown }) {
  const lang = new URLSearchParams(location.search).get("lang") === "ru" ? "ru" : "en";
  const t = lang === "ru" ? ru : en;
  const message = error instanceof Error ? error.message : String(error);
  // The picture of the view must not hide the message.
  useLayoutEffect(endFirstPaint, []);
  return (
    <main className="startup-error" lang={lang}>
      <p role="alert">{t.notices.startupFailed(message)}</p>
    </main>
  );
}
