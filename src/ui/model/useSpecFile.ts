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
      const saved = await host.saveTextFile(SPEC_FILE_NAME, serializeModelSpec({ inputShape: context.inputShape, layers: draft.layers }));
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
      dispatch({ type: 'spec-opened', layers: spec.layers });
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
 * What the app leaves out of an opened spec, said rather than dropped: a first number of the
 * input shape that is a batch size (the data's shape follows it), and a fixed batchSize (the
 * app trains and predicts on batches of any size).
 */
export function specInputNotes(spec: { readonly inputShape: readonly number[]; readonly batchSize?: number }, dataShape: readonly number[]): string[] {
  const notes: string[] = [];
  const [first, ...rest] = spec.inputShape;
  if (first !== undefined && rest.length === dataShape.length && sameShape(rest, dataShape)) {
    notes.push(`Its input shape starts with ${first}, which looks like a batch size: Keras keeps the batch as None, so the input shape lists one example’s axes, ${shapeText(dataShape)}.`);
  }
  if (spec.batchSize !== undefined) {
    notes.push(`Its fixed batch size of ${spec.batchSize} is not used here: the app trains and predicts on batches of any size (the Batch size setting of the Train step); layerbench summary and the Keras code keep it.`);
  }
  return notes;
}
