/**
 * Backend choice by measurement: a few training steps of the actual model on each backend that
 * starts, the fastest kept. Without a GPU, WebGPU runs on a software emulation and is the slowest
 * choice; with one, it is the fastest: no fixed order is right on every machine.
 *
 * Caching is the caller's (it needs storage): the result holds a key per model kind, as a model
 * of the same kind ranks the backends the same way on the same machine.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { english } from '../i18n/translate';
import { listOf, msg, type Message } from '../i18n/message';
import type { Task } from '../features/types';
import { buildModel } from '../model/build';
import { isSigmoidHead, lossForModel } from '../model/head';
import type { ModelSpec } from '../model/types';
import { BACKEND_NAMES, startBackend } from './backend';
import { labelsForOutput } from './data';
import type { PreflightBatch } from './preflight';
import type { BackendName } from './types';

export type ModelKind = 'dense' | 'convolutional' | 'recurrent';

const RECURRENT = /^(lstm|gru|simpleRNN|convLstm2d|bidirectional)$/i;
const CONVOLUTIONAL = /^(conv\w*|separableConv\w*|depthwiseConv\w*)$/i;

/** Recurrent wins over convolutional: its kernels (and their bugs) decide the ranking. */
export function modelKind(spec: ModelSpec): ModelKind {
  const types = spec.layers.map((l) => String(l.type));
  if (types.some((t) => RECURRENT.test(t))) return 'recurrent';
  if (types.some((t) => CONVOLUTIONAL.test(t))) return 'convolutional';
  return 'dense';
}

/** Where the caller stores the choice, per machine (its storage) and model kind. */
export function backendCacheKey(kind: ModelKind): string {
  return `layerbench.backend.v1.${kind}`;
}

export interface BackendMeasurement {
  readonly backend: BackendName;
  /** "WebGPU (google swiftshader)"; the plain name when the backend did not start. */
  readonly label: string;
  /** Absent when skipped. */
  readonly samplesPerSecond?: number;
  /** Why it was not measured: "no Conv2DBackpropFilter kernel", "no adapter found on this machine". */
  readonly skipped?: Message;
  /** WebGPU on SwiftShader or another software adapter. */
  readonly software?: boolean;
}

export interface MeasuredChoice {
  readonly backend: BackendName;
  readonly label: string;
  /** One sentence for the screen: "WebAssembly: 22,000 samples/s; WebGPU here is a software emulation (SwiftShader), 20× slower." */
  readonly reason: Message;
  readonly measurements: readonly BackendMeasurement[];
  readonly kind: ModelKind;
  readonly cacheKey: string;
}

export interface MeasureOptions {
  readonly task: Task;
  /** Timed steps per backend after one warm-up step (default 5). */
  readonly steps?: number;
  /** Stop timing a backend after this long, once one step is timed (default 2,000 ms). */
  readonly budgetMs?: number;
  readonly seed?: number;
}

export const DEFAULT_CANDIDATES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "no Conv2DBackpropFilter kernel" from tfjs' "Kernel 'Conv2DBackpropFilter' not registered for backend 'wasm'". */
function skipReason(err: unknown): Message {
  const missing = /Kernel '(\w+)' not registered/.exec(errorText(err));
  return missing ? msg('train.backend.skip.noKernel', { kernel: missing[1] ?? '' }) : msg('train.backend.skip.stepFailed', { error: errorText(err) });
}

