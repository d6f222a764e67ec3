/** A name edited in place: Enter or leaving the field keeps it, Escape gives the old one back. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

interface RenameFieldProps {
  readonly name: string;
  /** The new name (trimmed, never empty), or null when cancelled. */
  readonly onDone: (name: string | null) => void;
}

export function RenameField({ name, onDone }: RenameFieldProps) {
  const t = useT();
  const [draft, setDraft] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    const trimmed = value?.trim() ?? '';
    onDone(trimmed === '' ? null : trimmed);
  };
  return (
    <input
      ref={input}
      className="rename-input"
      aria-label={t('experiment.rename.label')}
      value={draft}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(draft);
        if (e.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(draft)}
    />
  );
}
