import { useI18n } from "../i18n/I18nContext";
import { layoutDiagram } from "../model/diagramLayout";
import type { Model } from "../model/schema";
import { seaColour } from "../theme";
import { useTheme } from "./ThemeContext";

/** The proposal's abstract parts as boxes and arrows: no places, no numbers. */
export function Diagram({ model }: { model: Model }) {
  const { lang, t, text } = useI18n();
  const theme = useTheme();
  if (!model.nodes.length) return null;
  const layout = layoutDiagram(model, lang);
  const colour = new Map(model.parties.map((p) => [p.id, theme.parties[p.colour]]));
  const pad = 6;
  const w = layout.width + pad * 2;
  const h = layout.height + pad * 2;
  const title = t.proposal.schematic(
    text(model.title),
    model.nodes.map((n) => text(n.label)),
    model.links.map((l) => text(l.label)),
  );
  return (
    <figure className="diagram">
      <svg viewBox={`${-pad} ${-pad} ${w} ${h}`} width="100%" role="img" aria-label={title}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
          {layout.boxes
            .filter((b) => b.owners.length > 1)
            .map((b) => (
              <linearGradient key={b.id} id={`owners-${b.id}`} x1="0" x2="1" y1="0" y2="0">
                {b.owners.map((o, i) => [
                  <stop key={`${o}a`} offset={i / b.owners.length} stopColor={colour.get(o)} />,
                  <stop key={`${o}b`} offset={(i + 1) / b.owners.length} stopColor={colour.get(o)} />,
                ])}
              </linearGradient>
            ))}
        </defs>
        {layout.arrows.map((a) => (
          <line
            key={a.id}
            x1={a.x1}
            y1={a.y1}
            x2={a.x2}
            y2={a.y2}
            className="diagram__arrow"
            markerEnd="url(#arrow)"
            markerStart={a.both ? "url(#arrow)" : undefined}
          >
            <title>{a.label}</title>
          </line>
        ))}
        {layout.boxes.map((b) => (
          <g key={b.id} className={`diagram__box diagram__box--${b.kind}`}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              rx={b.kind === "system" ? 4 : b.kind === "sector" ? 8 : 14}
              className="diagram__frame"
              style={b.kind === "sector" && b.owners.length === 1 ? { fill: seaColour(theme, colour.get(b.owners[0]!) ?? theme.inset.paper) } : undefined}
            />
            <rect
              x={b.x}
              y={b.y + b.h - 5}
              width={b.w}
              height={5}
              fill={b.owners.length > 1 ? `url(#owners-${b.id})` : colour.get(b.owners[0]!)}
            />
            {b.lines.map((line, i) => (
              <text key={i} x={b.x + b.w / 2} y={b.y + 17 + i * 15} textAnchor="middle">
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        {model.links.map((l) => (
          <span key={l.id} className="diagram__caption">
            {l.direction === "both" ? "⇄" : "→"} {text(l.label)}
          </span>
        ))}
        {model.nodes
          .filter((n) => n.note)
          .map((n) => (
            <span key={n.id} className="diagram__note">
              <strong>{text(n.label)}:</strong> {text(n.note!)}
            </span>
          ))}
      </figcaption>
    </figure>
  );
}
