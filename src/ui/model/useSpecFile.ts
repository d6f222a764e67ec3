/**
 * Saving and opening the model spec file (docs/model-spec.md) through the host: the same JSON
 * `layerbench summary` reads. An opened spec replaces the layers (undoable); its input shape
 * gives way to the data's, and the notice says so when they differ.
 */
import { useCallback, useState } from 'react';
import type { AppErrorInfo } from '../../core/errors';
import { quoteInput, toAppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import type { ModelDraft } from '../../core/model/designer-types';
import { shapeText, withBatch } from '../../core/model/format';
import { parseModelSpecFile, serializeModelSpec } from '../../core/model/spec-file';
import type { Host } from '../../host/contract';
import type { DesignerAction } from './designer';
import type { ModelContext } from '../../core/model/designer-types';

export const SPEC_FILE_NAME = 'model-spec.json';

export interface SpecFile {
  /** What the last save or open did, sentence by sentence. */
  readonly notice: readonly Message[];
  readonly error: AppErrorInfo | null;
  save(): Promise<void>;
  open(): Promise<void>;
  dismissError(): void;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function useSpecFile(
  host: Pick<Host, 'saveTextFile' | 'openTextFile'>,
  context: ModelContext | null,
  draft: ModelDraft,
  dispatch: (action: DesignerAction) => void,
): SpecFile {
  const [notice, setNotice] = useState<readonly Message[]>([]);
  const [error, setError] = useState<AppErrorInfo | null>(null);

  const save = useCallback(async () => {
    if (!context) return;
    setError(null);
    try {
      const saved = await host.saveTextFile(SPEC_FILE_NAME, serializeModelSpec({ inputShape: context.inputShape, layers: draft.layers, ...(draft.batchSize !== undefined ? { batchSize: draft.batchSize } : {}) }));
      setNotice(saved ? [msg('designer.spec.saved', { file: SPEC_FILE_NAME })] : []);
    } catch (err) {
      setError(toAppErrorInfo(err, msg('designer.spec.saveFailed')));
    }
  }, [host, context, draft]);

  const open = useCallback(async () => {
    if (!context) return;
    setError(null);
    try {
      const file = await host.openTextFile(['.json']);
      if (!file) return;
      const spec = parseModelSpecFile(file.text, file.name);
      dispatch({ type: 'spec-opened', layers: spec.layers, ...(spec.batchSize !== undefined ? { batchSize: spec.batchSize } : {}) });
      const named = { file: quoteInput(file.name), count: spec.layers.length };
      const opened = sameShape(spec.inputShape, context.inputShape)
        ? msg('designer.spec.opened', named)
        : msg('designer.spec.openedOtherShape', {
            ...named,
            specShape: shapeText(withBatch(spec.inputShape)),
            dataShape: shapeText(withBatch(context.inputShape)),
          });
      setNotice([opened, ...specInputNotes(spec, context.inputShape)]);
    } catch (err) {
      setNotice([]);
      setError(toAppErrorInfo(err, msg('designer.spec.openFailed')));
    }
  }, [host, context, dispatch]);

  const dismissError = useCallback(() => setError(null), []);
  return { notice, error, save, open, dismissError };
}

/**
 * What the app does with an opened spec's batch, said rather than done silently: a first number
 * of the input shape that is a batch size (the data's shape follows it), and a fixed batchSize
 * (kept in the shapes and the code, while Layerbench trains with batches of any size).
 */
export function specInputNotes(spec: { readonly inputShape: readonly number[]; readonly batchSize?: number }, dataShape: readonly number[]): Message[] {
  const notes: Message[] = [];
  const [first, ...rest] = spec.inputShape;
  if (first !== undefined && rest.length === dataShape.length && sameShape(rest, dataShape)) {
    notes.push(msg('designer.spec.batchInShape', { first, shape: shapeText(dataShape) }));
  }
  if (spec.batchSize !== undefined) notes.push(msg('designer.spec.fixedBatch', { size: spec.batchSize }));
  return notes;
}
