import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { useI18n } from "../i18n/I18nContext";
import type { Source } from "../model/schema";
import { sourceLine } from "../model/sourceLine";
import type { HandoutContent } from "./videos";

interface Props {
  content: HandoutContent;
  /** The credit line (the site file's, or the build's); none when null. */
  credit: string | null;
  /** Called once the pictures have loaded and the pages are laid out. */
  onReady: () => void;
}

/**
 * The printed handout of a briefing (a print stylesheet shows it in place of the page: styles.css, `.handout`): two
 * steps a page, each with its picture, number, title, caption and sources, and on every page the briefing's title, the
 * illustrative note and the credit. Hidden on screen.
 */
export function Handout({ content, credit, onReady }: Props) {
  const { t, text, lang } = useI18n();
  const urls = useMemo(() => content.pictures.map((p) => URL.createObjectURL(p)), [content]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const briefing = content.screens[0]?.briefing;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const el = root.current;
    if (el) el.dataset.ready = "false";
    const images = el ? [...el.querySelectorAll("img")] : [];
    Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (!live) return;
      if (el) el.dataset.ready = "true";
      onReady();
    });
    return () => {
      live = false;
    };
  }, [urls, onReady]);
  if (!briefing) return null;
  const sources = new Map<string, Source>(briefing.sources.map((s) => [s.id, s]));
  const pages: number[][] = [];
  content.screens.forEach((_, i) => (i % 2 ? pages[pages.length - 1]!.push(i) : pages.push([i])));
  const total = content.screens.length;
  return createPortal(
    <div className="handout" ref={root}>
      {pages.map((steps, p) => (
        <section className="handout__page" key={p}>
          <header className="handout__head">{text(briefing.title)}</header>
          {steps.map((i) => {
            const s = content.screens[i]!;
            const step = s.step!;
            return (
              <article className="handout__step" key={step.id} data-step={i + 1}>
                <img src={urls[i]} alt={t.handout.pictureAlt(s.title)} />
                <div className="handout__words">
                  <p className="handout__number">{t.handout.step(i + 1, total)}</p>
                  <h2>{s.title}</h2>
                  <p className="handout__caption">{text(step.caption)}</p>
                  <p className="handout__sources">
                    {t.handout.sources}: {step.sources.map((id) => sources.get(id)).filter((x): x is Source => !!x).map((src) => sourceLine(src, lang, sources)).join("; ")}
                  </p>
                </div>
              </article>
            );
          })}
          <footer className="handout__foot">
            <span>{t.note.illustrative}</span>
            {credit && <span className="handout__credit">{credit}</span>}
          </footer>
        </section>
      ))}
    </div>,
    document.body,
  );
}
