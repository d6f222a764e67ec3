/**
 * Saving and opening the model spec file (docs/model-spec.md) through the host: the same JSON
 * `layerbench summary` reads. An opened spec replaces the layers (undoable); its input shape
 * gives way to the data's, and the notice says so when they differ.
 */
import { useCallback, useState } from 'react';
import type { AppErrorInfo } from '../../core/errors';
import { toAppErrorInfo } from '../../core/errors';
import type { ModelDraft } from '../../core/model/designer-types';
import { shapeText, withBatch } from '../../core/model/format';
import { parseModelSpecFile, serializeModelSpec } from '../../core/model/spec-file';
import type { Host } from '../../host/contract';
import type { DesignerAction } from './designer';
import type { ModelContext } from '../../core/model/designer-types';

export const SPEC_FILE_NAME = 'model-spec.json';

export interface SpecFile {
  readonly notice: string;
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
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);

  const save = useCallback(async () => {
    if (!context) return;
    setError(null);
    try {
      const saved = await host.saveTextFile(SPEC_FILE_NAME, serializeModelSpec({ inputShape: context.inputShape, layers: draft.layers, ...(draft.batchSize !== undefined ? { batchSize: draft.batchSize } : {}) }));
      setNotice(saved ? `Model spec saved (${SPEC_FILE_NAME}).` : '');
    } catch (err) {
      setError(toAppErrorInfo(err, 'The model spec could not be saved.'));
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
      const layers = `${spec.layers.length} ${spec.layers.length === 1 ? 'layer' : 'layers'}`;
      const opened = sameShape(spec.inputShape, context.inputShape)
        ? `Opened “${file.name}”: ${layers}. Undo brings back the previous ones.`
        : `Opened “${file.name}”: ${layers}, made for the input ${shapeText(withBatch(spec.inputShape))}; ` +
            `your data gives ${shapeText(withBatch(context.inputShape))}, so the first layer now takes that.`;
      setNotice([opened, ...specInputNotes(spec, context.inputShape)].join(' '));
    } catch (err) {
      setNotice('');
      setError(toAppErrorInfo(err, 'The model spec could not be opened.'));
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
export function specInputNotes(spec: { readonly inputShape: readonly number[]; readonly batchSize?: number }, dataShape: readonly number[]): string[] {
  const notes: string[] = [];
  const [first, ...rest] = spec.inputShape;
  if (first !== undefined && rest.length === dataShape.length && sameShape(rest, dataShape)) {
    notes.push(`Its input shape starts with ${first}, which looks like a batch size: Keras keeps the batch as None, so the input shape lists one example’s axes, ${shapeText(dataShape)}.`);
  }
  if (spec.batchSize !== undefined) {
    notes.push(`Its fixed batch size of ${spec.batchSize} is kept: every shape starts with it instead of None, and the Keras code writes it; Layerbench itself trains with the Train step's batch size.`);
  }
  return notes;
}
