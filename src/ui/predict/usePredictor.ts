/**
 * The predict worker of one experiment panel: started on first use, kept while the panel is
 * open (the model stays loaded between form predictions), ended when it closes.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TypedDataset } from '../../core/data/types';
import { AppError, appErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import { useLocale } from '../i18n/I18nProvider';
import type { PredictionTable } from '../../core/experiment/predict';
import { invalidMessageError } from '../../workers/messages';
import { predictResponseSchema, type PredictImage, type PredictRequest } from '../../workers/predict-messages';

export interface Prediction {
  readonly table: PredictionTable;
  readonly problems: readonly AppErrorInfo[];
  readonly csv?: string;
}

type Pending = { resolve: (p: Prediction) => void; reject: (e: AppError) => void };

/** Rows of a table (a form's one row, a file), or new images for an image model. */
export interface Predictor {
  readonly rows: (dataset: TypedDataset, withCsv: boolean, text?: string) => Promise<Prediction>;
  /** One prediction per image, in order; `table.keys` are the names. The bytes are handed over to the worker. */
  readonly images: (images: readonly PredictImage[]) => Promise<Prediction>;
}

export function usePredictor(experimentId: string): Predictor {
  const { locale } = useLocale();
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  const failAll = useCallback((error: AppErrorInfo) => {
    for (const p of pending.current.values()) p.reject(new AppError(error));
    pending.current.clear();
  }, []);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      failAll(appErrorInfo({ code: 'predict/closed', message: msg('predict.cancelled') }));
    },
    [experimentId, failAll],
  );

  const ensureWorker = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../../workers/predict.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = predictResponseSchema.safeParse(event.data);
      if (!parsed.success) return failAll(invalidMessageError('the prediction process', parsed.error));
      const message = parsed.data;
      const waiting = pending.current.get(message.requestId);
      // A request the worker could not read comes back without its id: every waiting one fails with it.
      if (!waiting) return message.type === 'failed' ? failAll(message.error) : undefined;
      pending.current.delete(message.requestId);
      if (message.type === 'done') {
        waiting.resolve({ table: message.table, problems: message.problems, ...(message.csv !== undefined ? { csv: message.csv } : {}) });
      } else {
        waiting.reject(new AppError(message.error));
      }
    });
    w.addEventListener('error', (event: ErrorEvent) => {
      failAll(appErrorInfo({
        code: 'internal/predict-worker',
        message: msg('predict.workerStopped'),
        detail: event.message || 'predict worker error event without a message',
      }));
      w.terminate();
      if (worker.current === w) worker.current = null;
    });
    worker.current = w;
    return w;
  }, [failAll]);

  const send = useCallback(
    (request: (requestId: number) => PredictRequest, transfer: Transferable[] = []) =>
      new Promise<Prediction>((resolve, reject) => {
        const requestId = nextId.current++;
        pending.current.set(requestId, { resolve, reject });
        ensureWorker().postMessage(request(requestId), { transfer });
      }),
    [ensureWorker],
  );

  const rows = useCallback(
    (dataset: TypedDataset, withCsv: boolean, text?: string) =>
      send((requestId) => ({ type: 'predict', requestId, experimentId, dataset, withCsv, locale, ...(text === undefined ? {} : { text }) })),
    [send, experimentId, locale],
  );
  const images = useCallback(
    (list: readonly PredictImage[]) =>
      send(
        (requestId) => ({ type: 'predict-images', requestId, experimentId, images: list, locale }),
        // Each file's bytes are read for this request only: moved, not copied.
        [...new Set(list.map((image) => image.bytes.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer),
      ),
    [send, experimentId, locale],
  );
  return useMemo(() => ({ rows, images }), [rows, images]);
}
