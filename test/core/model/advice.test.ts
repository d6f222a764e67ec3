import { en } from './english';
/**
 * Every advice rule: the layer it marks, what it says was expected and what came, the fixes it
 * offers, and that applying each fix (applyFix) makes that advice disappear and the model valid.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { HeadContext } from '../../../src/core/model/designer-types';
import { applyFix } from '../../../src/core/model/edits';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';
import { codes, find } from './advice-report';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const classes3: HeadContext = { task: 'classification', outputUnits: 3, target: 'species' };
const regression: HeadContext = { task: 'regression', outputUnits: 1, target: 'mpg' };

interface Rule {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly head?: HeadContext;
  readonly code: string;
  readonly layer: number;
  readonly fixes: readonly string[];
  readonly expected?: string;
  readonly got?: string;
  readonly message?: RegExp;
}

const d = (units: number, activation = 'linear'): LayerSpec => ({ type: 'dense', units, activation });

const RULES: Rule[] = [
  {
    name: 'a recurrent layer on a table: reshape to (n, 1)', spec: { inputShape: [2], layers: [{ type: 'lstm', units: 8 }, d(1)] }, head: regression,
    code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (2, 1)'], expected: '(None, timesteps, features)', got: '(None, 2)',
    message: /^LSTM reads a sequence one step after another: it expects 3 axes, \(None, timesteps, features\), but it got \(None, 2\): one row of 2 values/,
  },
  { name: 'GRU on a table', spec: { inputShape: [5], layers: [{ type: 'gru', units: 4 }, d(3, 'softmax')] }, head: classes3, code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (5, 1)'] },
  { name: 'Conv1D on a table', spec: { inputShape: [7], layers: [{ type: 'conv1d', filters: 4, kernelSize: 3 }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (7, 1)'] },
  { name: 'GlobalAveragePooling1D on a table', spec: { inputShape: [8], layers: [{ type: 'globalAveragePooling1d' }, d(1)] }, head: regression, code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (8, 1)'] },
  { name: 'MaxPooling1D on a table', spec: { inputShape: [8], layers: [{ type: 'maxPooling1d' }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (8, 1)'] },
  {
    name: 'a recurrent layer on an image: read it row by row', spec: { inputShape: [28, 28, 1], layers: [{ type: 'lstm', units: 16 }, d(3, 'softmax')] }, head: classes3,
    code: 'shape/needs-sequence', layer: 0, fixes: ['Reshape to (28, 28)'], got: '(None, 28, 28, 1)',
  },
  { name: 'Conv1D on an image', spec: { inputShape: [28, 28, 1], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }, { type: 'flatten' }, d(3, 'softmax')] }, head: classes3, code: 'shape/needs-sequence', layer: 0, fixes: ['Use Conv2D', 'Reshape to (28, 28)'] },
  { name: 'MaxPooling1D on an image', spec: { inputShape: [8, 8, 2], layers: [{ type: 'maxPooling1d' }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/needs-sequence', layer: 0, fixes: ['Use MaxPooling2D', 'Reshape to (8, 16)'] },
  {
    name: 'a recurrent layer after another without return_sequences', spec: { inputShape: [10, 2], layers: [{ type: 'lstm', units: 8 }, { type: 'dropout', rate: 0.2 }, { type: 'lstm', units: 8 }, d(1)] }, head: regression,
    code: 'shape/needs-return-sequences', layer: 2, fixes: ['Set return_sequences on layer 1'], got: '(None, 8)',
    message: /layer 1 \(LSTM\) passes on only its last state because its return_sequences is off/,
  },
  { name: 'Conv1D after a recurrent layer without return_sequences', spec: { inputShape: [10, 2], layers: [{ type: 'gru', units: 8 }, { type: 'conv1d', filters: 4, kernelSize: 3 }, { type: 'globalAveragePooling1d' }, d(1)] }, head: regression, code: 'shape/needs-return-sequences', layer: 1, fixes: ['Set return_sequences on layer 1'] },
  {
    name: 'Conv2D on a table: use Dense or Conv1D', spec: { inputShape: [7], layers: [{ type: 'conv2d', filters: 8, kernelSize: 3, activation: 'relu' }, d(1)] },
    code: 'shape/needs-image', layer: 0, fixes: ['Use Dense(8)', 'Reshape to (7, 1) and use Conv1D'], expected: '(None, height, width, channels)', got: '(None, 7)',
  },
  { name: 'Conv2D on a sequence: use Conv1D', spec: { inputShape: [10, 4], layers: [{ type: 'conv2d', filters: 8, kernelSize: 3 }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/needs-image', layer: 0, fixes: ['Use Conv1D', 'Reshape to (10, 4, 1)'] },
  { name: 'MaxPooling2D on a table', spec: { inputShape: [8], layers: [{ type: 'maxPooling2d' }, d(1)] }, code: 'shape/needs-image', layer: 0, fixes: ['Remove layer 1', 'Reshape to (8, 1) and use MaxPooling1D'] },
  { name: 'AveragePooling2D on a sequence', spec: { inputShape: [10, 4], layers: [{ type: 'averagePooling2d' }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/needs-image', layer: 0, fixes: ['Use AveragePooling1D', 'Reshape to (10, 4, 1)'] },
  { name: 'GlobalAveragePooling2D on a sequence', spec: { inputShape: [10, 4], layers: [{ type: 'globalAveragePooling2d' }, d(1)] }, head: regression, code: 'shape/needs-image', layer: 0, fixes: ['Use GlobalAveragePooling1D'] },
  { name: 'GlobalAveragePooling2D on a table', spec: { inputShape: [8], layers: [{ type: 'globalAveragePooling2d' }, d(1)] }, head: regression, code: 'shape/needs-image', layer: 0, fixes: ['Remove layer 1'] },
  { name: 'Flatten on a table', spec: { inputShape: [7], layers: [{ type: 'flatten' }, d(1)] }, head: regression, code: 'shape/flatten-flat', layer: 0, fixes: ['Remove layer 1'], got: '(None, 7)' },
  {
    name: 'a kernel longer than the input, padding valid', spec: { inputShape: [5, 3], layers: [{ type: 'conv1d', filters: 4, kernelSize: 8 }, { type: 'flatten' }, d(1)] }, head: regression,
    code: 'shape/window-too-large', layer: 0, fixes: ['Use padding same', 'Set kernel size to 5'],
    message: /^Conv1D’s kernel size is 8, but the input \(None, 5, 3\) has only 5 steps.*5 − 8 \+ 1 = −2/,
  },
  { name: 'a pool larger than the image', spec: { inputShape: [3, 3, 1], layers: [{ type: 'maxPooling2d', poolSize: 4 }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/window-too-large', layer: 0, fixes: ['Use padding same', 'Set pool size to 3'] },
  { name: 'a kernel wider than the image', spec: { inputShape: [8, 8, 1], layers: [{ type: 'conv2d', filters: 2, kernelSize: [3, 9] }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/window-too-large', layer: 0, fixes: ['Use padding same', 'Set kernel size to 3×8'] },
  {
    name: 'a Reshape whose size does not match', spec: { inputShape: [20], layers: [{ type: 'reshape', targetShape: [3, 5] }, { type: 'flatten' }, d(1)] }, head: regression,
    code: 'shape/reshape-size', layer: 0, fixes: ['Reshape to (4, 5) instead', 'Reshape to (20, 1) instead'], got: '(3, 5)',
    message: /^Reshape to \(3, 5\) needs 3 × 5 = 15 values per example, but the input \(None, 20\) holds 20\.$/,
  },
  { name: 'a Reshape with -1 that does not divide', spec: { inputShape: [20], layers: [{ type: 'reshape', targetShape: [-1, 3] }, { type: 'flatten' }, d(1)] }, head: regression, code: 'shape/reshape-size', layer: 0, fixes: ['Reshape to (20, 1) instead'] },
  {
    name: 'the model ends without Dense (a sequence): add Flatten and Dense', spec: { inputShape: [10, 4], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }] }, head: classes3,
    code: 'head/not-dense', layer: 0, fixes: ['Add Flatten and Dense(3, softmax)'], expected: 'Dense(3, softmax)',
  },
  { name: 'the model ends without Dense (a vector)', spec: { inputShape: [10, 4], layers: [{ type: 'lstm', units: 8 }] }, head: regression, code: 'head/not-dense', layer: 0, fixes: ['Add Dense(1, linear)'] },
  {
    name: 'Dense on a 3-D output at the head: add Flatten', spec: { inputShape: [10, 4], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }, d(3, 'softmax')] }, head: classes3,
    code: 'head/not-flat', layer: 1, fixes: ['Add Flatten before layer 2', 'Add GlobalAveragePooling1D before layer 2'], expected: '(None, 3)', got: '(None, 8, 3)',
    message: /^Dense acts on the last axis only, so on \(None, 8, 8\) it gives \(None, 8, 3\)/,
  },
  { name: 'Dense on an image at the head', spec: { inputShape: [8, 8, 1], layers: [{ type: 'conv2d', filters: 4, kernelSize: 3 }, d(1)] }, head: regression, code: 'head/not-flat', layer: 1, fixes: ['Add Flatten before layer 2', 'Add GlobalAveragePooling2D before layer 2'] },
  {
    name: 'last layer units ≠ classes', spec: { inputShape: [4], layers: [d(8, 'relu'), d(2, 'softmax')] }, head: classes3,
    code: 'head/units-for-classes', layer: 1, fixes: ['Set units to 3'], expected: 'Dense(3, softmax)', got: 'Dense(2, softmax)',
    message: /^“species” has 3 classes, so the last layer needs 3 units \(one per class\), not 2\.$/,
  },
  { name: 'linear for classes: use softmax', spec: { inputShape: [4], layers: [d(8, 'relu'), d(3)] }, head: classes3, code: 'head/activation-for-classification', layer: 1, fixes: ['Use softmax'], message: /^Linear units give unbounded numbers/ },
  { name: 'sigmoid for classes: use softmax', spec: { inputShape: [4], layers: [d(3, 'sigmoid')] }, head: classes3, code: 'head/activation-for-classification', layer: 0, fixes: ['Use softmax'], message: /^Sigmoid scores each unit on its own/ },
  { name: 'a trailing Activation layer decides', spec: { inputShape: [4], layers: [d(3), { type: 'activation', activation: 'relu' }, { type: 'dropout', rate: 0.1 }] }, head: classes3, code: 'head/activation-for-classification', layer: 1, fixes: ['Use softmax'] },
  { name: 'one linear unit for 5 classes', spec: { inputShape: [4], layers: [d(1)] }, head: { task: 'classification', outputUnits: 5 }, code: 'head/classification-head', layer: 0, fixes: ['Use Dense(5, softmax)'], got: 'Dense(1, linear)' },
  {
    name: 'softmax for regression: one linear unit', spec: { inputShape: [4], layers: [d(8, 'relu'), d(1, 'softmax')] }, head: regression,
    code: 'head/softmax-for-regression', layer: 1, fixes: ['Use one linear unit'], expected: 'Dense(1, linear)', message: /a regression target like “mpg” needs one unbounded number: use one linear unit\.$/,
  },
  { name: 'sigmoid for regression', spec: { inputShape: [4], layers: [d(1, 'sigmoid')] }, head: regression, code: 'head/sigmoid-for-regression', layer: 0, fixes: ['Use one linear unit'] },
  { name: 'relu for regression', spec: { inputShape: [4], layers: [d(1, 'relu')] }, head: regression, code: 'head/activation-for-regression', layer: 0, fixes: ['Use one linear unit'] },
  { name: 'several units for regression', spec: { inputShape: [4], layers: [d(3)] }, head: regression, code: 'head/units-for-regression', layer: 0, fixes: ['Use one linear unit'], message: /exactly 1 unit, not 3/ },
  { name: 'a value out of range', spec: { inputShape: [4], layers: [{ type: 'dropout', rate: 2 }, d(1)] }, head: regression, code: 'args/invalid', layer: 0, fixes: ['Set rate to 0.2'], message: /^Rate is the share of values dropped/ },
  { name: 'a missing argument', spec: { inputShape: [4], layers: [{ type: 'dense' }, d(1)] }, head: regression, code: 'args/invalid', layer: 0, fixes: ['Set units to 32'], message: /^Units needs a value, such as 32\.$/ },
  { name: 'an unknown argument', spec: { inputShape: [4], layers: [{ type: 'dense', units: 4, kernel_size: 3 }, d(1)] }, head: regression, code: 'args/unknown', layer: 0, fixes: ['Remove “kernel_size”'] },
  {
    name: 'Masking before a convolution: the marks are lost', spec: { inputShape: [64, 6], layers: [{ type: 'masking', maskValue: 0 }, { type: 'conv1d', filters: 8, kernelSize: 3 }, { type: 'globalAveragePooling1d' }, d(4, 'softmax')] },
    head: { task: 'classification', outputUnits: 4 }, code: 'mask/not-supported', layer: 1, fixes: ['Remove the Masking layer (layer 1)'], got: 'Conv1D',
    message: /^Layer 1 \(Masking\) marks the steps whose 6 values are all 0 as padding, for a recurrent layer \(LSTM, GRU, SimpleRNN\) to skip\. Conv1D cannot skip steps/,
  },
  {
    name: 'Masking, LSTM with return_sequences, then GlobalAveragePooling1D', spec: { inputShape: [20, 3], layers: [{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 8, returnSequences: true }, { type: 'globalAveragePooling1d' }, d(1)] },
    head: regression, code: 'mask/not-supported', layer: 2, fixes: ['Use the last state of layer 2 (LSTM) instead of layer 3', 'Remove the Masking layer (layer 1)'],
  },
  { name: 'an unknown layer type', spec: { inputShape: [4], layers: [{ type: 'conv3d' }, d(1)] }, head: regression, code: 'args/unknown-type', layer: 0, fixes: ['Remove layer 1'], message: /^“conv3d” is not a layer type of the designer; choose one of: dense, / },
];

describe('advice rules and their fixes', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const report = analyzeModel(rule.spec, rule.head);
    expect(report.valid).toBe(false);
    const found = find(report, rule.code);
    expect(found, `codes: ${codes(report).join(', ')}`).toBeDefined();
    if (!found) return;
    expect(found.layer).toBe(rule.layer);
    expect(found.advice.severity).toBe('error');
    expect(found.advice.fixes.map((f) => en(f.label))).toEqual(rule.fixes);
    if (rule.expected) expect(en(found.advice.expected)).toBe(rule.expected);
    if (rule.got) expect(en(found.advice.got)).toBe(rule.got);
    if (rule.message) expect(en(found.advice.message)).toMatch(rule.message);
    // Never a raw tfjs string in the message.
    expect(en(found.advice.message)).not.toMatch(/ndim|Input 0 is incompatible|ValueError|Total size of new array/);
    for (const fix of found.advice.fixes) {
      const fixed = analyzeModel({ ...rule.spec, layers: applyFix(rule.spec.layers, fix) }, rule.head);
      expect(codes(fixed), `after “${en(fix.label)}”`).not.toContain(rule.code);
      expect(fixed.valid, `after “${en(fix.label)}”: ${codes(fixed).join(', ')}`).toBe(true);
    }
  });

  it('keeps tfjs’ message for developers in detail', () => {
    const advice = find(analyzeModel({ inputShape: [2], layers: [{ type: 'lstm', units: 8 }] }), 'shape/needs-sequence')?.advice;
    expect(advice?.detail).toMatch(/expected ndim=3, found ndim=2/);
  });

  it('reports a weight too large to hold, without allocating it', () => {
    const before = tf.memory().numTensors;
    const advice = find(analyzeModel({ inputShape: [8, 8, 4096], layers: [{ type: 'conv2d', filters: 65536, kernelSize: 3 }] }), 'shape/too-many-weights')?.advice;
    expect(en(advice?.message)).toContain('a weight of 3 × 3 × 4096 × 65536 = 2,415,919,104 numbers');
    expect(advice?.fixes).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports an input shape that is not one', () => {
    const report = analyzeModel({ inputShape: [0], layers: [d(1)] });
    expect(en(find(report, 'input/bad-shape')?.advice.message)).toMatch(/^The input shape \[0\] is not a shape/);
  });

  it('gives several head problems each their own advice and fix', () => {
    const spec: ModelSpec = { inputShape: [10, 4], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }, d(2, 'softmax')] };
    const report = analyzeModel(spec, classes3);
    expect(codes(report)).toEqual(['head/not-flat', 'head/units-for-classes']);
    const [flatten] = report.layers[1]?.advice[0]?.fixes ?? [];
    const [units] = report.layers[1]?.advice[1]?.fixes ?? [];
    const both = applyFix(applyFix(spec.layers, flatten!), { ...units!, edits: units!.edits.map((e) => ({ ...e, index: 2 })) });
    expect(analyzeModel({ ...spec, layers: both }, classes3).valid).toBe(true);
  });

  it('accepts the heads the data needs, with or without a trailing Activation or Dropout', () => {
    expect(analyzeModel({ inputShape: [4], layers: [d(8, 'relu'), d(3, 'softmax')] }, classes3).valid).toBe(true);
    expect(analyzeModel({ inputShape: [4], layers: [d(3), { type: 'activation', activation: 'softmax' }, { type: 'dropout', rate: 0.1 }] }, classes3).valid).toBe(true);
    expect(analyzeModel({ inputShape: [4], layers: [d(8, 'relu'), d(1)] }, regression).valid).toBe(true);
    // Analysed alone (CLI summary), any end is fine.
    expect(analyzeModel({ inputShape: [10, 4], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }] }).valid).toBe(true);
  });
});
