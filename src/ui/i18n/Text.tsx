import { createContext, useContext, type ReactNode } from 'react';
import type { MessageCode } from '../../core/i18n/catalogue';
import type { Message, MessageParams } from '../../core/i18n/message';
import { useT } from './I18nProvider';

/** How a glossary term in a message is drawn: the model step links it to its entry; elsewhere it is plain text. */
export type TermRenderer = (term: string, text: string, key: number) => ReactNode;

const TermContext = createContext<TermRenderer | null>(null);

/** Gives the messages inside it a way to draw glossary terms (a button that opens the entry). */
export function TermLinks({ render, children }: { readonly render: TermRenderer; readonly children: ReactNode }) {
  return <TermContext.Provider value={render}>{children}</TermContext.Provider>;
}

/**
 * A message in the UI's language, its glossary terms drawn by the nearest TermLinks and its
 * Keras names as code: `<Text m={explanationLine} />`, `<Text m="app.dismiss" />`.
 */
export function Text({ m, params }: { readonly m: Message | MessageCode; readonly params?: MessageParams }) {
  const t = useT();
  const renderTerm = useContext(TermContext);
  const parts = t.parts(m, params);
  return (
    <>
      {parts.map((part, i) => {
        if (part.kind === 'code') return <code key={i}>{part.text}</code>;
        if (part.kind === 'term') return renderTerm ? renderTerm(part.term, part.text, i) : <span key={i}>{part.text}</span>;
        return part.text;
      })}
    </>
  );
}
