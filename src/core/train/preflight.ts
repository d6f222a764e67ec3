/**
 * Pre-flight: one forward and backward pass on a real batch on the active backend before a run,
 * so that a backend with a missing kernel, NaN arithmetic or dead gradients (tfjs' WebGPU has had
 * all-zero RNN gradients) is caught in a second rather than after an epoch of nonsense.
 *
 * Everything read back from the device goes through async data(): a sync read would stall the
 * GPU queue (and, in a browser's main thread, the page).
 *
 * The check runs with training = false: Dropout masks come from each backend's own random
 * numbers, so with them on no two backends could agree; the kernels checked are the same.
 */
import * as tf from '@tensorflow/tfjs';
import type { Task } from '../features/types';
import { english } from '../i18n/translate';
import { listOf, msg, type Message } from '../i18n/message';
import type { BackendName } from './types';
import { labelsForOutput, outputWidth } from './data';
import { epochEstimateMs, timeFit } from './epoch-time';

export interface PreflightBatch {
  /** Row-major inputs, `rows` samples of the model's input shape. */
  readonly x: Float32Array;
  /** Row-major targets, `rows` × output units. */
  readonly y: Float32Array;
  readonly rows: number;
}

export interface PreflightOptions {
  readonly task: Task;
  /** Rows one epoch trains on (validation rows included) and the batch size it uses, for the time and memory estimates. */
  readonly epochRows: number;
  readonly batchSize: number;
  /** Of `epochRows`, those set aside for validation: evaluated, not fitted, at the end of each epoch (default 0). */
  readonly validationRows?: number;
  /** Time model.fit for the epoch estimate (default true); the check alone is enough where no estimate is shown. */
  readonly estimateTime?: boolean;
  /** Compare the gradients with the cpu backend's on the first `compareRows` rows (default 8); false = no comparison. */
  readonly compareWithCpu?: boolean;
  readonly compareRows?: number;
  /** Largest allowed |g - g_cpu| / (max |g_cpu| + 1e-6), per weight (default 1e-2: float32 GPUs sum in other orders). */
  readonly tolerance?: number;
  /** Optimizer slots per weight, for the memory estimate (Adam keeps 2). */
  readonly optimizerSlots?: number;
  /** The inputs are read a batch at a time (a large image set): only the batches in flight are held, not the epoch. */
  readonly streamed?: boolean;
}

export interface WeightGradientCheck {
  readonly name: string;
  readonly finite: boolean;
  readonly allZero: boolean;
  /** Largest |g| in this weight's gradient. */
  readonly maxAbs: number;
  /** Relative difference from the cpu backend (absent when not compared). */
  readonly cpuDifference?: number;
}

export interface PreflightResult {
  readonly ok: boolean;
  readonly backend: BackendName;
  /** For the screen: "Pre-flight on WebAssembly passed: …" or what failed. */
  readonly message: Message;
  /** Each problem found, in English for the log ("dense_1/kernel: gradient is all zero"). */
  readonly problems: readonly string[];
  /**
   * With a failure: 'data' when the batch itself holds values that are not finite (no backend
   * could do better); 'backend' otherwise.
   */
  readonly cause?: 'data' | 'backend';
  readonly loss: number;
  readonly weights: readonly WeightGradientCheck[];
  /** The timed (second) step of forward + backward on the batch, ms; the first one compiles kernels. */
  readonly stepMs: number;
  /**
   * One epoch's time from short model.fit calls on a copy of the model (see epoch-time.ts): an
   * estimate, not a promise. NaN when it could not be measured (it is then not shown).
   */
  readonly epochMsEstimate: number;
  /** Weights + optimizer slots + the epoch's data + one batch's activations and gradients, bytes. */
  readonly memoryBytesEstimate: number;
}

interface StepOutcome {
  loss: number;
  grads: Float32Array[];
  names: string[];
  /** Bytes the forward pass kept for the backward one, plus the gradients. */
  activationBytes: number;
}

