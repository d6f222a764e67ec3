import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { english, translator } from '../../../src/core/i18n/translate';
import type { FeaturePlan } from '../../../src/core/features/types';
import type { ModelDraft } from '../../../src/core/model/designer-types';
import { analysePlan, proposeModel } from '../../../src/core/pipeline/analyse';
import { DEFAULT_SETTINGS, prepareRun, runPipeline, type PipelineRequest } from '../../../src/core/pipeline/run';
import type { TypedDataset } from '../../../src/core/data/types';
import { createRng } from '../../../src/core/random';
import type { TrainingSettings } from '../../../src/core/train/types';
import { categoryColumn, makeDataset, numberColumn } from '../helpers/dataset';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** 150 rows: "species" follows "size" (3 bands); "colour" is noise with 2 categories. */
function flowers() {
  const rng = createRng(11);
  const species = ['small', 'medium', 'large'];
  const rows = Array.from({ length: 150 }, (_, i) => {
    const c = i % 3;
    return { size: c * 10 + rng() * 4, weight: rng(), colour: rng() < 0.5 ? 'red' : 'blue', species: species[c]! };
  });
  return makeDataset('flowers.csv', [
    numberColumn('size', rows.map((r) => r.size)),
    numberColumn('weight', rows.map((r) => r.weight)),
    categoryColumn('colour', rows.map((r) => r.colour)),
    categoryColumn('species', rows.map((r) => r.species)),
  ]);
}

/** 200 rows: price = 3·area − 2·age + 50 + small noise; one missing area. */
function houses() {
  const rng = createRng(12);
  const area = Array.from({ length: 200 }, () => rng() * 10);
  const age = Array.from({ length: 200 }, () => rng() * 5);
  const price = area.map((a, i) => 3 * a - 2 * age[i]! + 50 + (rng() - 0.5) * 0.2);
  return makeDataset('houses.csv', [
    numberColumn('area', area.map((a, i) => (i === 7 ? null : a))),
    numberColumn('age', age),
    numberColumn('price', price),
  ]);
}

const mlp = (head: { units: number; activation: string }): ModelDraft => ({
  layers: [
    { type: 'dense', units: 64, activation: 'relu', kernelRegularizer: { l2: 0.001 } },
    { type: 'dense', units: 32, activation: 'relu', kernelRegularizer: { l2: 0.001 } },
    { type: 'dense', ...head },
  ],
});
const flowerModel = mlp({ units: 3, activation: 'softmax' });
const houseModel = mlp({ units: 1, activation: 'linear' });

const fast: TrainingSettings = { ...DEFAULT_SETTINGS, epochs: 40, learningRate: 0.01, earlyStoppingPatience: 0 };
const flowerPlan: FeaturePlan = { target: 'species', features: ['size', 'weight', 'colour'], task: 'classification' };
const housePlan: FeaturePlan = { target: 'price', features: ['area', 'age'], task: 'regression' };
const table = (source: TypedDataset, plan: FeaturePlan) => ({ kind: 'table' as const, source, plan });

describe('DEFAULT_SETTINGS', () => {
  it('holds the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      epochs: 100, batchSize: 32, learningRate: 0.001, optimizer: 'adam', validationSplit: 0.2,
      earlyStoppingPatience: 20, seed: 42, testFraction: 0.2,
    });
  });
});

describe('proposeModel', () => {
  it('proposes the MLP template with the head the encoding needs', () => {
    expect(proposeModel(analysePlan({ kind: 'table', summary: flowers(), plan: flowerPlan }, fast))).toEqual(flowerModel);
    expect(proposeModel(analysePlan({ kind: 'table', summary: houses(), plan: housePlan }, fast))).toEqual(houseModel);
  });
});

