import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { CNN, MLP, referenceData } from '../../bench/reference-models';
import { buildModel } from '../../src/core/model/build';

describe('the bench reference models', () => {
  it('have the parameter counts of bench/torch_reference.py, layer for layer', async () => {
    await tf.setBackend('cpu');
    // MLP: 16·64+64 + 64·64+64 + 64·3+3 = 1,088 + 4,160 + 195.
    const mlp = buildModel(MLP.spec, { seed: 1 });
    expect(mlp.countParams()).toBe(5443);
    // CNN: 28→26→13→11→5; conv 9·16+16 = 160, conv 9·16·32+32 = 4,640, dense 5·5·32·10+10 = 8,010.
    const cnn = buildModel(CNN.spec, { seed: 1 });
    expect(cnn.layers.map((l) => l.countParams())).toEqual([160, 0, 4640, 0, 0, 8010]);
    expect(cnn.outputs[0]?.shape).toEqual([null, 10]);
    mlp.dispose();
    cnn.dispose();
  });

  it('make one-hot targets for every row, from seeded inputs', () => {
    const data = referenceData(CNN);
    expect(data.trainX.length).toBe(512 * 28 * 28);
    let rowsWithOneClass = 0;
    for (let r = 0; r < 512; r++) if (data.trainY.subarray(r * 10, r * 10 + 10).reduce((a, b) => a + b, 0) === 1) rowsWithOneClass += 1;
    expect(rowsWithOneClass).toBe(512);
    // Class of a row: floor((x0 + x1) · 10 / 2) mod 10.
    const x0 = data.trainX[0]!;
    const x1 = data.trainX[1]!;
    expect(data.trainTarget[0]).toBe(Math.floor(((x0 + x1) * 10) / 2) % 10);
    expect(Array.from(referenceData(MLP).trainX.subarray(0, 64))).toEqual(Array.from(referenceData(MLP).trainX.subarray(0, 64)));
  });
});
