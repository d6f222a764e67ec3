import { en } from './english';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { LayerSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const head = { task: 'classification' as const, outputUnits: 2, target: 'label' };
const data = { shortest: { steps: 2, count: 1, names: ['u8'] } };
const rest: LayerSpec[] = [{ type: 'globalAveragePooling1d' }, { type: 'dense', units: 2, activation: 'softmax' }];

function adviceOf(layers: LayerSpec[], context = data) {
  const report = analyzeModel({ inputShape: [20, 2], layers }, head, context);
  return report.layers.flatMap((l) => l.advice.map((a) => ({ index: l.index, ...a })));
}

describe('recordings shorter than the first window along the steps', () => {
  it('warns on the first Conv1D whose kernel is wider than the shortest recording, naming it, with fixes that work', () => {
    const advice = adviceOf([{ type: 'conv1d', filters: 8, kernelSize: 3, activation: 'relu' }, ...rest]);
    expect(advice).toHaveLength(1);
    const [a] = advice;
    expect(a).toMatchObject({ index: 0, code: 'data/short-examples', severity: 'warning' });
    expect(en(a?.message)).toMatch(/^1 recording \(“u8”\) has only 2 real steps, fewer than this layer’s window of 3/);
    expect(a?.fixes.map((f) => en(f.label))).toEqual(['Use padding same', 'Set kernel size to 2']);
    // A warning: the model still trains.
    expect(analyzeModel({ inputShape: [20, 2], layers: [{ type: 'conv1d', filters: 8, kernelSize: 3 }, ...rest] }, head, data).valid).toBe(true);
  });

  it('looks past layers that keep the steps, and says nothing where no window is wider, padding is same, or the data is not known', () => {
    const pooled = adviceOf([{ type: 'masking', maskValue: 0 }, { type: 'dropout', rate: 0.1 }, { type: 'maxPooling1d', poolSize: 4 }, ...rest]);
    expect(pooled.filter((a) => a.code === 'data/short-examples').map((a) => a.index)).toEqual([2]);
    expect(adviceOf([{ type: 'conv1d', filters: 8, kernelSize: 2 }, ...rest])).toEqual([]);
    expect(adviceOf([{ type: 'conv1d', filters: 8, kernelSize: 5, padding: 'same' }, ...rest])).toEqual([]);
    expect(adviceOf([{ type: 'lstm', units: 4 }, { type: 'dense', units: 2, activation: 'softmax' }])).toEqual([]);
    expect(adviceOf([{ type: 'conv1d', filters: 8, kernelSize: 3 }, ...rest], {} as typeof data)).toEqual([]);
  });
});
