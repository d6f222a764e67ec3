import { en } from './english';
/**
 * Notes on models that build but are most likely not what was meant (a Reshape's -1 read as the
 * batch, channels first, a stack of linear Dense layers) and the one head that is wrong without
 * any data (one softmax unit): each spec gets its advice, each fix removes it and the model then
 * builds. data_format channels_first follows through shapes, arithmetic, Keras code and training.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { buildModel } from '../../../src/core/model/build';
import type { HeadContext } from '../../../src/core/model/designer-types';
import { applyFixToSpec } from '../../../src/core/model/edits';
import { kerasLayer } from '../../../src/core/model/keras';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';
import { codes, find } from './advice-report';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const d = (units: number, activation?: string): LayerSpec => (activation ? { type: 'dense', units, activation } : { type: 'dense', units });
const conv = (extra: Record<string, unknown> = {}): LayerSpec => ({ type: 'conv2d', filters: 8, kernelSize: 3, activation: 'relu', ...extra });
const flat: LayerSpec = { type: 'flatten' };
const first = { dataFormat: 'channels_first' };

interface Rule {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly head?: HeadContext;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly layer: number;
  readonly fixes: readonly string[];
  readonly message: RegExp;
}

const RULES: Rule[] = [
  {
    name: 'Reshape((-1, 28, 28, 1)) with nothing after it that fails', spec: { inputShape: [784], layers: [{ type: 'reshape', targetShape: [-1, 28, 28, 1] }, flat, d(10, 'softmax')] },
    code: 'reshape/batch-axis', severity: 'warning', layer: 0, fixes: ['Reshape to (28, 28, 1)'],
    message: /^In a Keras layer the batch axis is not written: Reshape\(\(-1, 28, 28, 1\)\) makes \(None, 1, 28, 28, 1\), .*\(-1 = 784 \/ 784 = 1\)\. Fix: Reshape\(\(28, 28, 1\)\)\.$/,
  },
  {
    name: 'channels first in the input shape', spec: { inputShape: [3, 32, 32], layers: [conv(), { type: 'maxPooling2d' }, flat, d(10, 'softmax')] },
    code: 'shape/channels-first', severity: 'warning', layer: 0, fixes: ['Use input shape (32, 32, 3)', 'Set data_format channels_first'],
    message: /^Layerbench reads the last axis, 32, as channels \(channels last, Keras’ default\), so Conv2D sees images of 3×32 pixels with 32 channels; \(3, 32, 32\) looks like channels first \(3 channels of 32×32\)\./,
  },
  {
    name: 'channels first from a Reshape, before pooling', spec: { inputShape: [3072], layers: [{ type: 'reshape', targetShape: [3, 32, 32] }, { type: 'maxPooling2d' }, conv(), { type: 'globalAveragePooling2d' }, d(10, 'softmax')] },
    code: 'shape/channels-first', severity: 'warning', layer: 1, fixes: ['Set data_format channels_first'], message: /MaxPooling2D sees images of 3×32 pixels with 32 channels/,
  },
  {
    name: 'two hidden Dense layers without an activation', spec: { inputShape: [8], layers: [d(64), d(32), d(1)] },
    code: 'model/linear-stack', severity: 'warning', layer: 0, fixes: ['Use relu in layers 1 and 2'],
    message: /^Dense layers without an activation in between collapse into one linear map: layers 1 and 2 \(Dense, linear\) feed layer 3 \(Dense\).*give the hidden layers an activation such as relu\.$/,
  },
  {
    name: 'a linear Dense, Dropout, then Dense', spec: { inputShape: [8], layers: [d(16, 'relu'), d(16, 'linear'), { type: 'dropout', rate: 0.2 }, d(3, 'softmax')] }, head: { task: 'classification', outputUnits: 3 },
    code: 'model/linear-stack', severity: 'warning', layer: 1, fixes: ['Use relu in layer 2'], message: /layer 2 \(Dense, linear\) feeds layer 4 \(Dense\)/,
  },
  {
    name: 'Dense(1, softmax) without the data', spec: { inputShape: [8], layers: [d(16, 'relu'), d(1, 'softmax')] },
    code: 'head/one-softmax-unit', severity: 'error', layer: 1, fixes: ['Use Dense(1, linear)', 'Use Dense(1, sigmoid)', 'Use Dense(2, softmax)'],
    message: /^Softmax turns the outputs into probabilities that sum to 1, so one softmax unit always outputs 1\.0, whatever the input/,
  },
  {
    name: 'one unit with a softmax Activation after it', spec: { inputShape: [8], layers: [d(16, 'relu'), d(1), { type: 'activation', activation: 'softmax' }] },
    code: 'head/one-softmax-unit', severity: 'error', layer: 2, fixes: ['Use Dense(1, linear)', 'Use Dense(1, sigmoid)', 'Use Dense(2, softmax)'], message: /one softmax unit always outputs 1\.0/,
  },
];

describe('notes on models that build', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const report = analyzeModel(rule.spec, rule.head);
    const found = find(report, rule.code);
    expect(found, `codes: ${codes(report).join(', ')}`).toBeDefined();
    if (!found) return;
    expect(found.layer).toBe(rule.layer);
    expect(found.advice.severity).toBe(rule.severity);
    expect(en(found.advice.message)).toMatch(rule.message);
    expect(found.advice.fixes.map((f) => en(f.label))).toEqual(rule.fixes);
    for (const fix of found.advice.fixes) {
      const fixed = analyzeModel(applyFixToSpec(rule.spec, fix), rule.head);
      expect(codes(fixed), `after “${en(fix.label)}”`).toEqual([]);
      expect(fixed.valid).toBe(true);
    }
  });

  it.each([
    ['Dense layers with relu', { inputShape: [8], layers: [d(64, 'relu'), d(32, 'relu'), d(1)] }],
    ['a relu Activation layer between', { inputShape: [8], layers: [d(64), { type: 'activation', activation: 'relu' }, d(1)] }],
    ['the catalogue’s Reshape((-1, 1))', { inputShape: [9], layers: [{ type: 'reshape', targetShape: [-1, 1] }, { type: 'lstm', units: 4 }, d(1)] }],
    ['an image with its channels last', { inputShape: [32, 32, 3], layers: [conv(), { type: 'maxPooling2d' }, flat, d(10, 'softmax')] }],
    ['channels first, said so', { inputShape: [3, 32, 32], layers: [conv(first), { type: 'maxPooling2d', ...first }, flat, d(10, 'softmax')] }],
    ['one sigmoid unit', { inputShape: [8], layers: [d(16, 'relu'), d(1, 'sigmoid')] }],
  ] as const)('no note for %s', (_name, spec) => {
    const report = analyzeModel(spec as ModelSpec);
    expect(codes(report)).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('leaves one softmax unit to the head’s own advice when the data is known', () => {
    const spec: ModelSpec = { inputShape: [8], layers: [d(16, 'relu'), d(1, 'softmax')] };
    expect(codes(analyzeModel(spec, { task: 'regression', outputUnits: 1 }))).toEqual(['head/softmax-for-regression']);
    expect(codes(analyzeModel(spec, { task: 'classification', outputUnits: 2 }))).not.toContain('head/one-softmax-unit');
  });
});

describe('data_format channels_first', () => {
  const spec: ModelSpec = {
    inputShape: [3, 32, 32],
    layers: [conv(first), { type: 'maxPooling2d', ...first }, { type: 'averagePooling2d', poolSize: 2, padding: 'same', ...first }, { type: 'globalAveragePooling2d', ...first }, d(4, 'softmax')],
  };

  it('reads the channels from the first axis: shapes, parameters and arithmetic', () => {
    const report = analyzeModel(spec);
    expect(report.valid).toBe(true);
    expect(report.layers.map((l) => l.outputShape)).toEqual([[null, 8, 30, 30], [null, 8, 15, 15], [null, 8, 8, 8], [null, 8], [null, 4]]);
    // Keras: (3 × 3 × in_channels + 1) × filters, in_channels from the first axis.
    expect(report.layers[0]?.params).toBe(224);
    const [convWords, poolWords, avgWords, gapWords] = report.layers.map((l) => l.explanation.map(en).join(' '));
    expect(convWords).toContain('padding valid, data_format channels_first (channels, height, width): height 32 − 3 + 1 = 30, width 32 − 3 + 1 = 30');
    expect(convWords).toContain('each filter spans all 3 input channels');
    expect(convWords).toContain('Parameters: (3 × 3 × 3 + 1) × 8 = 224.');
    expect(poolWords).toContain('height floor((30 − 2) / 2) + 1 = 15, width floor((30 − 2) / 2) + 1 = 15; each of the 8 channels is pooled on its own');
    expect(avgWords).toContain('height ceil(15 / 2) = 8, width ceil(15 / 2) = 8');
    expect(gapWords).toContain('averages each of the 8 channels over all 8 × 8 positions');
  });

  it('writes data_format in the Keras code', () => {
    expect(kerasLayer(conv(first))).toBe('layers.Conv2D(8, 3, activation="relu", data_format="channels_first")');
    expect(kerasLayer({ type: 'globalAveragePooling2d', ...first })).toBe('layers.GlobalAveragePooling2D(data_format="channels_first")');
  });

  it('trains on the CPU backend and gives the shapes the analysis gave', async () => {
    const model = buildModel(spec, { seed: 1 });
    try {
      model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
      const x = tf.randomNormal([4, 3, 32, 32]);
      const y = tf.oneHot(tf.tensor1d([0, 1, 2, 3], 'int32'), 4);
      const history = await model.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0 });
      tf.dispose([x, y]);
      expect(history.history.loss?.every((v) => Number.isFinite(v as number))).toBe(true);
      expect(model.outputs[0]?.shape).toEqual([null, 4]);
      expect(model.countParams()).toBe(analyzeModel(spec).totalParams);
    } finally {
      model.dispose();
    }
  });

  it('is offered on 2-D layers only', () => {
    const report = analyzeModel({ inputShape: [10, 4], layers: [{ type: 'maxPooling1d', dataFormat: 'channels_first' }, flat, d(1)] });
    expect(codes(report)).toContain('args/unknown');
  });
});
