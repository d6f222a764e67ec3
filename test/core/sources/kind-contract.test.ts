/**
 * The contract every kind of data passes, table-driven: for a small dataset of each kind, what
 * the kind explains is what it encodes and what the model analyser accepts; a seed reproduces
 * the split; the held-out keys describe their examples; and a short run through the one
 * pipeline leaves no tensor behind.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDataset } from '../../../src/core/data/types';
import type { FeaturePlan } from '../../../src/core/features/types';
import { analyzeModel } from '../../../src/core/model/analyze';
import { analysePlan, modelContextOf, proposeModel } from '../../../src/core/pipeline/analyse';
import { DEFAULT_SETTINGS, runPipeline } from '../../../src/core/pipeline/run';
import { indexImageFolder } from '../../../src/core/sources/images/index-folder';
import { imagesKind } from '../../../src/core/sources/images/kind';
import type { DataKind } from '../../../src/core/sources/kind';
import type { KindPlan, KindRun } from '../../../src/core/sources/registry';
import { planOf, prepareData } from '../../../src/core/sources/registry';
import { sequencesKind } from '../../../src/core/sources/sequences/kind';
import { tableKind } from '../../../src/core/sources/table/kind';
import { sampleDims } from '../../../src/core/train/data';
import { categoryColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';
import { memorySource, rawImage, testRng } from '../helpers/images';
import { inMemory } from '../../../src/core/train/sample-reader';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const opts = { testFraction: 0.25, seed: 5 };
const settings = { ...DEFAULT_SETTINGS, ...opts, epochs: 2, batchSize: 16, earlyStoppingPatience: 0 };

/** 60 rows: the class follows x. */
function table(): TypedDataset {
  const rng = testRng(1);
  const rows = Array.from({ length: 60 }, (_, i) => ({ x: (i % 3) * 5 + rng(), z: rng(), c: ['a', 'b', 'c'][i % 3] as string }));
  return makeDataset('rows.csv', [numberColumn('x', rows.map((r) => r.x)), numberColumn('z', rows.map((r) => r.z)), categoryColumn('c', rows.map((r) => r.c))]);
}

/** 16 bright and 16 dark 8×8 grayscale images. */
function images() {
  const rng = testRng(2);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < 16; i++) {
    const level = (base: number) => () => {
      const v = Math.round(base + rng() * 20);
      return [v, v, v] as const;
    };
    files.set(`bright/${i}.png`, rawImage(8, 8, level(200)));
    files.set(`dark/${i}.png`, rawImage(8, 8, level(30)));
  }
  return memorySource(indexImageFolder('squares', [...files.keys()]), files);
}

/** 24 recordings of 10 steps (ids in runs, a time column), the label per recording: a slow or a fast wave. */
function recordings(): TypedDataset {
  const rng = testRng(3);
  const id: string[] = [];
  const t: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const label: string[] = [];
  for (let r = 0; r < 24; r++) {
    const fast = r % 2 === 1;
    for (let s = 0; s < 10; s++) {
      id.push(`rec-${r}`);
      t.push(s * 20);
      a.push(Math.sin(s * (fast ? 2 : 0.5)) + rng() * 0.1);
      b.push(rng());
      label.push(fast ? 'fast' : 'slow');
    }
  }
  return makeDataset('waves.csv', [
    textColumn('recording_id', id),
    numberColumn('t_ms', t),
    numberColumn('a', a),
    numberColumn('b', b),
    categoryColumn('label', label),
  ]);
}

interface Case {
  readonly name: string;
  /** The kind's own view of the data and its proposed plan. */
  readonly setUp: () => Promise<{ readonly plan: KindPlan; readonly run: KindRun; readonly kind: DataKind<never, never, never> }>;
}

const tablePlan: FeaturePlan = { target: 'c', features: ['x', 'z'], task: 'classification' };

