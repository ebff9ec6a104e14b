import type { Geography } from "../data/geography";
import { useI18n } from "../i18n/I18nContext";
import type { ResolvedModel } from "../model/resolve";
import { Diagram } from "./Diagram";
import { RegionList } from "./RegionList";
import type { Model } from "../model/schema";
import { attributionLine } from "../model/sourceLine";

/** A proposal explained in words: title, summary, schematic diagram and every region. */
export function ProposalCard({ resolved, geography, heading = "h1", compact = false }: { resolved: ResolvedModel; geography: Geography; heading?: "h1" | "h2"; compact?: boolean }) {
  const { t, text } = useI18n();
  const H = heading;
  const proposer = resolved.model.parties.find((p) => p.id === resolved.model.proposedBy);
  return (
    <article className="proposal" data-model={resolved.model.id}>
      <H className="proposal__title">{text(resolved.model.title)}</H>
      <p className="proposal__by">{t.proposal.proposedBy(proposer ? text(proposer.name) : resolved.model.proposedBy)}</p>
      <p className="summary">{text(resolved.model.summary)}</p>
      {resolved.model.keyStatement && <KeyStatementView model={resolved.model} />}
      <Diagram model={resolved.model} />
      <RegionList resolved={resolved} geography={geography} open={!compact} />
    </article>
  );
}

/** The statement that sums up the proposal: a short quotation or a reported position, attributed. */
function KeyStatementView({ model }: { model: Model }) {
  const { lang, t, text } = useI18n();
  const k = model.keyStatement!;
  const source = model.sources.find((s) => s.id === k.source);
  const byId = new Map(model.sources.map((s) => [s.id, s]));
  return (
    <figure className="key-statement">
      {/* A quotation is set as one; a reported position is plain text, never in quotation style. */}
      {k.quoted ? <blockquote>{t.words.quote(text(k.text))}</blockquote> : <p className="key-statement__position">{text(k.text)}</p>}
      <figcaption>
        <a href={`#source-${k.source}`}>{attributionLine(t.proposal.attribution(text(k.speaker), k.quoted), source, k.date, lang, byId)}</a>
      </figcaption>
      {k.quoted && lang === "ru" && <p className="key-statement__note">{t.sources.translationNote}</p>}
    </figure>
  );
}
