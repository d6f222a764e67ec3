/**
 * train.py (src/core/experiment/train-py) run under real Keras 3 with the JAX backend, on a
 * classification table, a regression table and a folder of PNG images: the examples it encodes
 * must be Layerbench's own (the same held-out rows, the same numbers to 1e-5), and the model it
 * trains must score on them within 0.05 of the one Layerbench trains with the same settings.
 * Without Python or the packages the cases are skipped and say why.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImageSource } from '../../../../src/cli/image-files';
import { parseCsvText } from '../../../../src/core/data/csv';
import { trainPython } from '../../../../src/core/experiment/train-py/train-py';
import type { Evaluation } from '../../../../src/core/evaluate/types';
import { planForTarget } from '../../../../src/core/features/propose';
import type { ModelDraft } from '../../../../src/core/model/designer-types';
import { DEFAULT_SETTINGS, runPipeline, type PipelineRequest } from '../../../../src/core/pipeline/run';
import { SEED_STREAM, splitValidation, subSeed } from '../../../../src/core/train/data';
import type { TrainingSettings } from '../../../../src/core/train/types';
import { kerasPython, REPO_ROOT, runProgram } from '../../model/keras-python';

interface Part { x: number[][]; y: number[][]; target: number[]; ids: number[] }
interface Dump { train: Part; test: Part; fit: number[]; validation: number[] }
interface KerasMetrics { task: string; accuracy?: number; r2?: number; mae?: number; confusion?: number[][]; bestEpoch: number; epochs: number }

let python: string | null = null;
let skipReason = '';
const work = mkdtempSync(join(tmpdir(), 'lb-train-py-'));

beforeAll(async () => {
  await tf.setBackend('cpu');
  const found = await kerasPython();
  if ('skip' in found) {
    skipReason = `train.py runs skipped: ${found.skip}`;
    console.warn(skipReason);
  } else {
    python = found.python;
  }
}, 15 * 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Our run, then train.py on the same file: what each encoded and scored. */
async function bothRuns(name: string, req: PipelineRequest, dataPath: string, datasetName: string) {
  const ours = await runPipeline({ ...req, linearBaseline: false });
  ours.model.dispose();
  const { prepared } = ours;
  const script = trainPython({
    name, settings: req.settings, dataset: { name: datasetName, kind: req.data.kind, rows: 0, sizeBytes: 0, fingerprint: '' },
    ...(req.data.kind === 'images' ? { imagePlan: req.data.plan } : {}),
    preprocessing: prepared.encoded.preprocessing, spec: prepared.spec,
  });
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'train.py'), script);
  const run = await runProgram(python as string, [join(dir, 'train.py'), dataPath, '--out', join(dir, 'out'), '--dump-encoded', join(dir, 'encoded.json')], { timeoutMs: 120_000 });
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

