/** "Deleted “name”. [Undo]": shown for a while after a delete; announced politely. */
import { useEffect } from 'react';

interface UndoToastProps {
  readonly text: string;
  readonly onUndo: () => void;
  readonly onClose: () => void;
  /** How long it stays, in ms. */
  readonly timeoutMs?: number;
}

export function UndoToast({ text, onUndo, onClose, timeoutMs = 12_000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs, text]);
  return (
    <div className="toast" role="status">
      <span>{text}</span>
      <button type="button" className="button small primary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="button small" aria-label="Close this message" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
