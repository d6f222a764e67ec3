import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexImageFolder } from '../../../src/core/sources/images/index-folder';
import { imagesKind } from '../../../src/core/sources/images/kind';
import type { ImageEncodingPlan, ImageSource } from '../../../src/core/sources/images/types';
import { DEFAULT_SETTINGS, prepareRun, runPipeline, type PipelineResult } from '../../../src/core/pipeline/run';
import { isInMemory } from '../../../src/core/train/sample-reader';
import type { TrainingSettings } from '../../../src/core/train/types';
import { memorySource, rawImage, testRng } from '../helpers/images';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Two classes of 8×8 colour images (a bright stripe on the left or on the right), noisy; one unreadable file. */
function stripes(): ImageSource {
  const rng = testRng(11);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < 30; i++) {
    for (const side of ['left', 'right'] as const) {
      files.set(`${side}/${i}.png`, rawImage(8, 8, (x) => {
        const lit = side === 'left' ? x < 3 : x > 4;
        const v = Math.round((lit ? 180 : 40) + rng() * 60);
        return [v, Math.round(v * 0.8), Math.round(rng() * 255)];
      }));
    }
  }
  files.set('left/broken.png', new Uint8Array([9, 9, 9]));
  return memorySource(indexImageFolder('stripes', [...files.keys()]), files);
}

/** Counts the decodes a source does. */
function counting(source: ImageSource): { source: ImageSource; decodes: () => number } {
  let n = 0;
  return { source: { ...source, decode: (bytes, path) => { n += 1; return source.decode(bytes, path); } }, decodes: () => n };
}

const plan: ImageEncodingPlan = { height: 8, width: 8, channels: 3, augment: { flip: true, shift: 1 } };
const model = {
  layers: [
    { type: 'conv2d', filters: 3, kernelSize: 3, activation: 'relu' },
    { type: 'flatten' },
    { type: 'dropout', rate: 0.3 },
    { type: 'dense', units: 2, activation: 'softmax' },
  ],
};
const base: TrainingSettings = { ...DEFAULT_SETTINGS, epochs: 4, batchSize: 8, learningRate: 0.01, earlyStoppingPatience: 0, seed: 9 };

async function run(source: ImageSource, imageCacheMb: number): Promise<PipelineResult> {
  return runPipeline({ data: { kind: 'images', source, plan }, model, settings: { ...base, imageCacheMb } });
}

function closeAll(a: ArrayLike<number>, b: ArrayLike<number>, tolerance = 1e-5): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThan(tolerance);
}

describe('images read a batch at a time', () => {
  it('give the same split, curves, weights, evaluation and linear baseline as images kept in memory', async () => {
    const cached = await run(stripes(), 512);
    const streamed = await run(stripes(), 0);
    try {
      expect(cached.prepared.imageMemory).toEqual({ mode: 'cached', decodedBytes: 60 * 8 * 8 * 3 * 4, budgetBytes: 512 * 1024 * 1024 });
      expect(streamed.prepared.imageMemory).toEqual({ mode: 'streamed', decodedBytes: 60 * 8 * 8 * 3 * 4, budgetBytes: 0 });
      expect(isInMemory(cached.prepared.encoded.trainX)).toBe(true);
      expect(isInMemory(streamed.prepared.encoded.trainX)).toBe(false);
      expect(streamed.prepared.testExamples).toEqual(cached.prepared.testExamples);
      expect(streamed.prepared.skipped.map((s) => s.relativePath)).toEqual(['left/broken.png']);
      expect(Array.from(streamed.prepared.split.train)).toEqual(Array.from(cached.prepared.split.train));

      expect(streamed.outcome.history).toHaveLength(4);
      streamed.outcome.history.forEach((h, i) => {
        const c = cached.outcome.history[i];
        for (const key of ['loss', 'valLoss', 'accuracy', 'valAccuracy'] as const) expect(Math.abs((h[key] ?? NaN) - (c?.[key] ?? NaN))).toBeLessThan(1e-5);
      });
      const weights = (r: PipelineResult) => r.model.getWeights().map((w) => w.dataSync());
      weights(streamed).forEach((w, i) => closeAll(w, weights(cached)[i] as Float32Array));

      const [a, b] = [cached.evaluation, streamed.evaluation];
      if (a.task !== 'classification' || b.task !== 'classification') throw new Error('expected classification');
      expect(b.confusion).toEqual(a.confusion);
      closeAll(b.predictions.confidence, a.predictions.confidence);
      expect(b.linear?.steps).toBe(a.linear?.steps);
      expect(Math.abs((b.linear?.accuracy ?? NaN) - (a.linear?.accuracy ?? NaN))).toBeLessThan(1e-6);
    } finally {
      cached.model.dispose();
      streamed.model.dispose();
    }
  }, 120_000);

  it('with the unreadable files known, decode a kept set straight into its rows: the same inputs as the set decoded one image at a time', async () => {
    const inspected = await imagesKind.inspect(stripes());
    const direct = await run({ ...stripes(), unreadable: inspected.inspection.skipped }, 512);
    const perImage = await run(stripes(), 512);
    try {
      expect(direct.prepared.imageMemory?.mode).toBe('cached');
      expect(direct.prepared.testExamples).toEqual(perImage.prepared.testExamples);
      expect(Array.from(direct.prepared.encoded.trainX as Float32Array)).toEqual(Array.from(perImage.prepared.encoded.trainX as Float32Array));
      expect(Array.from(direct.prepared.encoded.testX as Float32Array)).toEqual(Array.from(perImage.prepared.encoded.testX as Float32Array));
      expect(direct.evaluation.task === 'classification' && direct.evaluation.confusion).toEqual(perImage.evaluation.task === 'classification' && perImage.evaluation.confusion);
    } finally {
      direct.model.dispose();
      perImage.model.dispose();
    }
  }, 120_000);

  it('decode nothing before training when the inspection already found the unreadable files', async () => {
    const inspected = await imagesKind.inspect(stripes());
    const { source, decodes } = counting({ ...stripes(), unreadable: inspected.inspection.skipped });
    const prepared = await prepareRun({ data: { kind: 'images', source, plan }, model, settings: { ...base, imageCacheMb: 0 } });
    expect(decodes()).toBe(0);
    expect(prepared.skipped).toEqual(inspected.inspection.skipped);
    expect(prepared.encoded.trainRows + prepared.encoded.testRows).toBe(60);
    // Reading a batch decodes exactly its images.
    const { trainX } = prepared.encoded;
    if (isInMemory(trainX)) throw new Error('expected a reader');
    const x = await trainX.read([2, 0]);
    expect(decodes()).toBe(2);
    expect(x).toHaveLength(2 * 8 * 8 * 3);
  });

  it('stop with the file named when one that was readable no longer is', async () => {
    const inspected = await imagesKind.inspect(stripes());
    const healthy = stripes();
    const source: ImageSource = {
      ...healthy,
      unreadable: inspected.inspection.skipped,
      read: (path) => (path === 'right/7.png' ? Promise.reject(new Error('EIO')) : healthy.read(path)),
    };
    const failure = run(source, 0);
    await expect(failure).rejects.toMatchObject({ code: 'images/changed', msg: { code: 'sources.images.memory.changed' } });
    await expect(failure).rejects.toThrow(/right\/7\.png/);
    // Kept in memory, the same file stops the run the same way rather than shifting the split.
    await expect(run(source, 512)).rejects.toMatchObject({ code: 'images/changed' });
  }, 60_000);
});
