import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { HeadContext } from '../../../src/core/model/designer-types';
import { defaultDraft, templatesFor } from '../../../src/core/model/templates';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const classes3: HeadContext = { task: 'classification', outputUnits: 3, target: 'species' };
const regression: HeadContext = { task: 'regression', outputUnits: 1, target: 'mpg' };

describe('templatesFor', () => {
  it('proposes an MLP for a table, then 1-D convolution and LSTM over the features', () => {
    const templates = templatesFor([7], classes3);
    expect(templates.map((t) => t.id)).toEqual(['mlp', 'conv1d', 'lstm']);
    expect(templates[0]?.layers).toEqual([
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 32, activation: 'relu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ]);
    expect(templates[1]?.title).toBe('1-D convolution over the features');
    expect(templates[1]?.layers[0]).toEqual({ type: 'reshape', targetShape: [7, 1] });
    expect(templates[2]?.layers).toEqual([{ type: 'reshape', targetShape: [7, 1] }, { type: 'lstm', units: 32 }, { type: 'dense', units: 3, activation: 'softmax' }]);
  });

  it('proposes Conv1D and LSTM for a sequence', () => {
    const templates = templatesFor([128, 9], regression);
    expect(templates.map((t) => t.id)).toEqual(['conv1d', 'lstm']);
    expect(templates[0]?.layers[0]).toEqual({ type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' });
    expect(templates[1]?.layers).toEqual([{ type: 'lstm', units: 32 }, { type: 'dense', units: 1, activation: 'linear' }]);
  });

  it('proposes the small CNN for an image', () => {
    const [cnn] = templatesFor([28, 28, 1], { task: 'classification', outputUnits: 10 });
    expect(cnn?.layers).toEqual([
      { type: 'conv2d', filters: 16, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ]);
    // 28 → 26 → 13 → 11 → 5: Flatten gives 5 × 5 × 32 = 800.
    expect(analyzeModel({ inputShape: [28, 28, 1], layers: cnn?.layers ?? [] }).layers[4]?.outputShape).toEqual([null, 800]);
  });

  it.each([[[1]], [[2]], [[300]], [[3, 1]], [[1, 5]], [[500, 2]], [[4, 4, 1]], [[8, 8, 3]], [[1, 1, 1]], [[64, 64, 3]], [[2, 2, 2, 2]]])(
    'offers only valid templates for %j, each ending with the head',
    (shape) => {
      for (const head of [classes3, regression]) {
        const templates = templatesFor(shape, head);
        expect(templates.length).toBeGreaterThan(0);
        for (const t of templates) {
          expect(analyzeModel({ inputShape: shape, layers: t.layers }, head).valid, `${t.id} on ${JSON.stringify(shape)}`).toBe(true);
          expect(t.layers[t.layers.length - 1]).toEqual(head.task === 'classification' ? { type: 'dense', units: 3, activation: 'softmax' } : { type: 'dense', units: 1, activation: 'linear' });
        }
      }
    },
  );

  it('falls back to padding same for a small image', () => {
    const [cnn] = templatesFor([8, 8, 1], classes3);
    expect(cnn?.id).toBe('cnn');
    expect(cnn?.layers[0]).toEqual({ type: 'conv2d', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' });
  });
});

describe('defaultDraft', () => {
  it('is the first template', () => {
    expect(defaultDraft([4], regression)).toEqual({ layers: templatesFor([4], regression)[0]?.layers });
    expect(defaultDraft([28, 28, 1], classes3).layers[0]?.type).toBe('conv2d');
  });
});
