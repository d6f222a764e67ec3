import { en } from './english';
/** A fixed batch size in every shape, and a layer too large to train comfortably. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { batchSentence, hugeLayerAdvice } from '../../../src/core/model/explain-size';
import { summaryFromReport } from '../../../src/core/model/summary';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('a fixed batch size', () => {
  it('starts every shape with it instead of None, and says what it means once', () => {
    const report = analyzeModel({
      inputShape: [10, 8],
      batchSize: 32,
      layers: [{ type: 'bidirectional', layer: 'lstm', units: 4, returnSequences: true }, { type: 'flatten' }, { type: 'dense', units: 3, activation: 'softmax' }],
    });
    expect(report.valid).toBe(true);
    expect(report.inputShape).toEqual([32, 10, 8]);
    expect(report.layers.map((l) => l.outputShape)).toEqual([[32, 10, 8], [32, 80], [32, 3]]);
    expect(en(report.layers[0]?.explanation[0])).toBe(en(batchSentence(32)));
    expect(en(report.layers[0]?.explanation[1])).toContain('on (32, 10, 8)');
    expect(report.layers.slice(1).flatMap((l) => l.explanation).join(' ')).not.toContain('batch size is fixed');
    expect(summaryFromReport(report).inputShapeText).toBe('(32, 10, 8)');
    expect(en(batchSentence(32))).toBe(
      'The batch size is fixed at 32: every shape starts with 32 instead of None, and the model then takes batches of exactly 32 examples only, in training and prediction alike (Keras: batch_size=32).',
    );
  });

  it('keeps the batch in the recurrent layer’s “on, it would output …”', () => {
    const report = analyzeModel({ inputShape: [10, 8], batchSize: 4, layers: [{ type: 'lstm', units: 3 }] });
    expect(report.layers[0]?.explanation.map(en).join(' ')).toContain('(on, it would output (4, 10, 3)');
  });

  it('refuses a batch size that is not a whole number of 1 or more', () => {
    const report = analyzeModel({ inputShape: [4], batchSize: 0, layers: [{ type: 'dense', units: 1 }] });
    expect(report.valid).toBe(false);
    expect(report.layers[0]?.advice.map((a) => a.code)).toEqual(['input/bad-batch-size']);
    expect(en(report.layers[0]?.advice[0]?.message)).toMatch(/^The batch size 0 is not a size: a fixed batch size is a whole number of 1 or more, such as 32/);
  });
});

describe('a layer too large for the analysis to allocate', () => {
  it('counts a Dense whose kernel is too large instead of refusing it, and warns about memory', () => {
    const before = tf.memory().numTensors;
    const report = analyzeModel({ inputShape: [28, 28], layers: [{ type: 'flatten' }, { type: 'dense', units: 71750 }] });
    const dense = report.layers[1];
    expect(report.valid).toBe(true);
    expect(dense?.outputShape).toEqual([null, 71750]);
    expect(dense?.params).toBe(784 * 71750 + 71750);
    expect(dense?.explanation.map(en).join(' ')).toContain('Parameters: 784 × 71,750 weights + 71,750 biases = 56,323,750.');
    expect(dense?.advice.map((a) => [a.code, a.severity])).toEqual([['size/huge-layer', 'warning']]);
    expect(en(dense?.advice[0]?.message)).toMatch(/^Dense has 56,323,750 parameters: 225\.3 MB for its weights alone, and about four times that while training/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('counts TimeDistributed(Dense) the same way', () => {
    const report = analyzeModel({ inputShape: [5, 5000], layers: [{ type: 'timeDistributed', layer: 'dense', units: 5000, useBias: false }] });
    expect(report.layers[0]?.outputShape).toEqual([null, 5, 5000]);
    expect(report.layers[0]?.params).toBe(25_000_000);
  });

  it('warns from ten million parameters on, in megabytes or gigabytes', () => {
    expect(hugeLayerAdvice('Dense', 9_999_999)).toBeNull();
    expect(en(hugeLayerAdvice('Dense', 10_000_000)?.message)).toContain('40.0 MB');
    expect(en(hugeLayerAdvice('Dense', 1_000_000_000)?.message)).toContain('4.0 GB');
  });
});
