/** The model as Python Keras code, with a Copy button (the clipboard, or a selection to copy by hand). */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

type CopyState = 'idle' | 'copied' | 'selected';

export function KerasCode({ code }: { readonly code: string }) {
  const t = useT();
  const preRef = useRef<HTMLPreElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copy]);

  // A changed model makes an old "Copied" untrue.
  const [copiedCode, setCopiedCode] = useState(code);
  if (copiedCode !== code) {
    setCopiedCode(code);
    setCopy('idle');
  }

  const selectAll = () => {
    const pre = preRef.current;
    const selection = window.getSelection();
    if (!pre || !selection) return;
    selection.selectAllChildren(pre);
    pre.focus();
    setCopy('selected');
  };

  const onCopy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // Clipboard refused (no permission, not a secure context): select it for Ctrl+C instead.
      selectAll();
    }
  };

  if (!code) {
    return <p className="empty-hint">{t('designer.code.empty')}</p>;
  }
  return (
    <div className="keras-code">
      <div className="code-toolbar">
        <span className="muted">{t('designer.code.caption')}</span>
        <button type="button" className="button small" onClick={() => void onCopy()}>
          {t(copy === 'copied' ? 'designer.code.copied' : 'designer.code.copy')}
        </button>
      </div>
      <span className="visually-hidden" role="status">
        {copy === 'copied' ? t('designer.code.copiedStatus') : copy === 'selected' ? t('designer.code.selected') : ''}
      </span>
      {copy === 'selected' ? <p className="field-help">{t('designer.code.selected')}</p> : null}
      <pre ref={preRef} className="code-block" tabIndex={0} aria-label={t('designer.code.label')}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
