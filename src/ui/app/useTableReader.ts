/**
 * The parse worker's side of the window: one worker reads a CSV/TSV file, then stays, holding
 * a copy of the table, for as long as that table is the loaded one: plans of it are analysed
 * there (a large table takes longer than a frame), and a train worker gets its copy from there.
 */
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import type { EncodingName } from '../../core/data/encoding';
import { appErrorInfo, quoteInput } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { TypedDataset } from '../../core/data/types';
import { analysePlan, failedPlanAnalysis, type PlanAnalysis } from '../../core/pipeline/analyse';
import type { SplitOptions } from '../../core/sources/kind';
import type { KindPlan } from '../../core/sources/registry';
import {
  invalidMessageError,
  parseResponseSchema,
  type AnalyseRequest,
  type ParseRequest,
  type TablePlanRef,
} from '../../workers/messages';
import type { SendDatasetRequest } from '../../workers/dataset-handoff';
import type { NamedTarget } from './loaded';
import type { Action } from './state';

export interface FileToLoad {
  readonly name: string;
  readonly sizeBytes: number;
  readonly data: Blob;
  /** The text encoding the user chose for it; detected when absent. */
  readonly encoding?: EncodingName;
}

/** The plans of data read from a CSV: a table's, or sequences'. */
export type TableKindPlan = Extract<KindPlan, { kind: 'table' | 'sequences' }>;

/** The parse worker's side of the Data and Shape steps. */
export interface TableReader {
  /** Parses a file in a new worker; a new file ends the parsing of the previous one. */
  load(file: FileToLoad, target?: NamedTarget): void;
  /** Ends the parsing of a file (a folder is being opened instead); the loaded table stays. */
  cancel(): void;
  /**
   * The analysis of `plan` of `dataset`, by the worker that read it (it keeps a copy). Null
   * when a later request superseded this one or the worker was ended (another dataset came).
   * A dataset that no worker holds is analysed here, on this thread.
   */
  analyse(plan: TableKindPlan, settings: SplitOptions): Promise<PlanAnalysis | null>;
  /** Ends the worker that holds a dataset other than this one (another file, or images, are loaded). */
  keepOnly(dataset: TypedDataset | null): void;
  /**
   * A port on which the worker that holds `dataset` sends a copy of it (for a train worker), so
   * that the UI thread does not copy it; null when no worker holds it.
   */
  datasetPort(dataset: TypedDataset): MessagePort | null;
}

interface HeldDataset {
  readonly worker: Worker;
  readonly dataset: TypedDataset;
  /** Unanswered 'analyse' requests by requestId; the worker answers only the latest it saw. */
  readonly pending: Map<number, (analysis: PlanAnalysis | null) => void>;
}

/** Answers every pending request: `answer` for `upTo`, null (superseded) for the earlier ones. */
function settlePending(held: HeldDataset, upTo: number, answer: PlanAnalysis | null): void {
  for (const [id, resolve] of held.pending) {
    if (id > upTo) continue;
    held.pending.delete(id);
    resolve(id === upTo ? answer : null);
  }
}

/** Answers every pending request with `answer`: a failure, or null when the worker was ended. */
function settleAll(held: HeldDataset, answer: PlanAnalysis | null): void {
  for (const resolve of held.pending.values()) resolve(answer);
  held.pending.clear();
}

function endHeld(held: HeldDataset): void {
  held.worker.terminate();
  settleAll(held, null);
}

/**
 * Parses files in a worker, which then stays, holding a copy of the dataset, while that
 * dataset is the loaded one: plans of it are analysed there, not on the UI thread.
 */
