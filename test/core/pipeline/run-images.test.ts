import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/translate';
import { indexImageFolder } from '../../../src/core/sources/images/index-folder';
import type { ImageEncodingPlan, ImageSource } from '../../../src/core/sources/images/types';
import { imagesKind } from '../../../src/core/sources/images/kind';
import { analysePlan, proposeModel } from '../../../src/core/pipeline/analyse';
import { DEFAULT_SETTINGS, prepareRun, runPipeline } from '../../../src/core/pipeline/run';
import { memorySource, rawImage, testRng } from '../helpers/images';
import { inMemory } from '../../../src/core/train/sample-reader';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Bright squares vs dark squares, 8×8 grayscale, with pixel noise; one unreadable file. */
function brightVsDark() {
  const rng = testRng(5);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < 40; i++) {
    const dark = rng() * 70;
    const bright = 170 + rng() * 70;
    files.set(`dark/${i}.png`, rawImage(8, 8, () => { const v = Math.round(dark + rng() * 15); return [v, v, v]; }));
    files.set(`bright/${i}.png`, rawImage(8, 8, () => { const v = Math.round(bright + rng() * 15); return [v, v, v]; }));
  }
  files.set('dark/corrupt.png', new Uint8Array([1, 2, 3]));
  const index = indexImageFolder('squares', [...files.keys()]);
  return memorySource(index, files);
}

const plan: ImageEncodingPlan = { height: 8, width: 8, channels: 1, augment: { flip: false, shift: 0 } };
const settings = { ...DEFAULT_SETTINGS, epochs: 12, learningRate: 0.02, batchSize: 16, earlyStoppingPatience: 0, seed: 3 };
/** A small CNN: tfjs' cpu backend trains convolutions slowly, and the test only needs the path to work. */
const tinyCnn = {
  layers: [
    { type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' },
    { type: 'maxPooling2d', poolSize: 2 },
    { type: 'flatten' },
    { type: 'dense', units: 2, activation: 'softmax' },
  ],
};

const images = (source: ImageSource, p: ImageEncodingPlan) => ({ kind: 'images' as const, source, plan: p });

describe('the pipeline on images', () => {
  it('encodes [N, 8, 8, 1] in 0–1, splits stratified, and lists the corrupt file', async () => {
    const source = brightVsDark();
    const progress: number[] = [];
    const summary = await imagesKind.inspect(source);
    const model = proposeModel(analysePlan({ kind: 'images', summary, plan }, settings));
    if (!model) throw new Error('expected a proposed model');
    const prepared = await prepareRun({ data: images(source, plan), model, settings }, { onPrepareProgress: (p) => progress.push(p.done) });
    const { encoded } = prepared;
    expect(encoded.inputShape).toEqual([null, 8, 8, 1]);
    expect(prepared.spec.inputShape).toEqual([8, 8, 1]);
    expect(prepared.spec.layers[0]?.type).toBe('conv2d');
    expect(encoded.trainRows + encoded.testRows).toBe(80);
    expect(encoded.testRows).toBe(16);
    const trainX = inMemory(encoded.trainX);
    expect(trainX.length).toBe(encoded.trainRows * 64);
    expect(Math.max(...trainX)).toBeLessThanOrEqual(1);
    expect(Math.min(...trainX)).toBeGreaterThanOrEqual(0);
    expect(encoded.preprocessing.image).toEqual({ height: 8, width: 8, channels: 1, resize: 'bilinear', pixelScale: 'divide-by-255', alpha: 'dropped' });
    expect(encoded.preprocessing.classes).toEqual(['bright', 'dark']);
    expect(Array.from(encoded.testTarget).filter((c) => c === 0)).toHaveLength(8);
    expect(prepared.skipped.map((f) => f.relativePath)).toEqual(['dark/corrupt.png']);
    const reason = prepared.skipped[0]?.reason ?? '';
    expect(typeof reason === 'string' ? reason : english(reason)).toMatch(/not a PNG, JPEG, BMP, GIF or WebP/);
    expect(prepared.unit).toBe('images');
    expect(prepared.testExamples).toHaveLength(16);
    expect(progress[progress.length - 1]).toBe(81);
    encoded.testTarget.forEach((c, i) => expect(prepared.testExamples[i]?.startsWith(c === 0 ? 'bright/' : 'dark/')).toBe(true));
  });

  it('trains a small CNN to more than 90% held-out accuracy on cpu, with augmentation on', async () => {
    const source = brightVsDark();
    const augmented = { ...plan, augment: { flip: true, shift: 1 } };
    const result = await runPipeline({ data: images(source, augmented), model: tinyCnn, settings });
    result.model.dispose();
    expect(result.evaluation.task).toBe('classification');
    if (result.evaluation.task !== 'classification') return;
    expect(result.evaluation.accuracy).toBeGreaterThan(0.9);
    expect(result.evaluation.confusion).toHaveLength(2);
    expect(result.evaluation.perClass.map((c) => c.label)).toEqual(['bright', 'dark']);
    expect(result.prepared.summary.rows[0]?.outputShape).toEqual([null, 6, 6, 4]);
  }, 60_000);
});
