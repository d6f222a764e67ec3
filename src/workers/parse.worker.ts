/**
 * Parses one CSV/TSV file off the UI thread: Blob → text stream → parseCsv (core), posting
 * progress as it goes. The typed arrays of the result are transferred, not copied.
 */
import { parseCsv } from '../core/data/csv';
import { toAppErrorInfo } from '../core/errors';
import {
  datasetTransferables,
  invalidMessageError,
  parseRequestSchema,
  type ParseResponse,
} from './messages';

/** How often progress is posted at most; more only costs the UI thread re-renders. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: ParseResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** A ReadableStream as an async iterable, without relying on lib.dom's iterator typings. */
async function* readChunks(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'failed', error: invalidMessageError('the window', parsed.error) });
    return;
  }
  const { file, name, sizeBytes } = parsed.data;
  let lastPost = 0;
  const text = file.stream().pipeThrough(new TextDecoderStream());
  parseCsv(readChunks(text), { name, sizeBytes }, (progress) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: 'progress', progress });
  })
    .then((dataset) => post({ type: 'done', dataset }, datasetTransferables(dataset)))
    .catch((err: unknown) =>
      post({ type: 'failed', error: toAppErrorInfo(err, `“${name}” could not be read as a table.`) }),
    );
});
