/**
 * Reads a CSV for predictions with the same parse worker as the Data step, but without
 * touching the app's dataset: the file only goes through the model.
 */
import type { TypedDataset } from '../../core/data/types';
import { AppError } from '../../core/errors';
import { invalidMessageError, parseResponseSchema, type ParseRequest } from '../../workers/messages';

export function parseFile(file: { readonly name: string; readonly sizeBytes: number; readonly data: Blob }): Promise<TypedDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = parseResponseSchema.safeParse(event.data);
      if (!parsed.success) return finish(() => reject(new AppError(invalidMessageError('the file reader', parsed.error))));
      const message = parsed.data;
      if (message.type === 'done') finish(() => resolve(message.dataset));
      else if (message.type === 'failed') finish(() => reject(new AppError(message.error)));
    });
    worker.addEventListener('error', (event: ErrorEvent) =>
      finish(() =>
        reject(
          new AppError({
            code: 'internal/parse-worker',
            message: `“${file.name}” could not be read: the reader stopped unexpectedly.`,
            detail: event.message || 'parse worker error event without a message',
          }),
        ),
      ),
    );
    const request: ParseRequest = { type: 'parse', file: file.data, name: file.name, sizeBytes: file.sizeBytes };
    worker.postMessage(request);
  });
}
