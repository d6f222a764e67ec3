import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateClassification, evaluateModel } from '../../../src/core/evaluate/evaluate';
import type { EncodedDataset, Preprocessing } from '../../../src/core/features/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function encoded(pre: Preprocessing, parts: Partial<EncodedDataset>): EncodedDataset {
  const testRows = parts.testTarget?.length ?? 0;
  return {
    preprocessing: pre,
    inputShape: [null, 1],
    outputUnits: 1,
    trainX: new Float32Array(0),
    trainY: new Float32Array(0),
    testX: new Float32Array(0),
    testY: new Float32Array(0),
    trainTarget: new Float32Array(0),
    testTarget: new Float32Array(0),
    trainRows: parts.trainTarget?.length ?? 0,
    testRows,
    droppedRows: 0,
    ...parts,
  };
}

describe('evaluateClassification', () => {
  it('takes the most probable class per row, its probability as confidence, and scores it', () => {
    const pre: Preprocessing = { task: 'classification', target: 'kind', slots: [], imputation: 'mean', classes: ['x', 'y'] };
    const data = encoded(pre, {
      outputUnits: 2,
      trainTarget: Float32Array.from([1, 1, 0]),
      testTarget: Float32Array.from([0, 1, 1]),
    });
    const probabilities = Float32Array.from([0.9, 0.1, 0.3, 0.7, 0.6, 0.4]);
    const evaluation = evaluateClassification(probabilities, data);
    expect(Array.from(evaluation.predictions.predicted)).toEqual([0, 1, 0]);
    expect(Array.from(evaluation.predictions.confidence)).toEqual([0.9, 0.7, 0.6].map(Math.fround));
    expect(evaluation.confusion).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(evaluation.accuracy).toBeCloseTo(2 / 3, 12);
    expect(evaluation.baseline).toEqual({ label: 'y', accuracy: 2 / 3 });
    expect(evaluation.classes).toEqual(['x', 'y']);
    expect(evaluation.rows).toBe(3);
  });
});

describe('evaluateModel', () => {
  it('predicts in batches and maps regression outputs back to the target’s units', async () => {
    // y_standardised = 2x + 1; the target has mean 10 and std 2, so y = (2x + 1)·2 + 10 = 4x + 12.
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [1] })] });
    model.setWeights([tf.tensor2d([[2]]), tf.tensor1d([1])]);
    const rows = 5000; // more than one predict batch
    const testX = Float32Array.from({ length: rows }, (_, i) => i / rows);
    const testTarget = Float32Array.from(testX, (x) => 4 * x + 12);
    const pre: Preprocessing = { task: 'regression', target: 'price', slots: [], imputation: 'mean', targetMean: 10, targetStd: 2 };
    const data = encoded(pre, { testX, testTarget, trainTarget: Float32Array.from([12, 16]) });

    const before = tf.memory().numTensors;
    const evaluation = await evaluateModel(model, data);
    expect(tf.memory().numTensors).toBe(before);

    if (evaluation.task !== 'regression') throw new Error('expected a regression evaluation');
    expect(evaluation.predicted[4999]).toBeCloseTo(4 * (4999 / 5000) + 12, 4);
    expect(evaluation.predicted[1]).toBeCloseTo(4 * (1 / 5000) + 12, 4);
    expect(evaluation.mae).toBeLessThan(1e-5);
    expect(evaluation.r2).toBeGreaterThan(0.9999);
    expect(evaluation.target).toBe('price');
    expect(evaluation.baseline.value).toBe(14);
    expect(evaluation.baseline.r2).toBeLessThanOrEqual(0);
    model.dispose();
  });
});
