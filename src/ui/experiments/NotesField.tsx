/** Free notes on a run, saved when the field is left (or Ctrl+Enter). */
import { useId, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

export function NotesField({ notes, onSave }: { readonly notes: string; readonly onSave: (notes: string) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(notes);
  const [shown, setShown] = useState(notes);
  if (shown !== notes) {
    // Saved (or changed elsewhere): show what is stored.
    setShown(notes);
    setDraft(notes);
  }
  const save = () => {
    if (draft !== notes) onSave(draft);
  };
  return (
    <div className="field notes-field">
      <label htmlFor={id}>
        <Text m="experiment.notes.label" />
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={5000}
        value={draft}
        placeholder={t('experiment.notes.placeholder')}
        aria-describedby={`${id}-help`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
        }}
      />
      <p id={`${id}-help`} className="field-help">
        <Text m="experiment.notes.help" />
      </p>
    </div>
  );
}
