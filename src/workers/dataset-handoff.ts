/**
 * The loaded table goes from the parse worker (which keeps a copy) to a train worker over a
 * MessageChannel, so that the UI thread never copies it: structured-cloning a 600,000-row table
 * for postMessage took one 430 ms task on the UI thread when the renderer sent it itself.
 */
import { z } from 'zod';
import type { TypedDataset } from '../core/data/types';
import { AppError } from '../core/errors';
import { msg } from '../core/i18n/message';
import { typedDatasetSchema } from '../core/record-schemas';

export const messagePortSchema = z.custom<MessagePort>((value) => typeof MessagePort !== 'undefined' && value instanceof MessagePort, 'a MessagePort');

/** Renderer → parse worker: post the dataset you keep to this port (a train worker holds the other end). */
export interface SendDatasetRequest {
  readonly type: 'send-dataset';
  readonly port: MessagePort;
}
export const sendDatasetRequestSchema = z.object({ type: z.literal('send-dataset'), port: messagePortSchema }) satisfies z.ZodType<SendDatasetRequest>;

/** Parse worker → train worker, over that port. */
export type DatasetHandoff = { readonly type: 'dataset'; readonly dataset: TypedDataset } | { readonly type: 'no-dataset' };
const datasetHandoffSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dataset'), dataset: typedDatasetSchema }),
  z.object({ type: z.literal('no-dataset') }),
]) satisfies z.ZodType<DatasetHandoff>;

/** Parse worker side: copies the kept dataset (on this thread) to the port, then closes it. */
export function sendKeptDataset(port: MessagePort, dataset: TypedDataset | null): void {
  const message: DatasetHandoff = dataset ? { type: 'dataset', dataset } : { type: 'no-dataset' };
  port.postMessage(message);
  port.close();
}

const HANDOFF_FAILED = msg('train.worker.handoffFailed');

/** Train worker side: the dataset that arrives on `port`, checked; an AppError if none comes within `timeoutMs`. */
export function receiveDataset(port: MessagePort, timeoutMs = 120_000): Promise<TypedDataset> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      port.close();
      reject(new AppError({ code: 'internal/dataset-handoff', message: HANDOFF_FAILED, detail: `no dataset arrived from the file reader within ${timeoutMs / 1000} s` }));
    }, timeoutMs);
    port.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      port.close();
      const parsed = datasetHandoffSchema.safeParse(event.data);
      if (!parsed.success) {
        reject(new AppError({ code: 'internal/dataset-handoff', message: HANDOFF_FAILED, detail: `invalid handoff: ${parsed.error.message}` }));
      } else if (parsed.data.type === 'no-dataset') {
        reject(new AppError({ code: 'internal/dataset-handoff', message: HANDOFF_FAILED, detail: 'the file reader keeps no dataset' }));
      } else {
        resolve(parsed.data.dataset);
      }
    };
  });
}