/** Samples/s of trainOnBatch on the batch, after a warm-up step that compiles the kernels. */
async function timeSteps(spec: ModelSpec, batch: PreflightBatch, options: MeasureOptions): Promise<number> {
  const model = buildModel(spec, { seed: options.seed ?? 42 });
  const optimizer = tf.train.adam(0.001);
  const units = batch.y.length / batch.rows;
  const outputs = isSigmoidHead(options.task, spec.layers) ? 1 : units;
  const x = tf.tensor(batch.x, [batch.rows, ...spec.inputShape]);
  const y = tf.tensor2d(labelsForOutput(batch.y, batch.rows, outputs), [batch.rows, outputs]);
  try {
    model.compile({ optimizer, loss: lossForModel(options.task, spec.layers) });
    const budgetMs = options.budgetMs ?? 2000;
    const warmStart = tf.util.now();
    await model.trainOnBatch(x, y); // trainOnBatch reads the loss with data(), so each step is finished when it returns
    const warmMs = tf.util.now() - warmStart;
    // A warm-up step over 5 budgets (kernel compilation included) marks a backend far too slow to
    // win: its rate from that step is enough to rank it, and timing more would keep the user waiting.
    if (warmMs > 5 * budgetMs) return (batch.rows * 1000) / warmMs;
    const steps = options.steps ?? 5;
    const t0 = tf.util.now();
    let done = 0;
    while (done < steps && (done === 0 || tf.util.now() - t0 < budgetMs)) {
      await model.trainOnBatch(x, y);
      done += 1;
    }
    return (done * batch.rows * 1000) / (tf.util.now() - t0);
  } finally {
    tf.dispose([x, y]);
    optimizer.dispose();
    model.dispose();
  }
}

/** 23.4 → 23, 2.74 → 2.7: how many times slower, as precisely as it means anything. */
function times(ratio: number): number {
  return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
}

/** "WebAssembly: 22,000 samples/s; WebGPU here is a software emulation (swiftshader), 20× slower and CPU: 2.7× slower." */
export function describeChoice(winner: BackendMeasurement, all: readonly BackendMeasurement[]): Message {
  const best = winner.samplesPerSecond ?? 0;
  const first = msg('train.backend.choice.winner', { label: winner.label, rate: Math.round(best) });
  const others: Message[] = [];
  for (const m of all) {
    if (m.backend === winner.backend) continue;
    const name = BACKEND_NAMES[m.backend];
    if (m.skipped !== undefined) {
      others.push(msg('train.backend.choice.notUsed', { backend: name, why: m.skipped }));
    } else if (m.samplesPerSecond !== undefined) {
      const ratio = times(best / m.samplesPerSecond);
      others.push(
        m.software
          ? msg('train.backend.choice.software', { backend: name, adapter: m.label.replace(/^WebGPU \(|\)$/g, ''), ratio })
          : msg('train.backend.choice.slower', { backend: name, ratio }),
      );
    }
  }
  return others.length === 0
    ? msg('train.backend.choice.alone', { winner: first })
    : msg('train.backend.choice.withOthers', { winner: first, others: listOf(others) });
}

/**
 * Times a few training steps of `spec` on each candidate that starts and leaves the fastest one
 * active. `sampleBatch` is a real batch (rows of the training data, batch size rows).
 */
export async function measureBackends(
  spec: ModelSpec,
  sampleBatch: PreflightBatch,
  candidates: readonly BackendName[] = DEFAULT_CANDIDATES,
  options: MeasureOptions = { task: 'classification' },
): Promise<MeasuredChoice> {
  const measurements: BackendMeasurement[] = [];
  for (const backend of candidates) {
    const started = await startBackend(backend);
    if (!started.ok) {
      measurements.push({ backend, label: BACKEND_NAMES[backend], skipped: started.why });
      continue;
    }
    const base = { backend, label: started.label, ...(started.software ? { software: true } : {}) };
    try {
      measurements.push({ ...base, samplesPerSecond: await timeSteps(spec, sampleBatch, options) });
    } catch (err) {
      measurements.push({ ...base, skipped: skipReason(err) });
    }
  }
  const measured = measurements.filter((m) => m.samplesPerSecond !== undefined);
  const winner = measured.reduce<BackendMeasurement | undefined>(
    (best, m) => (best === undefined || (m.samplesPerSecond ?? 0) > (best.samplesPerSecond ?? 0) ? m : best),
    undefined,
  );
  if (!winner) {
    throw new AppError({
      code: 'backend/none-can-train',
      message: msg('train.backend.noneCanTrain'),
      detail: measurements.map((m) => `${m.backend}: ${m.skipped ? english(m.skipped) : 'not measured'}`).join('; '),
    });
  }
  await tf.setBackend(winner.backend);
  await tf.ready();
  const kind = modelKind(spec);
  return {
    backend: winner.backend,
    label: winner.label,
    reason: describeChoice(winner, measurements),
    measurements,
    kind,
    cacheKey: backendCacheKey(kind),
  };
}
