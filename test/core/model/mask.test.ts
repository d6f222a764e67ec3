import { en } from './english';
/**
 * A Masking layer's marks followed through the stack: where they are read (recurrent layers),
 * passed on (Dense, Dropout, BatchNormalization, a recurrent layer with return_sequences) or
 * lost (convolutions, pooling, Flatten), checked against tfjs itself: what the analyser calls
 * valid builds, predicts and carries its mask in tfjs; what it flags, tfjs refuses.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { buildModel } from '../../../src/core/model/build';
import type { HeadContext, ModelReport } from '../../../src/core/model/designer-types';
import { applyFix } from '../../../src/core/model/edits';
import type { LayerSpec, ModelSpec } from '../../../src/core/model/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const activity: HeadContext = { task: 'classification', outputUnits: 4, target: 'activity' };
const head: LayerSpec = { type: 'dense', units: 4, activation: 'softmax' };
const masking: LayerSpec = { type: 'masking', maskValue: 0 };
const seq = (...layers: LayerSpec[]): ModelSpec => ({ inputShape: [64, 6], layers });

function codes(report: ModelReport): string[][] {
  return report.layers.map((l) => l.advice.map((a) => a.code));
}

/** Two recordings of 64 steps of 6 features: one padded after step 40 (zeros), one full. */
function recordings(steps = 64, features = 6, realSteps = [40, steps]): tf.Tensor3D {
  const values = realSteps.flatMap((real, r) =>
    Array.from({ length: steps * features }, (_, i) => (Math.floor(i / features) < real ? Math.sin(i * 0.37 + r) + 0.1 : 0)),
  );
  return tf.tensor3d(values, [realSteps.length, steps, features]);
}

/** What tfjs does with the model as a whole: predict (execute), apply (the training pre-flight) and its own mask check. */
function runInTfjs(spec: ModelSpec): { predicted: number[]; applied: number[]; maskError: string | null } {
  const model = buildModel(spec, { seed: 3 });
  const x = recordings(spec.inputShape[0], spec.inputShape[1]);
  try {
    const predicted = tf.tidy(() => Array.from((model.predict(x) as tf.Tensor).dataSync()));
    const applied = tf.tidy(() => Array.from((model.apply(x, { training: false }) as tf.Tensor).dataSync()));
    let maskError: string | null = null;
    try {
      tf.dispose(model.computeMask(x));
    } catch (err) {
      maskError = err instanceof Error ? en(err.message) : String(err);
    }
    return { predicted, applied, maskError };
  } finally {
    model.dispose();
    x.dispose();
  }
}