async function checkEncoded(prepared: Awaited<ReturnType<typeof bothRuns>>['prepared'], dump: Dump, s: TrainingSettings): Promise<number> {
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

function accuracy(e: Evaluation): number {
  if (e.task !== 'classification') throw new Error('expected classification');
  return e.accuracy;
}

const settings = (over: Partial<TrainingSettings>): TrainingSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('train.py under Keras 3 (JAX)', () => {
  it('a classification table (penguins: categories, missing values): same rows and inputs, accuracy within 0.05', async (ctx) => {
    if (!python) return ctx.skip(skipReason);
    const file = join(REPO_ROOT, 'resources/samples/penguins.csv');
    const dataset = await parseCsvText(readFileSync(file, 'utf8'), 'penguins.csv');
    const plan = planForTarget(dataset, 'species').plan;
    const model: ModelDraft = { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] };
    const s = settings({ epochs: 40, batchSize: 16, learningRate: 0.01, earlyStoppingPatience: 10, seed: 11 });
    const { prepared, evaluation, keras, dump } = await bothRuns('penguins', { data: { kind: 'table', source: dataset, plan }, model, settings: s }, file, 'penguins.csv');
    const worst = await checkEncoded(prepared, dump, s);
    console.info(`penguins: encoded max |diff| ${worst}; accuracy ours ${accuracy(evaluation)}, Keras ${String(keras.accuracy)} (best epoch ${keras.bestEpoch} of ${keras.epochs})`);
    expect(keras.confusion?.flat().reduce((a, b) => a + b, 0)).toBe(prepared.encoded.testRows);
    expect(Math.abs((keras.accuracy ?? 0) - accuracy(evaluation))).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('a regression table (auto-mpg: “?” for missing horsepower, a category): same rows and inputs, R² within 0.05', async (ctx) => {
    if (!python) return ctx.skip(skipReason);
    const file = join(REPO_ROOT, 'resources/samples/auto-mpg.csv');
    const dataset = await parseCsvText(readFileSync(file, 'utf8'), 'auto-mpg.csv');
    const plan = planForTarget(dataset, 'mpg').plan;
    const model: ModelDraft = { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1 }] };
    const s = settings({ epochs: 60, batchSize: 16, learningRate: 0.01, earlyStoppingPatience: 15, seed: 5 });
    const { prepared, evaluation, keras, dump } = await bothRuns('auto-mpg', { data: { kind: 'table', source: dataset, plan }, model, settings: s }, file, 'auto-mpg.csv');
    const worst = await checkEncoded(prepared, dump, s);
    if (evaluation.task !== 'regression') throw new Error('expected regression');
    console.info(`auto-mpg: encoded max |diff| ${worst}; R² ours ${evaluation.r2}, Keras ${String(keras.r2)}; MAE ours ${evaluation.mae}, Keras ${String(keras.mae)}`);
    expect(Math.abs((keras.r2 ?? 0) - evaluation.r2)).toBeLessThanOrEqual(0.05);
  }, 180_000);

  it('a folder of PNG images (resized 12×10 → 8×8, colour to gray, one unreadable file): same images and pixels, accuracy within 0.05', async (ctx) => {
    if (!python) return ctx.skip(skipReason);
    const root = join(work, 'squares');
    let state = 9;
    const rand = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
    for (const [label, base] of [['dark', 40], ['bright', 180]] as const) {
      mkdirSync(join(root, label), { recursive: true });
      for (let i = 0; i < 30; i++) {
        const png = new PNG({ width: 12, height: 10 });
        for (let p = 0; p < 120; p++) {
          png.data[p * 4] = Math.round(base + rand() * 60);
          png.data[p * 4 + 1] = Math.round(base * 0.8 + rand() * 60);
          png.data[p * 4 + 2] = Math.round(rand() * 255);
          png.data[p * 4 + 3] = 255;
        }
        writeFileSync(join(root, label, `${label}-${String(i).padStart(2, '0')}.png`), PNG.sync.write(png));
      }
    }
    writeFileSync(join(root, 'dark', 'broken.png'), new Uint8Array([1, 2, 3]));
    const source = await loadImageSource(root);
    const plan = { height: 8, width: 8, channels: 1 as const, augment: { flip: true, shift: 1 } };
    const model: ModelDraft = { layers: [{ type: 'flatten' }, { type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] };
    const s = settings({ epochs: 25, batchSize: 8, learningRate: 0.01, earlyStoppingPatience: 8, seed: 3 });
    const { prepared, evaluation, keras, dump } = await bothRuns('squares', { data: { kind: 'images', source, plan }, model, settings: s }, root, 'squares');
    const worst = await checkEncoded(prepared, dump, s);
    console.info(`images: encoded max |diff| ${worst}; accuracy ours ${accuracy(evaluation)}, Keras ${String(keras.accuracy)}`);
    expect(Math.abs((keras.accuracy ?? 0) - accuracy(evaluation))).toBeLessThanOrEqual(0.05);
  }, 180_000);
});