export function useTableReader(dispatch: Dispatch<Action>): TableReader {
  /** The worker reading a file now. */
  const parsing = useRef<Worker | null>(null);
  /** The worker that read the loaded dataset; the previous one stays until a new file succeeds. */
  const held = useRef<HeldDataset | null>(null);
  const nextRequestId = useRef(0);
  useEffect(
    () => () => {
      parsing.current?.terminate();
      if (held.current) endHeld(held.current);
    },
    [],
  );

  const load = useCallback(
    (file: FileToLoad, target?: NamedTarget) => {
      parsing.current?.terminate();
      const worker = new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), { type: 'module' });
      parsing.current = worker;
      const fail = () => {
        worker.terminate();
        if (parsing.current === worker) parsing.current = null;
      };
      dispatch({ type: 'load-started', fileName: file.name, ...(target ? { target } : {}) });
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const holding = held.current?.worker === worker ? held.current : null;
        if (parsing.current !== worker && !holding) return;
        const parsed = parseResponseSchema.safeParse(event.data);
        if (!parsed.success) {
          const error = invalidMessageError('the file reader', parsed.error);
          if (holding) settleAll(holding, failedPlanAnalysis(error));
          else {
            dispatch({ type: 'load-failed', error });
            fail();
          }
          return;
        }
        const message = parsed.data;
        if (holding) {
          if (message.type === 'analysis') settlePending(holding, message.requestId, message.analysis);
          else if (message.type === 'failed') settleAll(holding, failedPlanAnalysis(message.error));
        } else if (message.type === 'progress') {
          dispatch({ type: 'load-progress', progress: message.progress });
        } else if (message.type === 'done') {
          parsing.current = null;
          if (held.current) endHeld(held.current);
          held.current = { worker, dataset: message.dataset, pending: new Map() };
          dispatch({ type: 'load-succeeded', dataset: message.dataset, detection: message.detection });
        } else if (message.type === 'failed') {
          dispatch({ type: 'load-failed', error: message.error });
          fail();
        }
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        const detail = event.message || 'parse worker error event without a message';
        if (held.current?.worker === worker) {
          const holding = held.current;
          held.current = null;
          holding.worker.terminate();
          settleAll(holding, failedPlanAnalysis(appErrorInfo({
            code: 'internal/parse-worker',
            message: msg('data.reader.stoppedAnalysing'),
            detail,
          })));
          return;
        }
        if (parsing.current !== worker) return;
        dispatch({
          type: 'load-failed',
          error: appErrorInfo({
            code: 'internal/parse-worker',
            message: msg('data.reader.stopped', { file: quoteInput(file.name) }),
            detail,
          }),
        });
        fail();
      });
      const request: ParseRequest = {
        type: 'parse',
        file: file.data,
        name: file.name,
        sizeBytes: file.sizeBytes,
        keep: true,
        ...(file.encoding !== undefined ? { encoding: file.encoding } : {}),
      };
      worker.postMessage(request);
    },
    [dispatch],
  );

  const analyse = useCallback(
    (kindPlan: TableKindPlan, settings: SplitOptions): Promise<PlanAnalysis | null> => {
      const holding = held.current;
      const dataset = kindPlan.kind === 'table' ? kindPlan.summary : kindPlan.summary.dataset;
      if (holding?.dataset !== dataset) return Promise.resolve(analysePlan(kindPlan, settings));
      const plan: TablePlanRef = kindPlan.kind === 'table' ? { kind: 'table', plan: kindPlan.plan } : { kind: 'sequences', plan: kindPlan.plan };
      const requestId = ++nextRequestId.current;
      return new Promise((resolve) => {
        holding.pending.set(requestId, resolve);
        const request: AnalyseRequest = { type: 'analyse', requestId, plan, settings: { testFraction: settings.testFraction, seed: settings.seed } };
        holding.worker.postMessage(request);
      });
    },
    [],
  );

  const keepOnly = useCallback((dataset: TypedDataset | null) => {
    if (held.current && held.current.dataset !== dataset) {
      endHeld(held.current);
      held.current = null;
    }
  }, []);

  const datasetPort = useCallback((dataset: TypedDataset): MessagePort | null => {
    const holding = held.current;
    if (holding?.dataset !== dataset) return null;
    const channel = new MessageChannel();
    const request: SendDatasetRequest = { type: 'send-dataset', port: channel.port1 };
    holding.worker.postMessage(request, [channel.port1]);
    return channel.port2;
  }, []);

  const cancel = useCallback(() => {
    parsing.current?.terminate();
    parsing.current = null;
  }, []);

  return useMemo(() => ({ load, cancel, analyse, keepOnly, datasetPort }), [load, cancel, analyse, keepOnly, datasetPort]);
}

