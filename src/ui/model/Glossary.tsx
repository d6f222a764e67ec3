/**
 * Glossary terms in place: each term of an explanation line is a button that opens its entry
 * in a small popover (keyboard: Enter opens, Escape closes and returns to the term).
 */
import { glossaryEntry } from '../../core/model/glossary';
import { Popover } from '../components/Popover';
import { splitTerms, type TermResolver } from './glossaryText';

/** Words of the text that core's glossary knows under another name ("Parameters" → "params"). */
export const resolveTerm: TermResolver = (words) => glossaryEntry(words)?.term;

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
  const entry = glossaryEntry(term);
  const shown = text ?? term;
  if (!entry) return <>{shown}</>;
  const name = nameWithText(shown, label);
  return (
    <Popover
      trigger={shown}
      triggerClassName="term"
      {...(name ? { triggerLabel: name } : {})}
      triggerTitle={`What is “${entry.title}”?`}
      title={`Glossary: ${entry.title}`}
      className="glossary-popover"
      focus="panel"
    >
      {(close) => (
        <>
          <div className="glossary-title">
            <strong>{entry.title}</strong>
            <button type="button" className="icon-button" aria-label="Close" onClick={close}>
              ×
            </button>
          </div>
          <p>{entry.text}</p>
        </>
      )}
    </Popover>
  );
}

/** One line of arithmetic with its glossary terms as buttons. */
export function ExplainedLine({ line, terms }: { readonly line: string; readonly terms: readonly string[] }) {
  return (
    <div className="explain-line">
      {splitTerms(line, terms, resolveTerm).map((part, i) =>
        part.term ? <GlossaryTerm key={i} term={part.term} text={part.text} /> : <span key={i}>{part.text}</span>,
      )}
    </div>
  );
}
