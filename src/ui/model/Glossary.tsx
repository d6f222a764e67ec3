/**
 * Glossary terms in place: a message's `<term-ID>` span is a button that opens its entry in a
 * small popover (keyboard: Enter opens, Escape closes and returns to the term). An entry's own
 * links open the linked entry in the same popover, with a way back.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { glossaryEntry, type GlossaryEntry } from '../../core/model/glossary';
import { Popover } from '../components/Popover';
import { useT } from '../i18n/I18nProvider';
import { TermLinks, Text, type TermRenderer } from '../i18n/Text';

interface GlossaryTermProps {
  readonly term: string;
  /** The words shown; the term itself when absent. */
  readonly text?: string;
  /** The button's accessible name when the words shown are not enough ("?"); it always includes them. */
  readonly label?: string;
}

/** An accessible name that contains the words shown (WCAG's label in name): "? Explain units", not "What is units?". */
export function nameWithText(shown: string, label: string | undefined): string | undefined {
  if (!label) return undefined;
  return label.startsWith(shown) ? label : `${shown} ${label}`;
}

export function GlossaryTerm({ term, text, label }: GlossaryTermProps) {
  const t = useT();
  const entry = glossaryEntry(term);
  // Entries reached by following links inside the panel, the last one shown.
  const [trail, setTrail] = useState<readonly GlossaryEntry[]>([]);
  const shown = text ?? term;
  if (!entry) return <>{shown}</>;
  const current = trail[trail.length - 1] ?? entry;
  const name = nameWithText(shown, label);
  return (
    <Popover
      trigger={shown}
      triggerClassName="term"
      {...(name ? { triggerLabel: name } : {})}
      triggerTitle={t('designer.glossary.whatIs', { title: t(entry.title) })}
      title={t('designer.glossary.dialog', { title: t(current.title) })}
      className="glossary-popover"
      focus="panel"
    >
      {(close) => <GlossaryPanel entry={entry} trail={trail} onTrail={setTrail} close={close} />}
    </Popover>
  );
}

interface GlossaryPanelProps {
  readonly entry: GlossaryEntry;
  readonly trail: readonly GlossaryEntry[];
  readonly onTrail: (trail: readonly GlossaryEntry[]) => void;
  readonly close: () => void;
}

/**
 * The panel's content, drawn only while it is open: a closed panel holds no text, so a sentence
 * with a term reads (and copies) as the sentence alone, and a page with many terms stays light.
 */
function GlossaryPanel(props: GlossaryPanelProps) {
  const { onTrail } = props;
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const panel = root.current?.closest('[popover]');
    if (!panel) return;
    const onBeforeToggle = (event: Event) => {
      const opening = (event as ToggleEvent).newState === 'open';
      // Before the panel shows, so that it is placed with its content; opened again later, it
      // starts at the term's own entry.
      flushSync(() => {
        setOpen(opening);
        if (!opening) onTrail([]);
      });
    };
    panel.addEventListener('beforetoggle', onBeforeToggle);
    return () => panel.removeEventListener('beforetoggle', onBeforeToggle);
  }, [onTrail]);

  return <div ref={root}>{open ? <GlossaryEntryView {...props} /> : null}</div>;
}

/** An entry: its title, a close button, its text with links to other entries, and a way back. */
export function GlossaryEntryView({ entry, trail, onTrail, close }: GlossaryPanelProps) {
  const t = useT();
  const heading = useRef<HTMLElement>(null);
  const current = trail[trail.length - 1] ?? entry;
  const previous = trail.length > 0 ? (trail[trail.length - 2] ?? entry) : null;

  const go = (next: readonly GlossaryEntry[]) => {
    onTrail(next);
    // The panel's words changed under the reader: bring them to the new title.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const link: TermRenderer = (id, words, key) => {
    const target = glossaryEntry(id);
    if (!target || target.term === current.term) return <span key={key}>{words}</span>;
    return (
      <button key={key} type="button" className="term" onClick={() => go([...trail, target])}>
        {words}
      </button>
    );
  };

  return (
    <>
      <div className="glossary-title">
        <strong ref={heading} tabIndex={-1}>
          <Text m={current.title} />
        </strong>
        <button type="button" className="icon-button" aria-label={t('designer.glossary.close')} onClick={close}>
          ×
        </button>
      </div>
      <p>
        <TermLinks render={link}>
          <Text m={current.text} />
        </TermLinks>
      </p>
      {previous ? (
        <button type="button" className="button small" onClick={() => go(trail.slice(0, -1))}>
          {t('designer.glossary.back', { title: t(previous.title) })}
        </button>
      ) : null}
    </>
  );
}

/** How a glossary term of a message is drawn in the model step: the button that opens its entry. */
export const renderGlossaryTerm: TermRenderer = (term, text, key) => <GlossaryTerm key={key} term={term} text={text} />;

/** The messages inside link their glossary terms to the entries. */
export function GlossaryLinks({ children }: { readonly children: ReactNode }) {
  return <TermLinks render={renderGlossaryTerm}>{children}</TermLinks>;
}

/** Terms drawn as their words: for messages inside another button (a menu item), where a button cannot go. */
export function PlainTerms({ children }: { readonly children: ReactNode }) {
  return <TermLinks render={(_term, text, key) => <span key={key}>{text}</span>}>{children}</TermLinks>;
}
