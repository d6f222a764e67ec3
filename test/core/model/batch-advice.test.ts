import { en } from './english';
/**
 * The batch axis written where Keras leaves it out, in the input shape or in a Reshape: each spec
 * gets its advice at the layer that fails, the fix drops the number, and the fixed model builds.
 * Shapes people use in the same places that are not a batch get the other advice, as before.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { applyFixToSpec } from '../../../src/core/model/edits';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';
import { codes, find } from './advice-report';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const conv = (filters = 8): LayerSpec => ({ type: 'conv2d', filters, kernelSize: 3, activation: 'relu' });
const flat: LayerSpec = { type: 'flatten' };
const out = (units: number, activation = 'softmax'): LayerSpec => ({ type: 'dense', units, activation });

interface Rule {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly code: string;
  readonly layer: number;
  readonly fixes: readonly string[];
  readonly message: RegExp;
  readonly expected?: string;
  readonly got?: string;
}

const RULES: Rule[] = [
  {
    name: 'a batch size in the input shape before Conv2D', spec: { inputShape: [30, 50, 50, 3], layers: [conv(), flat, out(10)] },
    code: 'input/batch-in-shape', layer: 0, fixes: ['Use input shape (50, 50, 3)'], expected: '(None, height, width, channels)', got: '(None, 30, 50, 50, 3)',
    message: /^Conv2D expects 3 axes after None, .* from the input shape \(30, 50, 50, 3\)\. The first number, 30, looks like a batch size: Keras keeps the batch as None, so the input shape lists one example’s axes\. Fix: input shape \(50, 50, 3\)\.$/,
  },
  {
    name: 'a batch size in the input shape, through Dropout and Dense, before pooling', spec: { inputShape: [16, 28, 28, 1], layers: [{ type: 'dropout', rate: 0.1 }, { type: 'dense', units: 4 }, { type: 'maxPooling2d' }, flat, out(3)] },
    code: 'input/batch-in-shape', layer: 2, fixes: ['Use input shape (28, 28, 1)'], message: /The first number, 16, looks like a batch size/,
  },
  {
    name: 'a batch size in the input shape before an LSTM', spec: { inputShape: [32, 100, 8], layers: [{ type: 'lstm', units: 8 }, out(1, 'linear')] },
    code: 'input/batch-in-shape', layer: 0, fixes: ['Use input shape (100, 8)'], message: /^LSTM expects 2 axes after None, \(None, timesteps, features\).*Fix: input shape \(100, 8\)\.$/,
  },
  {
    name: '32 images of 28 rows before an LSTM', spec: { inputShape: [32, 28, 28], layers: [{ type: 'lstm', units: 8 }, out(10)] },
    code: 'input/batch-in-shape', layer: 0, fixes: ['Use input shape (28, 28)'], message: /The first number, 32, looks like a batch size/,
  },
  {
    name: 'Reshape((-1, 28, 28, 1)) before Conv2D', spec: { inputShape: [784], layers: [{ type: 'reshape', targetShape: [-1, 28, 28, 1] }, conv(), flat, out(10)] },
    code: 'shape/batch-axis-from-reshape', layer: 1, fixes: ['Reshape to (28, 28, 1)'], got: '(None, 1, 28, 28, 1)',
    message: /In a Keras layer the batch axis is not written: layer 1, Reshape\(\(-1, 28, 28, 1\)\), makes \(None, 1, 28, 28, 1\).*Fix: Reshape\(\(28, 28, 1\)\)\.$/,
  },
  {
    name: 'Reshape((1, 100, 8)) before an LSTM', spec: { inputShape: [800], layers: [{ type: 'reshape', targetShape: [1, 100, 8] }, { type: 'lstm', units: 4 }, out(1, 'linear')] },
    code: 'shape/batch-axis-from-reshape', layer: 1, fixes: ['Reshape to (100, 8)'], message: /^LSTM expects 2 axes after None/,
  },
  {
    name: 'Reshape((30, 16, 16, 1)) on 256 values: the 30 is a batch size', spec: { inputShape: [256], layers: [{ type: 'reshape', targetShape: [30, 16, 16, 1] }, conv(), flat, out(3)] },
    code: 'shape/reshape-batch-size', layer: 0, fixes: ['Reshape to (16, 16, 1) instead'], got: '(30, 16, 16, 1)',
    message: /^Reshape to \(30, 16, 16, 1\) needs 30 × 16 × 16 × 1 = 7,680 values per example, but the input \(None, 256\) holds 256\. The first number, 30, looks like a batch size.*Fix: Reshape\(\(16, 16, 1\)\)\.$/,
  },
];

describe('the batch written into a shape', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    const report = analyzeModel(rule.spec);
    expect(report.valid).toBe(false);
    const found = find(report, rule.code);
    expect(found, `codes: ${codes(report).join(', ')}`).toBeDefined();
    if (!found) return;
    expect(found.layer).toBe(rule.layer);
    expect(found.advice.severity).toBe('error');
    expect(en(found.advice.message)).toMatch(rule.message);
    expect(found.advice.fixes.map((f) => en(f.label))).toEqual(rule.fixes);
    if (rule.expected) expect(en(found.advice.expected)).toBe(rule.expected);
    if (rule.got) expect(en(found.advice.got)).toBe(rule.got);
    for (const fix of found.advice.fixes) {
      const fixed = analyzeModel(applyFixToSpec(rule.spec, fix));
      expect(codes(fixed), `after “${en(fix.label)}”`).toEqual([]);
      expect(fixed.valid).toBe(true);
      expect(fixed.layers.every((l) => l.outputShape !== null)).toBe(true);
    }
  });

  it('no longer offers to merge width with channels for a batch in the input shape', () => {
    const report = analyzeModel({ inputShape: [30, 50, 50, 3], layers: [conv(), flat, out(10)] });
    const labels = report.layers.flatMap((l) => l.advice.flatMap((a) => a.fixes.map((f) => en(f.label))));
    expect(labels).not.toContain('Reshape to (30, 50, 150)');
    expect(report.layers[0]?.advice.map((a) => en(a.message)).join(' ')).not.toContain('4 axes after None');
  });

  it.each([
    ['an image before an LSTM is read row by row', [28, 28, 1], { type: 'lstm', units: 8 }, 'shape/needs-sequence'],
    ['a square two-channel image before MaxPooling1D', [8, 8, 2], { type: 'maxPooling1d' }, 'shape/needs-sequence'],
    ['a sequence before Conv2D', [10, 4], conv(), 'shape/needs-image'],
  ] as const)('%s: not a batch', (_name, inputShape, layer, code) => {
    const report = analyzeModel({ inputShape: [...inputShape], layers: [layer, flat, out(1, 'linear')] });
    expect(codes(report)).toEqual([code]);
  });

  it('says in the Reshape’s arithmetic that its -1 is not the batch', () => {
    const report = analyzeModel({ inputShape: [784], layers: [{ type: 'reshape', targetShape: [-1, 28, 28, 1] }, flat, out(10)] });
    expect(report.layers[0]?.explanation.map(en)).toContain(
      'That -1 is not the batch: in a Keras layer the batch axis is not written (it stays None), so the 1 is a new axis of length 1; Reshape((28, 28, 1)) gives (None, 28, 28, 1).',
    );
    const fine = analyzeModel({ inputShape: [9], layers: [{ type: 'reshape', targetShape: [-1, 1] }, flat, out(1, 'linear')] });
    expect(fine.layers[0]?.explanation.map(en).join(' ')).not.toContain('not the batch');
  });
});
