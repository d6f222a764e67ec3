/**
 * Which backend trains this run, decided on the actual model and data:
 * - Automatic: the backends are timed on a few training steps of this model (measureBackends)
 *   once per machine and model kind; later runs of the same kind reuse the answer (the caller
 *   stores it: localStorage in the app).
 * - A backend the user forced is used if it starts (chooseBackend says why not, otherwise).
 * Then a pre-flight step on a real batch: missing kernels, NaN or dead gradients, disagreement
 * with the CPU. A failed pre-flight falls back to the next backend and says why.
 */
import { AppError } from '../errors';
import { english } from '../i18n/translate';
import { msg, type Message } from '../i18n/message';
import { encodedDataProblem } from '../features/data-check';
import type { EncodedDataset, Task } from '../features/types';
import { buildModel } from '../model/build';
import type { ModelSpec } from '../model/types';
import { BACKEND_NAMES, chooseBackend, releaseGpuBackends, startBackend, withThreads } from './backend';
import { backendCacheKey, measureBackends, modelKind, type BackendMeasurement } from './backend-benchmark';
import { splitValidation } from './data';
import { preflight, type PreflightBatch, type PreflightResult } from './preflight';
import { isInMemory } from './sample-reader';
import type { BackendName } from './types';

/** The measured ranking kept for a model kind on this machine. */
export interface CachedRanking {
  /** Fastest first; only backends that trained. */
  readonly order: readonly BackendName[];
  readonly reason: Message;
  readonly measuredAt: number;
}

export interface BackendCache {
  get(key: string): CachedRanking | undefined;
  set(key: string, value: CachedRanking): void;
}

export interface EngineBackend {
  readonly backend: BackendName;
  readonly label: string;
  /** One sentence or two for the screen: how it was chosen, and any fallback. */
  readonly reason: Message;
  readonly preflight: PreflightResult;
  /** Present when this run measured the backends (not taken from the cache). */
  readonly measurements?: readonly BackendMeasurement[];
}

export interface EngineBackendRequest {
  readonly preference: BackendName | 'auto';
  readonly spec: ModelSpec;
  readonly encoded: EncodedDataset;
  readonly task: Task;
  readonly batchSize: number;
  /** The share of the training rows set aside for validation, for the epoch's time (default 0). */
  readonly validationSplit?: number;
  readonly seed: number;
  readonly cache?: BackendCache;
  /** Backends to consider in 'auto' (default webgpu, webgl, wasm, cpu). */
  readonly candidates?: readonly BackendName[];
  readonly now?: () => number;
}

/**
 * Timed in 'auto'. The plain-JavaScript CPU backend is not: WebAssembly runs the same kernels
 * 3× (dense) to 60× (convolutions) faster wherever it starts, and timing a CNN on the CPU would
 * keep the user waiting half a minute. It stays the fallback.
 */
export const AUTO_CANDIDATES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm'];

/** The first `rows` training rows: a real batch of this run's data (read, when the inputs are behind a reader). */
export async function sampleBatch(encoded: EncodedDataset, rows: number): Promise<PreflightBatch> {
  const n = Math.max(1, Math.min(rows, encoded.trainRows));
  const units = encoded.trainY.length / Math.max(1, encoded.trainRows);
  const y = encoded.trainY.subarray(0, n * units);
  const { trainX } = encoded;
  if (!isInMemory(trainX)) return { x: await trainX.read(Uint32Array.from({ length: Math.min(n, trainX.count) }, (_, i) => i)), y, rows: n };
  const width = trainX.length / Math.max(1, encoded.trainRows);
  return { x: trainX.subarray(0, n * width), y, rows: n };
}

async function check(req: EngineBackendRequest, batch: PreflightBatch): Promise<PreflightResult> {
  const model = buildModel(req.spec, { seed: req.seed });
  try {
    const validationRows = splitValidation(req.encoded.trainRows, req.validationSplit ?? 0, 0).validation.length;
    const streamed = !isInMemory(req.encoded.trainX);
    return await preflight(model, batch, { task: req.task, epochRows: req.encoded.trainRows, batchSize: req.batchSize, validationRows, streamed });
  } finally {
    model.dispose();
  }
}