/** tf.metrics' loss for the task, averaged over the batch (what model.compile's loss computes). */
function lossOf(task: Task, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  // One output on a classifier: a sigmoid unit on two classes, trained with binary cross-entropy.
  const binary = task === 'classification' && yPred.shape[yPred.shape.length - 1] === 1;
  const perRow =
    task !== 'classification'
      ? tf.metrics.meanSquaredError(yTrue, yPred)
      : binary
        ? tf.metrics.binaryCrossentropy(yTrue, yPred)
        : tf.metrics.categoricalCrossentropy(yTrue, yPred);
  return tf.mean(perRow);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** One forward + backward pass; reads the loss and the gradients back with data(). */
async function step(model: tf.LayersModel, task: Task, batch: PreflightBatch, rows: number): Promise<StepOutcome> {
  const inputShape = model.inputs[0]?.shape.slice(1) as number[];
  const units = batch.y.length / batch.rows;
  const width = inputShape.reduce((a, b) => a * b, 1);
  const outputs = task === 'classification' ? outputWidth(model) : units;
  const x = tf.tensor(batch.x.subarray(0, rows * width), [rows, ...inputShape]);
  const y = tf.tensor2d(labelsForOutput(batch.y.subarray(0, rows * units), rows, outputs), [rows, outputs === 1 ? 1 : units]);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const bytesBefore = tf.memory().numBytes;
  let forwardBytes = 0;
  try {
    const { value, grads } = tf.variableGrads(() => {
      const loss = lossOf(task, y, model.apply(x, { training: false }) as tf.Tensor);
      forwardBytes = tf.memory().numBytes - bytesBefore;
      return loss;
    }, variables);
    const gradList = variables.map((v) => grads[v.name] as tf.Tensor);
    const gradBytes = gradList.reduce((sum, g) => sum + g.size * 4, 0);
    try {
      const [lossValue, ...values] = await Promise.all([value.data(), ...gradList.map((g) => g.data())]);
      return {
        loss: lossValue?.[0] ?? Number.NaN,
        grads: values.map((v) => Float32Array.from(v)),
        names: model.trainableWeights.map((w) => w.originalName),
        activationBytes: forwardBytes + gradBytes,
      };
    } finally {
      value.dispose();
      tf.dispose(gradList);
    }
  } finally {
    tf.dispose([x, y]);
  }
}

function maxAbs(values: Float32Array): number {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  return m;
}

function relativeDifference(a: Float32Array, reference: Float32Array): number {
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff = Math.max(diff, Math.abs((a[i] ?? 0) - (reference[i] ?? 0)));
  return diff / (maxAbs(reference) + 1e-6);
}

/** The same model, weights and batch on the cpu backend; the active backend is restored afterwards. */
async function cpuGradients(model: tf.LayersModel, task: Task, batch: PreflightBatch, rows: number): Promise<StepOutcome> {
  const active = tf.getBackend();
  const weights = await Promise.all(model.getWeights().map(async (w) => ({ shape: w.shape, values: await w.data() })));
  const config = model.toJSON(undefined, false);
  await tf.setBackend('cpu');
  let copy: tf.LayersModel | undefined;
  try {
    copy = await tf.models.modelFromJSON({ modelTopology: config as tf.io.ModelJSON['modelTopology'] });
    const tensors = weights.map((w) => tf.tensor(w.values, w.shape));
    copy.setWeights(tensors);
    tf.dispose(tensors);
    return await step(copy, task, batch, rows);
  } finally {
    copy?.dispose();
    await tf.setBackend(active);
  }
}

/** An estimate's time in the unit that reads best: "120 ms", "1.2 s", "2.5 min". */
function timeWords(ms: number): Message {
  if (ms < 1000) return msg('train.preflight.time', { unit: 'ms', value: Math.round(ms) });
  if (ms < 120_000) return msg('train.preflight.time', { unit: 's', value: Math.round(ms / 100) / 10 });
  return msg('train.preflight.time', { unit: 'min', value: Math.round(ms / 6000) / 10 });
}

/** Megabytes with two decimals under one, one above. */
function megabytes(bytes: number): number {
  const mb = bytes / 1e6;
  return mb < 1 ? Math.round(mb * 100) / 100 : Math.round(mb * 10) / 10;
}

/**
 * Backends whose epoch estimate was checked against measured epochs (within 1.2× on WebAssembly,
 * 1.8× on the CPU). On WebGL (SwiftShader here) it came out over 3× the measured time, and
 * WebGPU was not measured on a real GPU: there the run shows measured epoch times instead of a guess.
 */
const TIMED_BACKENDS: ReadonlySet<BackendName> = new Set<BackendName>(['wasm', 'cpu']);

/** Numbers in a batch past which timing fit would hold too much memory for an estimate. */
const MAX_TIMED_BATCH_NUMBERS = 16_000_000;

/** The epoch's time from short fit calls (epoch-time.ts); NaN when it cannot be measured. */
async function estimateEpochMs(model: tf.LayersModel, batch: PreflightBatch, options: PreflightOptions): Promise<number> {
  const validationRows = Math.max(0, Math.min(options.epochRows - 1, options.validationRows ?? 0));
  const fitRows = Math.max(1, options.epochRows - validationRows);
  const batchSize = Math.max(1, Math.min(options.batchSize, fitRows));
  if (batchSize * (batch.x.length / batch.rows) > MAX_TIMED_BATCH_NUMBERS) return Number.NaN;
  try {
    const timings = await timeFit(model, options.task, batch, batchSize, validationRows > 0);
    return epochEstimateMs(timings, { batches: Math.ceil(fitRows / batchSize), validationBatches: Math.ceil(validationRows / batchSize) });
  } catch {
    return Number.NaN; // the check passed; an estimate is a nicety the run does without
  }
}

/**
 * Checks one training step of `model` (compiled or not; its weights are not changed) on `batch`
 * on the active backend and estimates an epoch's time and memory from it.
 */
export async function preflight(model: tf.LayersModel, batch: PreflightBatch, options: PreflightOptions): Promise<PreflightResult> {
  const backend = tf.getBackend() as BackendName;
  const name = msg('train.backend.named', { backend });
  const rows = batch.rows;
  const failed = (problem: Message, cause: 'data' | 'backend' = 'backend'): PreflightResult => ({
    ok: false, backend, problems: [english(problem)], loss: Number.NaN, weights: [], stepMs: 0, epochMsEstimate: 0, memoryBytesEstimate: 0,
    message: cause === 'data' ? msg('train.preflight.dataFailed', { problem }) : msg('train.preflight.failed', { backend: name, problems: problem }),
    cause,
  });
  if (!batch.x.every(Number.isFinite)) return failed(msg('train.preflight.issue.inputNotFinite'), 'data');
  if (!batch.y.every(Number.isFinite)) return failed(msg('train.preflight.issue.targetNotFinite'), 'data');
  let first: StepOutcome;
  let stepMs: number;
  try {
    first = await step(model, options.task, batch, rows);
    const t0 = tf.util.now();
    await step(model, options.task, batch, rows);
    stepMs = tf.util.now() - t0;
  } catch (err) {
    const missing = /Kernel '(\w+)' not registered/.exec(message(err));
    return failed(
      missing
        ? msg('train.preflight.issue.noKernel', { backend: name, kernel: missing[1] ?? '' })
        : msg('train.preflight.issue.stepThrew', { error: message(err) }),
    );
  }

  const problems: Message[] = [];
  if (!Number.isFinite(first.loss)) problems.push(msg('train.preflight.issue.loss', { value: String(first.loss) }));
  let reference: StepOutcome | undefined;
  let compared: StepOutcome | undefined;
  if (options.compareWithCpu !== false && backend !== 'cpu') {
    const compareRows = Math.min(rows, options.compareRows ?? 8);
    try {
      reference = await cpuGradients(model, options.task, batch, compareRows);
      compared = await step(model, options.task, batch, compareRows);
    } catch (err) {
      problems.push(msg('train.preflight.issue.compareFailed', { error: message(err) }));
    }
  }
  const tolerance = options.tolerance ?? 1e-2;
  const checks = first.grads.map((g, i): WeightGradientCheck => {
    const weight = first.names[i] ?? `weight ${i}`;
    const finite = g.every(Number.isFinite);
    const largest = maxAbs(g);
    const check: WeightGradientCheck = { name: weight, finite, allZero: finite && largest === 0, maxAbs: largest };
    if (!finite) problems.push(msg('train.preflight.issue.gradientNotFinite', { weight }));
    else if (largest === 0) problems.push(msg('train.preflight.issue.gradientZero', { weight }));
    const ours = compared?.grads[i];
    const cpu = reference?.grads[i];
    if (!ours || !cpu) return check;
    const cpuDifference = relativeDifference(ours, cpu);
    if (!(cpuDifference <= tolerance)) problems.push(msg('train.preflight.issue.gradientDiffers', { weight, difference: cpuDifference.toExponential(1) }));
    return { ...check, cpuDifference };
  });

  const epochMsEstimate =
    problems.length === 0 && options.estimateTime !== false && TIMED_BACKENDS.has(backend) ? await estimateEpochMs(model, batch, options) : Number.NaN;
  const weightBytes = model.trainableWeights.reduce((sum, w) => sum + w.shape.reduce<number>((a, d) => a * (d ?? 1), 1) * 4, 0);
  // Streamed: the batch being used and the one read ahead, each as numbers and as a tensor.
  const heldRows = options.streamed ? Math.min(options.epochRows, options.batchSize * 2) : options.epochRows;
  const dataBytes = (heldRows * (batch.x.length + batch.y.length) * 4) / rows;
  // Data counts twice: trainModel keeps the rows and builds each epoch's shuffled copy of them.
  const memoryBytesEstimate = Math.round(
    weightBytes * (1 + (options.optimizerSlots ?? 2)) + dataBytes * 2 + first.activationBytes * (options.batchSize / rows),
  );
  const ok = problems.length === 0;
  const shown: Message[] = problems.length > 3 ? [...problems.slice(0, 3), msg('train.preflight.more', { count: problems.length - 3 })] : problems;
  return {
    ok, backend, problems: problems.map((p) => english(p)), loss: first.loss, weights: checks, stepMs, epochMsEstimate, memoryBytesEstimate,
    ...(ok ? {} : { cause: 'backend' as const }),
    message: ok
      ? Number.isFinite(epochMsEstimate)
        ? msg('train.preflight.passed', {
            backend: name,
            compared: reference ? 'yes' : 'no',
            time: timeWords(epochMsEstimate),
            memory: megabytes(memoryBytesEstimate),
          })
        : msg('train.preflight.passedNoTime', { backend: name, compared: reference ? 'yes' : 'no', memory: megabytes(memoryBytesEstimate) })
      : msg('train.preflight.failed', { backend: name, problems: listOf(shown) }),
  };
}
