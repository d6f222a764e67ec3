/** "Deleted “name”. [Undo]": shown for a while after a delete; announced politely. */
import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

interface UndoToastProps {
  readonly text: string;
  readonly onUndo: () => void;
  readonly onClose: () => void;
  /** How long it stays, in ms. */
  readonly timeoutMs?: number;
}

export function UndoToast({ text, onUndo, onClose, timeoutMs = 12_000 }: UndoToastProps) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs, text]);
  return (
    <div className="toast" role="status">
      <span>{text}</span>
      <button type="button" className="button small primary" onClick={onUndo}>
        <Text m="experiment.undo.undo" />
      </button>
      <button type="button" className="button small" aria-label={t('experiment.undo.close')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
