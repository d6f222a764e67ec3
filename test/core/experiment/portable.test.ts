import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePortable, encodePortable, fromBase64, toBase64 } from '../../../src/core/experiment/portable';
import { experimentRecordSchema, storedWeightsSchema } from '../../../src/core/experiment/schema';
import { modelFromWeights } from '../../../src/core/experiment/weights';
import { AppError } from '../../../src/core/errors';
import * as tf from '@tensorflow/tfjs';
import { trainSmall, type Trained } from './fixtures';

let t: Trained;
beforeAll(async () => { t = await trainSmall(); });
afterAll(() => t.model.dispose());

describe('base64', () => {
  it('matches known encodings and round-trips every length', () => {
    expect(toBase64(new Uint8Array([0x4d, 0x61, 0x6e]))).toBe('TWFu');
    expect(toBase64(new Uint8Array([0x4d, 0x61]))).toBe('TWE=');
    expect(toBase64(new Uint8Array([0x4d]))).toBe('TQ==');
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
    expect(() => fromBase64('TW!u')).toThrow();
  });
});

describe('portable experiment file', () => {
  it('validates the trained record and weights', () => {
    expect(experimentRecordSchema.safeParse(t.record).success).toBe(true);
    expect(storedWeightsSchema.safeParse(t.weights).success).toBe(true);
    expect(storedWeightsSchema.safeParse({ ...t.weights, weightData: new ArrayBuffer(4) }).success).toBe(false);
  });

  it('round-trips record (typed arrays included) and weights; the model predicts the same', async () => {
    const text = encodePortable(t.record, t.weights);
    const { record, weights } = decodePortable(text);
    expect(record).toEqual(t.record);
    const e = record.evaluation;
    expect(e?.task === 'classification' && e.predictions.confidence).toBeInstanceOf(Float32Array);
    expect(weights?.weightSpecs).toEqual(t.weights.weightSpecs);
    expect(new Uint8Array(weights!.weightData)).toEqual(new Uint8Array(t.weights.weightData));
    const model = await modelFromWeights(weights!);
    const x = tf.ones([2, t.record.spec!.inputShape[0]!]);
    const a = (t.model.predict(x) as tf.Tensor).dataSync();
    const b = (model.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a)); // the fixture saves the final model's weights
    model.dispose();
  });

  it('keeps NaN and infinities, and imports without weights', () => {
    const record = { ...t.record, history: [{ epoch: 1, loss: NaN, valLoss: -Infinity, elapsedMs: 3 }] };
    const back = decodePortable(encodePortable(record)).record;
    expect(back.history[0]?.loss).toBeNaN();
    expect(back.history[0]?.valLoss).toBe(-Infinity);
    expect(back.hasWeights).toBe(false);
  });

  it('refuses with plain messages', () => {
    const fails = (text: string): AppError => {
      try { decodePortable(text); } catch (err) { return err as AppError; }
      throw new Error('did not fail');
    };
    expect(fails('not json').message).toMatch(/not a Layerbench experiment file/);
    expect(fails('{"format":"layers-model"}').message).toMatch(/not a Layerbench experiment file/);
    expect(fails('{"format":"layerbench-experiment","version":2}').message).toMatch(/version 2/);
    const body = JSON.parse(encodePortable(t.record, t.weights)) as { record: { settings: { epochs: unknown } }; weights: { data: string } };
    body.record.settings.epochs = 'many';
    expect(fails(JSON.stringify(body)).code).toBe('import/damaged');
    const cut = JSON.parse(encodePortable(t.record, t.weights)) as { weights: { data: string } };
    cut.weights.data = cut.weights.data.slice(0, 8);
    expect(fails(JSON.stringify(cut)).message).toMatch(/damaged or incomplete/);
  });
});
