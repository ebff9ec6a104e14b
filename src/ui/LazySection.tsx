import { Component, Suspense, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext";

interface Props {
  /** Its `data-section`: tests, links and styles find it by this. */
  name: string;
  summary: string;
  className?: string;
  /** Whether its body renders yet (useSections.ts); the body's chunk is fetched when it first does. */
  wanted: boolean;
  onWant: () => void;
  children: ReactNode;
}

/**
 * A closed section of the panel whose body comes in a chunk of its own. Reaching for it (toggle, pointer-down,
 * focus of its summary) asks for the body at once; opened before the body has arrived, it says so in a polite
 * status line, never an empty box, and shows the body as soon as it is there.
 */
export function LazySection({ name, summary, className = "section", wanted, onWant, children }: Props) {
  return (
    <details className={className} data-section={name} onToggle={onWant}>
      <summary onPointerDown={onWant} onFocus={onWant}>
        {summary}
      </summary>
      {wanted ? (
        <SectionBoundary>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </SectionBoundary>
      ) : (
        <Loading />
      )}
    </details>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <p className="section__loading" role="status">
      {t.sections.loading}
    </p>
  );
}

function LoadFailed() {
  const { t } = useI18n();
  return (
    <p className="section__loading section__loading--failed" role="alert">
      {t.sections.loadFailed}
    </p>
  );
}

/** A body whose chunk could not be fetched says so in its section; the rest of the page goes on. */
class SectionBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}
