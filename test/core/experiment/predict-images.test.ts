import * as tf from '@tensorflow/tfjs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confidenceOf, imagePredictionsCsv, imagesFromBytes, predictImages } from '../../../src/core/experiment/predict-images';
import type { Preprocessing } from '../../../src/core/features/types';
import { english, translator } from '../../../src/core/i18n/translate';
import { indexImageFolder } from '../../../src/core/sources/images/index-folder';
import { imagesKind } from '../../../src/core/sources/images/kind';
import { analysePlan, proposeModel } from '../../../src/core/pipeline/analyse';
import { runPipeline } from '../../../src/core/pipeline/run';
import { DEFAULT_SETTINGS } from '../../../src/core/train/settings';
import { decodeRaw, memorySource, rawImage, testRng } from '../helpers/images';

const pre: Preprocessing = {
  task: 'classification', target: 'class', slots: [], imputation: 'mean', classes: ['bright', 'dark'],
  image: { height: 8, width: 8, channels: 1, resize: 'bilinear', pixelScale: 'divide-by-255', alpha: 'dropped' },
};

/** Flatten → Dense(2, softmax) that says "bright" when the mean pixel is above one half. */
function brightnessModel(height = 8, width = 8, channels = 1): tf.LayersModel {
  const n = height * width * channels;
  const model = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [height, width, channels] }), tf.layers.dense({ units: 2, activation: 'softmax' })] });
  const kernel = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) kernel.set([8 / n, -8 / n], i * 2);
  model.layers[1]?.setWeights([tf.tensor2d(kernel, [n, 2]), tf.tensor1d([-4, 4])]);
  return model;
}

const grey = (level: number) => () => [level, level, level] as const;

let model: tf.LayersModel;
beforeAll(async () => {
  await tf.setBackend('cpu');
  model = brightnessModel();
});
afterAll(() => model.dispose());

describe('predictImages', () => {
  it('predicts the class each image shows, in order, whatever its size and colours', async () => {
    const images = imagesFromBytes([
      { name: 'light.png', bytes: rawImage(12, 20, grey(230)) },
      { name: 'night.png', bytes: rawImage(8, 8, grey(20)) },
      // Colour: C = 1 takes the luma, so a saturated blue (luma 0.114 · 255 ≈ 29) is dark.
      { name: 'blue.png', bytes: rawImage(5, 5, () => [0, 0, 255]) },
      { name: 'yellow.png', bytes: rawImage(9, 9, () => [255, 255, 0]) },
    ]);
    const table = await predictImages(model, pre, images, decodeRaw);
    expect(table.keys).toEqual(['light.png', 'night.png', 'blue.png', 'yellow.png']);
    expect(table.predicted).toEqual(['bright', 'dark', 'dark', 'bright']);
    expect(table.notes).toEqual([null, null, null, null]);
    expect(table.classes).toEqual(['bright', 'dark']);
    const p = table.probabilities as Float32Array;
    expect(p).toHaveLength(8);
    for (let r = 0; r < 4; r++) expect((p[r * 2] as number) + (p[r * 2 + 1] as number)).toBeCloseTo(1, 5);
    // mean 230/255 → logits ±(8·0.902 − 4): P(bright) = sigmoid(2·3.22)
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-2 * (8 * (230 / 255) - 4))), 5);
    expect(confidenceOf(table, 1)).toBeCloseTo(p[3] as number, 6);
  });

  it('gives a corrupt or empty file a note and no prediction, and predicts the others', async () => {
    const images = imagesFromBytes([
      { name: 'ok.png', bytes: rawImage(8, 8, grey(240)) },
      { name: 'broken.png', bytes: new Uint8Array([8, 8, 1, 2, 3]) },
      { name: 'empty.png', bytes: new Uint8Array() },
      { name: 'dark.png', bytes: rawImage(8, 8, grey(10)) },
    ]);
    const table = await predictImages(model, pre, images, decodeRaw, { batchSize: 3 });
    expect(table.predicted).toEqual(['bright', '', '', 'dark']);
    expect(table.notes[0]).toBeNull();
    expect(table.notes[1]?.code).toBe('predict.images.noPrediction');
    expect(english(table.notes[1] as never)).toMatch(/^No prediction: the file is not a PNG, JPEG, BMP, GIF or WebP image/);
    expect(english(table.notes[2] as never)).toBe('No prediction: the file is empty.');
    expect(translator('ko')(table.notes[2] as never)).toMatch(/^예측 없음: /);
    const p = table.probabilities as Float32Array;
    expect(Number.isNaN(p[2] as number) && Number.isNaN(p[3] as number)).toBe(true);
    expect(Number.isNaN(confidenceOf(table, 1))).toBe(true);
  });

  it('refuses an image whose header declares more than 40 megapixels before decoding it', async () => {
    // A PNG signature and IHDR declaring 20000 × 20000, and nothing else.
    const bomb = new Uint8Array(33);
    bomb.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20]);
    let decoded = 0;
    const table = await predictImages(model, pre, imagesFromBytes([{ name: 'bomb.png', bytes: bomb }]), async (bytes) => {
      decoded++;
      return decodeRaw(bytes);
    });
    expect(decoded).toBe(0);
    expect(table.notes[0]?.code).toBe('sources.images.tooLarge.named');
    expect(table.predicted).toEqual(['']);
  });

  it('gives the same predictions a batch at a time as all at once, and leaves no tensor behind', async () => {
    const rng = testRng(4);
    const images = imagesFromBytes(Array.from({ length: 7 }, (_, i) => ({ name: `${i}.png`, bytes: rawImage(10, 6, grey(Math.round(rng() * 255))) })));
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const one = await predictImages(model, pre, images, decodeRaw, { batchSize: 1, onProgress: (done) => progress.push(done) });
    const all = await predictImages(model, pre, images, decodeRaw);
    expect(tf.memory().numTensors).toBe(before);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(one.predicted).toEqual(all.predicted);
    expect(Array.from(one.probabilities as Float32Array)).toEqual(Array.from(all.probabilities as Float32Array));
    expect(new Set(all.predicted)).toEqual(new Set(['bright', 'dark']));
  });

  it('gives a regression model’s value in the target’s units', async () => {
    const regression: Preprocessing = { ...pre, task: 'regression', target: 'age', classes: undefined, targetMean: 40, targetStd: 10 } as Preprocessing;
    const mean = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [8, 8, 1] }), tf.layers.dense({ units: 1 })] });
    mean.layers[1]?.setWeights([tf.fill([64, 1], 1 / 64), tf.tensor1d([0])]);
    try {
      const table = await predictImages(mean, regression, imagesFromBytes([{ name: 'half.png', bytes: rawImage(8, 8, grey(51)) }, { name: 'bad.png', bytes: new Uint8Array([1]) }]), decodeRaw);
      // mean pixel 51/255 = 0.2 → 0.2 × 10 + 40
      expect(table.values?.[0]).toBeCloseTo(42, 4);
      expect(table.predicted).toEqual(['42', '']);
      expect(Number.isNaN(table.values?.[1] as number)).toBe(true);
      expect(Papa.parse<string[]>(imagePredictionsCsv(table, regression)).data[0]).toEqual(['file', 'predicted_age', 'note']);
    } finally {
      mean.dispose();
    }
  });

  it('says plainly that a table model reads a table, and refuses a model whose input does not fit', async () => {
    const tablePre: Preprocessing = { task: 'classification', target: 'y', slots: [], imputation: 'mean', classes: ['a', 'b'] };
    await expect(predictImages(model, tablePre, [], decodeRaw)).rejects.toMatchObject({ code: 'predict/table-model', message: expect.stringMatching(/reads a table of values/) as unknown as string });
    const wide = brightnessModel(8, 8, 3);
    try {
      await expect(predictImages(wide, pre, [], decodeRaw)).rejects.toMatchObject({ code: 'predict/image-shape', message: expect.stringMatching(/\(None, 8, 8, 3\) does not match .*8 × 8 pixels, 1 channel\)/) as unknown as string });
    } finally {
      wide.dispose();
    }
  });
});