/** Orders to try: measured (or cached) for 'auto'; the user's choice first otherwise, then the default order. */
async function ranking(req: EngineBackendRequest, batch: PreflightBatch): Promise<{ order: BackendName[]; reason: Message; measurements?: BackendMeasurement[] }> {
  if (req.preference !== 'auto') {
    const chosen = await chooseBackend(req.preference, req.spec.layers);
    const rest = ['wasm', 'cpu'].filter((b) => b !== chosen.backend) as BackendName[];
    return { order: [chosen.backend, ...rest], reason: chosen.reason };
  }
  const key = backendCacheKey(modelKind(req.spec));
  const cached = req.cache?.get(key);
  if (cached && cached.order.length > 0) {
    const when = new Date(cached.measuredAt).toISOString().slice(0, 10);
    return { order: [...cached.order], reason: msg('train.backend.cached', { kind: modelKind(req.spec), date: when, reason: cached.reason }) };
  }
  const measured = await measureBackends(req.spec, batch, req.candidates ?? AUTO_CANDIDATES, { task: req.task, seed: req.seed });
  const order = [...measured.measurements]
    .filter((m) => m.samplesPerSecond !== undefined)
    .sort((a, b) => (b.samplesPerSecond ?? 0) - (a.samplesPerSecond ?? 0))
    .map((m) => m.backend);
  if (!order.includes('cpu')) order.push('cpu'); // the last resort, should every measured one fail its pre-flight
  req.cache?.set(key, { order, reason: measured.reason, measuredAt: (req.now ?? Date.now)() });
  return { order, reason: msg('train.backend.measured', { reason: measured.reason }), measurements: [...measured.measurements] };
}

/** Whole sentences one after the other, as one message. */
function sentences(list: readonly Message[]): Message {
  return list.slice(1).reduce<Message>((first, second) => msg('train.sentences', { first, second }), list[0] ?? msg('train.sentences', { first: '', second: '' }));
}

/** Leaves the chosen backend active. Throws an AppError only when no backend passes the pre-flight. */
export async function selectEngineBackend(req: EngineBackendRequest): Promise<EngineBackend> {
  // A data problem is no backend's fault: say it, naming the column, before any backend is tried.
  const dataProblem = encodedDataProblem(req.encoded);
  if (dataProblem !== null) throw new AppError(dataProblem);
  const batch = await sampleBatch(req.encoded, Math.min(req.batchSize, 32));
  const { order, reason, measurements } = await ranking(req, batch);
  const failures: Message[] = [];
  for (const backend of order) {
    const started = await startBackend(backend);
    if (!started.ok) {
      failures.push(msg('train.backend.didNotStart', { backend: BACKEND_NAMES[backend], why: started.why }));
      continue;
    }
    const result = await check(req, batch);
    if (result.ok) {
      // The GPU backends measured but not chosen would otherwise keep their memory for the whole run.
      await releaseGpuBackends(backend);
      const chosen = failures.length > 0 ? msg('train.backend.fallback', { reason, failures: sentences(failures), label: started.label }) : reason;
      return { backend, label: started.label, reason: withThreads(chosen, backend), preflight: result, ...(measurements ? { measurements } : {}) };
    }
    failures.push(result.message);
    if (result.cause === 'data') throw new AppError({ code: 'data/preflight-failed', message: result.message, detail: result.problems.join('; ') });
  }
  // The CPU backend is the reference: when it fails too, the model or the data is at fault, not a backend.
  const last = failures[failures.length - 1];
  throw new AppError({
    code: 'backend/preflight-failed',
    message: order.includes('cpu') && last ? msg('train.backend.allFailedWithCpu', { last }) : msg('train.backend.allFailed'),
    detail: failures.map((f) => english(f)).join(' | '),
  });
}
