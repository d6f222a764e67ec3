/**
 * One text field's draft: what the user typed, passed on as a value once it is valid, and kept
 * as it was typed (with its problem, in the app's state) while it is not, instead of snapping
 * back to the last valid value when the field loses focus. Escape brings the last valid value
 * back. Without a DraftsProvider (a field on its own), the draft lives in the field only.
 */
import { createContext, useCallback, useContext, useEffect, useState, type KeyboardEvent } from 'react';
import type { Message } from '../../core/i18n/message';
import { valueKey, type Drafts, type InvalidDraft } from '../app/drafts';
import type { StepId } from '../app/state';

export interface DraftsStore {
  readonly drafts: Drafts;
  readonly set: (id: string, draft: InvalidDraft | null) => void;
}

export const DraftsContext = createContext<DraftsStore | null>(null);

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Message };

export interface DraftFieldOptions<T> {
  /** Unique in the app and stable across steps: "train.validationSplit", "model.layer.2.units". */
  readonly id: string;
  readonly step: StepId;
  /** The field's name in the Train step's reason ("“Units” of layer 2"). */
  readonly field: Message;
  /** The valid value the app holds now. */
  readonly value: T;
  readonly format: (value: T) => string;
  readonly parse: (text: string) => Parsed<T>;
  readonly onChange: (value: T) => void;
}

export interface DraftField {
  readonly text: string;
  readonly problem: Message | null;
  readonly onText: (text: string) => void;
  /** Escape: back to the last valid value. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Drops the text typed for the last valid value (the field is about to be hidden). */
  readonly restore: () => void;
}

export function useDraftField<T>({ id, step, field, value, format, parse, onChange }: DraftFieldOptions<T>): DraftField {
  const store = useContext(DraftsContext);
  const [local, setLocal] = useState<InvalidDraft | null>(null);
  const saved = store ? (store.drafts[id] ?? null) : local;
  const base = valueKey(value);
  const setSaved = useCallback((draft: InvalidDraft | null) => (store ? store.set(id, draft) : setLocal(draft)), [store, id]);
  // A draft made from another value than the app's now is stale (undo, a fix, other data).
  const live = saved !== null && saved.base === base ? saved : null;
  const [typed, setTyped] = useState<{ readonly text: string; readonly base: string }>(() => ({ text: live ? live.text : format(value), base }));
  let text = typed.text;
  if (typed.base !== base && !live) {
    // The value changed from outside, or a valid text was passed on: show the value (kept if it reads the same).
    const parsed = parse(typed.text);
    text = parsed.ok && valueKey(parsed.value) === base ? typed.text : format(value);
    setTyped({ text, base });
  }
  if (!store && local !== null && local.base !== base) setLocal(null);
  // The app's copy is the parent's state: it is dropped after this render, not during it.
  const staleInStore = store !== null && saved !== null && saved.base !== base;
  useEffect(() => {
    if (staleInStore) store.set(id, null);
  }, [staleInStore, store, id]);

  const parsed = parse(text);
  const onText = (next: string) => {
    const result = parse(next);
    if (result.ok) {
      setTyped({ text: next, base: valueKey(result.value) });
      if (saved !== null) setSaved(null);
      if (valueKey(result.value) !== base) onChange(result.value);
    } else {
      setTyped({ text: next, base });
      setSaved({ step, field, text: next, problem: result.problem, base });
    }
  };
  const restore = () => {
    setTyped({ text: format(value), base });
    if (saved !== null) setSaved(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || parsed.ok) return;
    event.preventDefault();
    restore();
  };
  return { text, problem: parsed.ok ? null : parsed.problem, onText, onKeyDown, restore };
}