describe('prepareRun', () => {
  it('splits, encodes and analyses the model on the encoded input for a classification table', async () => {
    const run = await prepareRun({ data: table(flowers(), flowerPlan), model: flowerModel, settings: fast });
    // 2 numbers + 2 one-hot columns of "colour" = 4 inputs.
    expect(run.encoded.inputShape).toEqual([null, 4]);
    expect(run.shape.inputShape).toEqual([null, 4]);
    expect(run.split.train.length + run.split.test.length).toBe(150);
    expect(run.split.test.length).toBe(30);
    expect(run.head).toMatchObject({ units: 3, activation: 'softmax', loss: 'categoricalCrossentropy' });
    expect(english(run.head.reason)).toContain('“species” has 3 classes');
    expect(run.spec).toEqual({ inputShape: [4], layers: flowerModel.layers });
    // Keras: 4·64 + 64 = 320; 64·32 + 32 = 2,080; 32·3 + 3 = 99.
    expect(run.report.valid).toBe(true);
    expect(run.report.layers.map((l) => l.params)).toEqual([320, 2080, 99]);
    expect(run.report.totalParams).toBe(2499);
    expect(run.summary.rows.map((r) => r.params)).toEqual([320, 2080, 99]);
    expect(run.summary.totalParams).toBe(2499);
  });

  it('throws the plan’s first blocking problem as an AppError', async () => {
    const req: PipelineRequest = { data: table(flowers(), { ...flowerPlan, target: 'petals' }), model: flowerModel, settings: fast };
    await expect(prepareRun(req)).rejects.toThrow(AppError);
    await expect(prepareRun(req)).rejects.toThrow(/petals/);
  });

  it('blocks a head that contradicts the task, with the layer and the first fix', async () => {
    let caught: unknown;
    try {
      await prepareRun({ data: table(houses(), housePlan), model: mlp({ units: 1, activation: 'softmax' }), settings: fast });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('head/softmax-for-regression');
    expect((caught as AppError).message).toMatch(/^Layer 3 \(Dense\): Softmax turns the outputs into probabilities/);
    expect((caught as AppError).message).toContain('a regression target like “price”');
    expect((caught as AppError).msg).toMatchObject({ code: 'train.layerProblem', params: { index: 3, className: 'Dense' } });
    const fix = (caught as AppError).fix;
    expect(fix?.action).toBe('model-fix:2:head/softmax-for-regression:0');
    expect(fix && (typeof fix.label === 'string' ? fix.label : english(fix.label))).toBe('Use one linear unit');
    expect(translator('ko')((caught as AppError).msg)).toMatch(/^레이어 3\(Dense\): /);

    await expect(prepareRun({ data: table(flowers(), flowerPlan), model: mlp({ units: 2, activation: 'softmax' }), settings: fast }))
      .rejects.toThrow('Layer 3 (Dense): “species” has 3 classes, so the last layer needs 3 units (one per class), not 2.');
  });

  it('blocks a layer that cannot take its input, bad layer arguments, an empty model and bad settings', async () => {
    const lstm: ModelDraft = { layers: [{ type: 'lstm', units: 8 }, { type: 'dense', units: 1, activation: 'linear' }] };
    await expect(prepareRun({ data: table(houses(), housePlan), model: lstm, settings: fast }))
      .rejects.toThrow(expect.objectContaining({ code: 'shape/needs-sequence', fix: expect.objectContaining({ action: 'model-fix:0:shape/needs-sequence:0' }) as unknown }) as Error);
    const badRate: ModelDraft = { layers: [{ type: 'dropout', rate: 2 }, ...houseModel.layers] };
    await expect(prepareRun({ data: table(houses(), housePlan), model: badRate, settings: fast }))
      .rejects.toThrow(expect.objectContaining({ code: 'args/invalid', message: expect.stringMatching(/^Layer 1 \(Dropout\): Rate is the share/) as string }) as Error);
    await expect(prepareRun({ data: table(houses(), housePlan), model: { layers: [] }, settings: fast }))
      .rejects.toThrow(expect.objectContaining({ code: 'model/no-layers', msg: { code: 'train.noLayers' } }) as Error);
    await expect(prepareRun({ data: table(houses(), housePlan), model: houseModel, settings: { ...fast, epochs: 0 } }))
      .rejects.toThrow(expect.objectContaining({ code: 'settings/bad-epochs', msg: { code: 'train.settings.bad.epochs', params: { value: '0' } } }) as Error);
  });
});

describe('runPipeline', () => {
  it('takes a classification table to an evaluation that beats the majority baseline', async () => {
    const events: string[] = [];
    const before = tf.memory().numTensors;
    const result = await runPipeline(
      { data: table(flowers(), flowerPlan), model: flowerModel, settings: fast },
      {
        onPrepared: () => events.push('prepared'),
        onEpoch: (m) => events.push(`epoch ${m.epoch}`),
        onProgress: () => undefined,
        onLinearBaseline: () => events.push('linear'),
      },
    );
    expect(events.slice(0, 3)).toEqual(['prepared', 'epoch 1', 'epoch 2']);
    expect(result.outcome.history).toHaveLength(40);
    const evaluation = result.evaluation;
    if (evaluation.task !== 'classification') throw new Error('expected classification');
    expect(evaluation.rows).toBe(30);
    expect(evaluation.classes).toEqual(result.prepared.encoded.preprocessing.classes);
    expect(evaluation.accuracy).toBeGreaterThan(0.9);
    expect(evaluation.baseline.accuracy).toBeLessThan(0.5);
    expect(evaluation.confusion.flat().reduce((a, b) => a + b, 0)).toBe(30);
    // The linear baseline trained on the same rows after the network, leaving no tensor behind.
    expect(events).toContain('linear');
    expect(events.indexOf('linear')).toBeGreaterThan(events.indexOf('epoch 40'));
    expect(evaluation.linear?.accuracy).toBeGreaterThan(0.9);
    expect(tf.memory().numTensors).toBe(before + result.model.weights.length);
    result.model.dispose();
  });

  it('trains no linear baseline when asked not to', async () => {
    const result = await runPipeline({ data: table(flowers(), flowerPlan), model: flowerModel, settings: { ...fast, epochs: 2 }, linearBaseline: false });
    expect(result.evaluation).not.toHaveProperty('linear');
    result.model.dispose();
  });

  it('takes a regression table to R² > 0.9 in the target’s units, reproducibly for a seed', async () => {
    const req: PipelineRequest = { data: table(houses(), housePlan), model: { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1, activation: 'linear' }] }, settings: fast };
    const first = await runPipeline(req);
    const evaluation = first.evaluation;
    if (evaluation.task !== 'regression') throw new Error('expected regression');
    expect(evaluation.target).toBe('price');
    expect(evaluation.r2).toBeGreaterThan(0.9);
    expect(evaluation.baseline.r2).toBeLessThanOrEqual(0);
    // Prices are around 50–80: predictions come back in those units, not standardised ones.
    expect(Math.min(...evaluation.predicted)).toBeGreaterThan(30);
    expect(evaluation.mae).toBeLessThan(evaluation.baseline.mae / 3);
    // price is linear in area and age: a linear model explains it as well.
    expect(evaluation.linear?.r2).toBeGreaterThan(0.99);

    const again = await runPipeline(req);
    expect(again.outcome.history.map((h) => h.loss)).toEqual(first.outcome.history.map((h) => h.loss));
    if (again.evaluation.task !== 'regression') throw new Error('expected regression');
    expect(again.evaluation.linear?.r2).toBe(evaluation.linear?.r2);
    expect(Array.from(again.prepared.split.test)).toEqual(Array.from(first.prepared.split.test));
    const other = await runPipeline({ ...req, settings: { ...fast, seed: 7 } });
    expect(other.outcome.history.map((h) => h.loss)).not.toEqual(first.outcome.history.map((h) => h.loss));
    [first, again, other].forEach((r) => r.model.dispose());
  });

  it('trains a designed model with Reshape, Conv1D and LSTM layers on a table', async () => {
    const model: ModelDraft = {
      layers: [
        { type: 'reshape', targetShape: [-1, 1] },
        { type: 'conv1d', filters: 4, kernelSize: 2, padding: 'same', activation: 'relu' },
        { type: 'lstm', units: 4 },
        { type: 'dense', units: 1, activation: 'linear' },
      ],
    };
    const result = await runPipeline({ data: table(houses(), housePlan), model, settings: { ...fast, epochs: 3 } });
    expect(result.prepared.report.layers.map((l) => l.outputShape)).toEqual([[null, 2, 1], [null, 2, 4], [null, 4], [null, 1]]);
    expect(result.outcome.history).toHaveLength(3);
    expect(result.outcome.history.every((h) => Number.isFinite(h.loss))).toBe(true);
    result.model.dispose();
  });
});
