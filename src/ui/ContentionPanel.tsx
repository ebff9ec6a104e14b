import { useI18n } from "../i18n/I18nContext";
import type { Context } from "../model/contextSchema";
import type { Source } from "../model/schema";
import { SourceLinks } from "./SourceLinks";

interface Props {
  context: Context;
  sources: ReadonlyMap<string, Source>;
  active: string | undefined;
  onShow: (id: string | undefined) => void;
}

/** Where the proposals collide; each point can be shown on the globe. */
export function ContentionPanel({ context, sources, active, onShow }: Props) {
  const { t, text } = useI18n();
  return (
    <ul className="contention">
      {context.contention.map((c) => (
        <li key={c.id} data-point={c.id}>
          <strong>{text(c.title)}</strong>
          <p>{text(c.description)}</p>
          <p className="contention__source">
            <SourceLinks ids={c.sources} sources={sources} />
          </p>
          <button type="button" className="button" aria-pressed={active === c.id} data-action="show-point" onClick={() => onShow(active === c.id ? undefined : c.id)}>
            {active === c.id ? t.contention.showing : t.contention.show}
          </button>
        </li>
      ))}
    </ul>
  );
}