describe('mask advice', () => {
  it('stops Masking → Conv1D with an error in plain words, and removing the Masking layer makes the model valid', () => {
    const spec = seq(masking, { type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' }, { type: 'globalAveragePooling1d' }, head);
    const report = analyzeModel(spec, activity);
    expect(report.valid).toBe(false);
    expect(codes(report)).toEqual([[], ['mask/not-supported'], [], []]);
    const advice = report.layers[1]!.advice[0]!;
    expect(advice.severity).toBe('error');
    expect(en(advice.message)).toBe(
      'Layer 1 (Masking) marks the steps whose 6 values are all 0 as padding, for a recurrent layer (LSTM, GRU, SimpleRNN) to skip. ' +
        'Conv1D cannot skip steps: it slides its filters over every step, padded ones included, so the marks are lost here and the Masking layer does nothing. ' +
        'Remove the Masking layer: the padded steps then count as ordinary steps. Masking works only with a recurrent layer after it and no convolution, pooling, Flatten or Reshape in between.',
    );
    expect(en(advice.got)).toBe('Conv1D');
    expect(advice.detail).toMatch(/Layer conv1d does not support masking, but was passed an inputMask/);
    expect(advice.fixes.map((f) => en(f.label))).toEqual(['Remove the Masking layer (layer 1)']);
    const fixed = { ...spec, layers: applyFix(spec.layers, advice.fixes[0]!) };
    expect(fixed.layers.map((l) => l.type)).toEqual(['conv1d', 'globalAveragePooling1d', 'dense']);
    expect(analyzeModel(fixed, activity).valid).toBe(true);
    // The shapes and counts after the flagged layer are still shown.
    expect(report.layers.map((l) => l.outputShape)).toEqual([[null, 64, 6], [null, 62, 32], [null, 32], [null, 4]]);
    expect(en(report.layers[0]!.explanation[1])).toBe('Layer 2 (Conv1D) cannot skip steps, so the marks are lost there (see its advice).');
  });

  it('passes Masking → LSTM → Dense, which builds and predicts in tfjs', () => {
    const spec = seq(masking, { type: 'lstm', units: 32 }, head);
    const report = analyzeModel(spec, activity);
    expect(report.valid).toBe(true);
    expect(codes(report)).toEqual([[], [], []]);
    expect(report.layers.map((l) => [l.className, l.outputShape, l.params])).toEqual([
      ['Masking', [null, 64, 6], 0],
      ['LSTM', [null, 32], 4992],
      ['Dense', [null, 4], 132],
    ]);
    const run = runInTfjs(spec);
    expect(run.maskError).toBeNull();
    expect(run.predicted).toHaveLength(8);
    expect(run.applied).toEqual(run.predicted);
  });

  it('flags Masking → LSTM(return_sequences) → Conv1D at the Conv1D, the marks having gone through the LSTM', () => {
    const spec = seq(masking, { type: 'lstm', units: 16, returnSequences: true }, { type: 'conv1d', filters: 8, kernelSize: 3 }, { type: 'globalAveragePooling1d' }, head);
    const report = analyzeModel(spec, activity);
    expect(report.valid).toBe(false);
    expect(codes(report)).toEqual([[], [], ['mask/not-supported'], [], []]);
    const advice = report.layers[2]!.advice[0]!;
    expect(en(advice.message)).toContain('Layer 2 (LSTM) skips them and passes them on, because its return_sequences is on. Conv1D cannot skip steps');
    expect(en(advice.message)).toContain('so the marks are lost here. Remove the Masking layer');
    expect(advice.fixes.map((f) => en(f.label))).toEqual(['Remove the Masking layer (layer 1)']);
    expect(analyzeModel({ ...spec, layers: applyFix(spec.layers, advice.fixes[0]!) }, activity).valid).toBe(true);
  });

  it('offers the LSTM’s last state instead of averaging over every step', () => {
    for (const pool of [{ type: 'globalAveragePooling1d' }, { type: 'flatten' }]) {
      const spec = seq(masking, { type: 'lstm', units: 16, returnSequences: true }, { type: 'dropout', rate: 0.2 }, pool, head);
      const report = analyzeModel(spec, activity);
      const advice = report.layers[3]!.advice.find((a) => a.code === 'mask/not-supported');
      expect(advice, pool.type).toBeDefined();
      expect(advice!.fixes.map((f) => en(f.label))).toEqual(['Use the last state of layer 2 (LSTM) instead of layer 4', 'Remove the Masking layer (layer 1)']);
      expect(en(advice!.message)).toContain('Turn return_sequences off on layer 2 and remove layer 4, so that the answer comes from the LSTM’s state after the last real step; or remove the Masking layer.');
      const lastState = applyFix(spec.layers, advice!.fixes[0]!);
      expect(lastState).toEqual([masking, { type: 'lstm', units: 16 }, { type: 'dropout', rate: 0.2 }, head]);
      for (const fix of advice!.fixes) {
        const fixed = { ...spec, layers: applyFix(spec.layers, fix) };
        expect(analyzeModel(fixed, activity).valid, en(fix.label)).toBe(true);
        expect(runInTfjs(fixed).maskError, en(fix.label)).toBeNull();
      }
    }
  });

  it('lets the marks through Dense, Dropout, BatchNormalization and stacked recurrent layers', () => {
    const specs = [
      seq(masking, { type: 'dense', units: 8, activation: 'relu' }, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'dropout', rate: 0.1 }, { type: 'batchNormalization' }, { type: 'gru', units: 8 }, head),
      seq(masking, { type: 'gru', units: 8, returnSequences: true }, { type: 'activation', activation: 'tanh' }, { type: 'simpleRNN', units: 4 }, head),
    ];
    for (const spec of specs) {
      const report = analyzeModel(spec, activity);
      expect(report.valid, JSON.stringify(codes(report))).toBe(true);
      expect(codes(report).flat()).toEqual([]);
    }
  });

  it('warns when no recurrent layer reads the marks, with a fix that removes the Masking layer', () => {
    const spec = seq({ type: 'dropout', rate: 0.1 }, masking, { type: 'lstm', units: 8, returnSequences: true }, { type: 'globalAveragePooling1d' }, head);
    // The GlobalAveragePooling1D is where the marks are lost: an error, not the warning.
    expect(codes(analyzeModel(spec, activity))).toEqual([[], [], [], ['mask/not-supported'], []]);
    const unused = seq(masking, { type: 'dense', units: 8 }, { type: 'flatten' }, head);
    expect(codes(analyzeModel(unused, activity))[2]).toEqual(['mask/not-supported']);
    const table: ModelSpec = { inputShape: [7], layers: [masking, { type: 'dense', units: 8, activation: 'relu' }, head] };
    const report = analyzeModel(table, activity);
    expect(report.valid).toBe(true);
    const warning = report.layers[0]!.advice[0]!;
    expect(warning).toMatchObject({ code: 'mask/unused', severity: 'warning' });
    expect(en(warning.message)).toBe(
      'Masking marks the steps whose 7 values are all 0 as padding for a recurrent layer (LSTM, GRU, SimpleRNN) to skip, but no recurrent layer reads its marks, so it changes nothing. Put a recurrent layer right after it, or remove it.',
    );
    expect(warning.fixes.map((f) => en(f.label))).toEqual(['Remove the Masking layer (layer 1)']);
    expect(codes(analyzeModel({ ...table, layers: applyFix(table.layers, warning.fixes[0]!) }, activity)).flat()).toEqual([]);
  });

  it('agrees with tfjs: a model flagged for its mask is one tfjs refuses, a valid one carries its mask, and both predict', () => {
    const specs: ModelSpec[] = [
      seq(masking, { type: 'conv1d', filters: 8, kernelSize: 3 }, { type: 'globalAveragePooling1d' }, head),
      seq(masking, { type: 'conv1d', filters: 8, kernelSize: 3 }, { type: 'maxPooling1d' }, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'maxPooling1d' }, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'lstm', units: 8, returnSequences: true }, { type: 'flatten' }, head),
      seq(masking, { type: 'reshape', targetShape: [32, 12] }, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'gru', units: 8, returnSequences: true }, { type: 'lstm', units: 8 }, head),
      seq(masking, { type: 'dense', units: 8 }, { type: 'simpleRNN', units: 8 }, head),
      seq({ type: 'conv1d', filters: 8, kernelSize: 3 }, masking, { type: 'lstm', units: 8 }, head),
    ];
    for (const spec of specs) {
      const report = analyzeModel(spec, activity);
      const flagged = codes(report).flat().includes('mask/not-supported');
      const run = runInTfjs(spec);
      const what = spec.layers.map((l) => l.type).join(' → ');
      expect(flagged, what).toBe(run.maskError !== null);
      expect(report.valid, what).toBe(!flagged);
      if (run.maskError) expect(run.maskError, what).toMatch(/does not support masking, but was passed an inputMask/);
      expect(run.predicted, what).toHaveLength(8);
    }
  });

  it('skips the padded steps: a padded recording gives what its real steps alone give', () => {
    // The same seeds give the same weights: LSTM and Dense weights do not depend on the number of steps.
    const padded = buildModel(seq(masking, { type: 'lstm', units: 8 }, head), { seed: 10 });
    const short = buildModel({ inputShape: [40, 6], layers: [{ type: 'lstm', units: 8 }, head] }, { seed: 11 });
    const x = recordings(64, 6, [40]);
    const real = x.slice([0, 0, 0], [1, 40, 6]);
    const a = tf.tidy(() => Array.from((padded.predict(x) as tf.Tensor).dataSync()));
    const b = tf.tidy(() => Array.from((short.predict(real) as tf.Tensor).dataSync()));
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i] ?? Number.NaN, 5));
    [padded, short, x, real].forEach((t) => t.dispose());
  });

  it('leaves no tensor behind while following the marks', () => {
    const before = tf.memory().numTensors;
    analyzeModel(seq(masking, { type: 'lstm', units: 8, returnSequences: true }, { type: 'conv1d', filters: 4, kernelSize: 3 }, { type: 'globalAveragePooling1d' }, head), activity);
    analyzeModel(seq(masking, { type: 'gru', units: 8 }, head), activity);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('Masking before Bidirectional', () => {
  it('counts Bidirectional as a recurrent reader, and its two directions skip the padded steps', async () => {
    const layers: LayerSpec[] = [masking, { type: 'bidirectional', layer: 'lstm', units: 3 }, { type: 'dense', units: 2 }];
    const report = analyzeModel({ inputShape: [10, 2], layers });
    expect(report.valid).toBe(true);
    expect(codes(report)).toEqual([[], [], []]);
    expect(report.layers[0]?.explanation.map(en).join(' ')).toContain('Bidirectional');
    // The same weights (same seed, same shapes) on 6 real steps, padded to 10 or not at all: the same answer.
    const real = Array.from({ length: 12 }, (_, i) => (i % 5) / 5 + 0.1);
    const padded = buildModel({ inputShape: [10, 2], layers }, { seed: 4 });
    const unpadded = buildModel({ inputShape: [6, 2], layers }, { seed: 4 });
    const withPadding = tf.tensor3d([...real, ...new Array<number>(8).fill(0)], [1, 10, 2]);
    const without = tf.tensor3d(real, [1, 6, 2]);
    const a = padded.predict(withPadding) as tf.Tensor;
    const b = unpadded.predict(without) as tf.Tensor;
    const [av, bv] = [Array.from(await a.data()), Array.from(await b.data())];
    av.forEach((v, i) => expect(v).toBeCloseTo(bv[i] ?? Number.NaN, 5));
    tf.dispose([withPadding, without, a, b]);
    padded.dispose();
    unpadded.dispose();
  });
});