describe('imagePredictionsCsv', () => {
  it('writes file, prediction, confidence, one probability per class and the note in the chosen language', async () => {
    const images = imagesFromBytes([
      { name: 'a, b.png', bytes: rawImage(8, 8, grey(250)) },
      { name: 'x.png', bytes: new Uint8Array() },
    ]);
    const table = await predictImages(model, pre, images, decodeRaw);
    const rows = Papa.parse<string[]>(imagePredictionsCsv(table, pre)).data;
    expect(rows[0]).toEqual(['file', 'predicted_class', 'confidence', 'probability_bright', 'probability_dark', 'note']);
    expect(rows[1]?.slice(0, 2)).toEqual(['a, b.png', 'bright']);
    expect(Number(rows[1]?.[2])).toBeCloseTo((table.probabilities as Float32Array)[0] as number, 6);
    expect(Number(rows[1]?.[3]) + Number(rows[1]?.[4])).toBeCloseTo(1, 6);
    expect(rows[2]).toEqual(['x.png', '', '', '', '', 'No prediction: the file is empty.']);
    const ko = Papa.parse<string[]>(imagePredictionsCsv(table, pre, translator('ko'))).data;
    expect(ko[2]?.[5]).toMatch(/^예측 없음: /);
  });
});

describe('predictions on the held-out images', () => {
  it('equal what the evaluation of the trained model predicted for the same files', async () => {
    const rng = testRng(2);
    const files = new Map<string, Uint8Array>();
    for (let i = 0; i < 16; i++) {
      const level = (base: number) => () => {
        const v = Math.round(base + rng() * 60);
        return [v, v, Math.min(255, v + 10)] as const;
      };
      files.set(`bright/${i}.png`, rawImage(11, 9, level(150)));
      files.set(`dark/${i}.png`, rawImage(7, 12, level(60)));
    }
    const source = memorySource(indexImageFolder('squares', [...files.keys()]), files);
    const summary = await imagesKind.inspect(source);
    const { plan } = imagesKind.proposePlan(summary);
    const settings = { ...DEFAULT_SETTINGS, epochs: 2, seed: 3 };
    const spec = proposeModel(analysePlan({ kind: 'images', summary, plan }, settings));
    if (!spec) throw new Error('no model proposed');
    const result = await runPipeline({ data: { kind: 'images', source, plan }, model: spec, settings });
    try {
      const { testExamples, encoded } = result.prepared;
      const evaluation = result.evaluation;
      if (evaluation.task !== 'classification') throw new Error('expected a classification');
      const table = await predictImages(result.model, encoded.preprocessing, testExamples.map((name) => ({ name, read: () => source.read(name) })), decodeRaw);
      expect(table.keys).toEqual(testExamples);
      expect(testExamples.length).toBeGreaterThan(3);
      expect(table.predicted).toEqual(Array.from(evaluation.predictions.predicted, (k) => evaluation.classes[k]));
      testExamples.forEach((_, r) => expect(confidenceOf(table, r)).toBeCloseTo(evaluation.predictions.confidence[r] as number, 5));
    } finally {
      result.model.dispose();
    }
  }, 60_000);
});