const CASES: readonly Case[] = [
  {
    name: 'table',
    setUp: async () => {
      const ds = table();
      const summary = await tableKind.inspect(ds);
      return { plan: { kind: 'table', summary, plan: tablePlan }, run: { kind: 'table', source: ds, plan: tablePlan }, kind: tableKind as DataKind<never, never, never> };
    },
  },
  {
    name: 'images',
    setUp: async () => {
      const source = images();
      const summary = await imagesKind.inspect(source);
      const { plan } = imagesKind.proposePlan(summary);
      return { plan: { kind: 'images', summary, plan }, run: { kind: 'images', source, plan }, kind: imagesKind as DataKind<never, never, never> };
    },
  },
  {
    name: 'sequences',
    setUp: async () => {
      const ds = recordings();
      const summary = await sequencesKind.inspect(ds);
      expect(summary.detection.likely).toBe(true);
      const { plan } = sequencesKind.proposePlan(summary);
      return { plan: { kind: 'sequences', summary, plan }, run: { kind: 'sequences', source: ds, plan }, kind: sequencesKind as DataKind<never, never, never> };
    },
  },
];

describe.each(CASES)('the $name kind', ({ setUp }) => {
  it('encodes what it explains, and the model analyser accepts that input', async () => {
    const { plan, run } = await setUp();
    const bound = planOf(plan);
    expect(bound.validate()).toEqual([]);
    const analysis = analysePlan(plan, opts);
    expect(analysis.problems).toEqual([]);
    const explained = bound.explain(opts);
    const prepared = await prepareData(run, opts);
    const { encoded } = prepared;
    expect(encoded.inputShape).toEqual(explained.inputShape);
    expect(prepared.shape.inputShape).toEqual(explained.inputShape);
    expect(analysis.shape?.inputShape).toEqual(explained.inputShape);
    // The encoded width is the explained shape: every example is prod(dims) numbers.
    const width = sampleDims(encoded.inputShape).reduce((a, b) => a * b, 1);
    expect(inMemory(encoded.trainX).length).toBe(encoded.trainRows * width);
    expect(inMemory(encoded.testX).length).toBe(encoded.testRows * width);
    expect(explained.axes).toHaveLength(encoded.inputShape.length);
    // The model proposed for it, and analysed on exactly that input, is valid.
    const context = modelContextOf(analysis);
    const model = proposeModel(analysis);
    expect(context && model).toBeTruthy();
    if (!context || !model) return;
    expect(context.inputShape).toEqual(sampleDims(encoded.inputShape));
    expect(analyzeModel({ inputShape: context.inputShape, layers: model.layers }, context.head).valid).toBe(true);
  });

  it('splits the same way for the same seed, and as prepare does; another seed splits otherwise', async () => {
    const { plan, run } = await setUp();
    const bound = planOf(plan);
    const a = bound.split(opts);
    const b = bound.split(opts);
    expect(Array.from(a.test)).toEqual(Array.from(b.test));
    const prepared = await prepareData(run, opts);
    expect(Array.from(prepared.split.test)).toEqual(Array.from(a.test));
    expect(Array.from(prepared.split.train)).toEqual(Array.from(a.train));
    expect(new Set([...a.train].filter((i) => a.test.includes(i))).size).toBe(0);
    const analysis = bound.analyse(opts);
    expect([analysis.trainCount, analysis.testCount]).toEqual([a.train.length, a.test.length]);
    expect([prepared.encoded.trainRows, prepared.encoded.testRows]).toEqual([a.train.length, a.test.length]);
    const other = bound.split({ ...opts, seed: opts.seed + 1 });
    expect(Array.from(other.test)).not.toEqual(Array.from(a.test));
  });

  it('names each held-out example with a key it can describe', async () => {
    const { plan, run } = await setUp();
    const prepared = await prepareData(run, opts);
    expect(prepared.testExamples).toHaveLength(prepared.encoded.testRows);
    expect(new Set(prepared.testExamples).size).toBe(prepared.testExamples.length);
    const view = planOf(plan).describe(prepared.testExamples[0] ?? '');
    expect(view?.key).toBe(prepared.testExamples[0]);
    expect(view?.title).toBeTruthy();
    expect(planOf(plan).describe('no such example')).toBeNull();
  });

  it('goes through the one pipeline and leaves no tensor behind', async () => {
    const { plan, run } = await setUp();
    const model = proposeModel(analysePlan(plan, opts));
    if (!model) throw new Error('no model proposed');
    const before = tf.memory().numTensors;
    const result = await runPipeline({ data: run, model, settings });
    expect(result.outcome.history).toHaveLength(2);
    expect(result.evaluation.rows).toBe(result.prepared.encoded.testRows);
    result.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
