/**
 * Parses one CSV/TSV file off the UI thread: Blob → byte stream → parseCsvBytes (core, which
 * detects the text encoding unless the user chose one, and decodes as it parses), posting
 * progress as it goes. The typed arrays of the result are transferred, not copied.
 *
 * Asked to keep it, the worker also keeps a copy of the dataset it read and analyses plans of
 * it on request (analysePlan: problems, split, fit, shape, head), which takes hundreds of milliseconds on
 * a large table: here that time is the worker's, not the window's.
 */
import { parseCsvBytes } from '../core/data/csv';
import { detectSequences } from '../core/sources/sequences/detect';
import type { SequenceSummary } from '../core/sources/sequences/types';
import type { KindPlan } from '../core/sources/registry';
import { appErrorInfo, quoteInput, toAppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import { analysePlan, failedPlanAnalysis } from '../core/pipeline/analyse';
import { sendKeptDataset } from './dataset-handoff';
import {
  datasetTransferables,
  invalidMessageError,
  parseWorkerRequestSchema,
  type AnalyseRequest,
  type ParseRequest,
  type ParseResponse,
  type TablePlanRef,
} from './messages';

/** How often progress is posted at most; more only costs the UI thread re-renders. */
const PROGRESS_INTERVAL_MS = 100;

/** The copy of the dataset read (its arrays were transferred away) and its detection, when asked to keep it. */
let kept: SequenceSummary | null = null;
/** The latest 'analyse' request not answered yet; older ones are superseded, not answered. */
let pendingAnalysis: AnalyseRequest | null = null;

function post(message: ParseResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** A ReadableStream as an async iterable, without relying on lib.dom's iterator typings. */
async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
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

function parse({ file, name, sizeBytes, keep, encoding }: ParseRequest): void {
  let lastPost = 0;
  parseCsvBytes(readChunks(file.stream()), { name, sizeBytes }, encoding !== undefined ? { encoding } : {}, (progress) => {
    const now = performance.now();
    if (now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: 'progress', progress });
  })
    .then((dataset) => {
      const detection = detectSequences(dataset);
      // Copied here, before the transfer detaches the arrays, so the copy costs this thread.
      if (keep) kept = { dataset: structuredClone(dataset), detection };
      post({ type: 'done', dataset, detection }, datasetTransferables(dataset));
    })
    .catch((err: unknown) =>
      post({ type: 'failed', error: toAppErrorInfo(err, msg('data.reader.notATable', { file: quoteInput(name) })) }),
    );
}

/** The plan with what this worker holds: the table, or the table with its detection for sequences. */
function kindPlan(summary: SequenceSummary, ref: TablePlanRef): KindPlan {
  return ref.kind === 'table' ? { kind: 'table', summary: summary.dataset, plan: ref.plan } : { kind: 'sequences', summary, plan: ref.plan };
}

/**
 * Answers the latest request only: requests that arrive while a large analysis runs queue up,
 * and only the last describes what the window shows now.
 */
function analyseLatest(): void {
  const request = pendingAnalysis;
  pendingAnalysis = null;
  if (!request) return;
  const analysis = kept
    ? analysePlan(kindPlan(kept, request.plan), request.settings)
    : failedPlanAnalysis(appErrorInfo({
        code: 'internal/parse-worker',
        message: msg('data.reader.notLoaded'),
        detail: 'analyse request to a parse worker that keeps no dataset',
      }));
  post({ type: 'analysis', requestId: request.requestId, analysis });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseWorkerRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'failed', error: invalidMessageError('the window', parsed.error) });
    return;
  }
  const request = parsed.data;
  if (request.type === 'parse') {
    parse(request);
    return;
  }
  if (request.type === 'send-dataset') {
    sendKeptDataset(request.port, kept?.dataset ?? null);
    return;
  }
  const scheduled = pendingAnalysis !== null;
  pendingAnalysis = request;
  // A task of its own, so that requests already queued behind this one supersede it first.
  if (!scheduled) setTimeout(analyseLatest, 0);
});
