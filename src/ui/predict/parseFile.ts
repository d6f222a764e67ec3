/**
 * Reads a CSV for predictions with the same parse worker as the Data step, but without
 * touching the app's dataset: the file only goes through the model.
 */
import type { TypedDataset } from '../../core/data/types';
import { AppError, quoteInput, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import { invalidMessageError, parseResponseSchema, type ParseRequest } from '../../workers/messages';

/** The worker's error as an AppError that keeps its catalogue message. */
function appError(info: AppErrorInfo): AppError {
  return new AppError(info);
}

export function parseFile(file: { readonly name: string; readonly sizeBytes: number; readonly data: Blob }): Promise<TypedDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = parseResponseSchema.safeParse(event.data);
      if (!parsed.success) return finish(() => reject(appError(invalidMessageError('the file reader', parsed.error))));
      const message = parsed.data;
      if (message.type === 'done') finish(() => resolve(message.dataset));
      else if (message.type === 'failed') finish(() => reject(appError(message.error)));
    });
    worker.addEventListener('error', (event: ErrorEvent) =>
      finish(() =>
        reject(
          new AppError({
            code: 'internal/parse-worker',
            message: msg('predict.readerStopped', { file: quoteInput(file.name) }),
            detail: event.message || 'parse worker error event without a message',
          }),
        ),
      ),
    );
    const request: ParseRequest = { type: 'parse', file: file.data, name: file.name, sizeBytes: file.sizeBytes };
    worker.postMessage(request);
  });
}
