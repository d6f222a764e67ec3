/**
 * What the train.py tests share: a Python with Keras (or why there is none, for a skip), our run
 * and train.py's on the same data, and the check that train.py encoded exactly our examples.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, expect } from 'vitest';
import { trainPython } from '../../../../src/core/experiment/train-py/train-py';
import type { Evaluation } from '../../../../src/core/evaluate/types';
import { runPipeline, type PipelineRequest } from '../../../../src/core/pipeline/run';
import { SEED_STREAM, splitValidation, subSeed } from '../../../../src/core/train/data';
import type { TrainingSettings } from '../../../../src/core/train/types';
import { kerasPython, runProgram } from '../../model/keras-python';

interface Part { x: number[][]; y: number[][]; target: number[]; ids: number[] }
export interface Dump { train: Part; test: Part; fit: number[]; validation: number[] }
export interface KerasMetrics { task: string; accuracy?: number; r2?: number; mae?: number; confusion?: number[][]; bestEpoch: number; epochs: number }

export interface KerasEnv {
  /** null: no Keras here; skipReason says why. */
  python: string | null;
  skipReason: string;
  /** A scratch folder, removed after the file's tests. */
  readonly work: string;
}

/** Finds or makes the Python once for the calling test file (beforeAll), and cleans up after it. */
export function useKeras(prefix: string): KerasEnv {
  const env: KerasEnv = { python: null, skipReason: '', work: mkdtempSync(join(tmpdir(), prefix)) };
  beforeAll(async () => {
    await tf.setBackend('cpu');
    const found = await kerasPython();
    if ('skip' in found) {
      env.skipReason = `train.py runs skipped: ${found.skip}`;
      console.warn(env.skipReason);
    } else {
      env.python = found.python;
    }
  }, 15 * 60_000);
  afterAll(() => rmSync(env.work, { recursive: true, force: true }));
  return env;
}

/** Our run, then train.py on the same file or folder: what each encoded and scored. */
export async function bothRuns(env: KerasEnv, name: string, req: PipelineRequest, dataPath: string, datasetName: string) {
  const ours = await runPipeline({ ...req, linearBaseline: false });
  ours.model.dispose();
  const { prepared } = ours;
  const script = trainPython({
    name, settings: req.settings, dataset: { name: datasetName, kind: req.data.kind, rows: 0, sizeBytes: 0, fingerprint: '' },
    ...(req.data.kind === 'images' ? { imagePlan: req.data.plan } : {}),
    preprocessing: prepared.encoded.preprocessing, spec: prepared.spec,
  });
  const dir = join(env.work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.py'), script);
  const run = await runProgram(env.python as string, [join(dir, 'train.py'), dataPath, '--out', join(dir, 'out'), '--dump-encoded', join(dir, 'encoded.json')], { timeoutMs: 120_000 });
  if (run.code !== 0) throw new Error(`train.py failed (exit ${String(run.code)}): ${run.spawnError ?? run.stderr.slice(-3000)}`);
  const keras = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as KerasMetrics;
  const dump = JSON.parse(readFileSync(join(dir, 'encoded.json'), 'utf8')) as Dump;
  return { prepared, evaluation: ours.evaluation, keras, dump };
}

/** The largest |ours − theirs| over a row-major array and its rows. */
function maxDiff(ours: Float32Array, theirs: number[][]): number {
  const width = theirs[0]?.length ?? 0;
  expect(ours.length).toBe(theirs.length * width);
  let worst = 0;
  theirs.forEach((row, r) => row.forEach((v, c) => { worst = Math.max(worst, Math.abs(v - (ours[r * width + c] as number))); }));
  return worst;
}

/** A side's inputs as one array, whether held in memory or read in batches. */
type Inputs = Float32Array | { readonly count: number; read(rows: ArrayLike<number>): Promise<Float32Array> };
async function allOf(inputs: Inputs): Promise<Float32Array> {
  return inputs instanceof Float32Array ? inputs : inputs.read(Array.from({ length: inputs.count }, (_, i) => i));
}

/** Checks that train.py split and encoded as we did (the same examples, numbers to 1e-5); the largest difference. */
export async function checkEncoded(prepared: Awaited<ReturnType<typeof bothRuns>>['prepared'], dump: Dump, s: TrainingSettings): Promise<number> {
  expect(dump.train.ids).toEqual(Array.from(prepared.split.train));
  expect(dump.test.ids).toEqual(Array.from(prepared.split.test));
  const { encoded } = prepared;
  const { fit, validation } = splitValidation(encoded.trainRows, s.validationSplit, subSeed(s.seed, SEED_STREAM.validation));
  expect(dump.fit).toEqual(Array.from(fit));
  expect(dump.validation).toEqual(Array.from(validation));
  expect(dump.test.target).toEqual(Array.from(encoded.testTarget));
  const trainX = await allOf(encoded.trainX as Inputs);
  const testX = await allOf(encoded.testX as Inputs);
  const worst = Math.max(maxDiff(trainX, dump.train.x), maxDiff(testX, dump.test.x), maxDiff(encoded.trainY, dump.train.y), maxDiff(encoded.testY, dump.test.y));
  expect(worst).toBeLessThanOrEqual(1e-5);
  return worst;
}

export function accuracy(e: Evaluation): number {
  if (e.task !== 'classification') throw new Error('expected classification');
  return e.accuracy;
}
