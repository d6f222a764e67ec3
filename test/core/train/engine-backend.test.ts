import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { english, translator } from '../../../src/core/i18n/translate';
import type { ModelSpec } from '../../../src/core/model/types';
import { sampleBatch, selectEngineBackend, type BackendCache, type CachedRanking } from '../../../src/core/train/engine-backend';
import { blobs } from './synthetic';
import { withoutKernel } from './without-kernel';
import { inMemory } from '../../../src/core/train/sample-reader';

const data = blobs(90, 30);
const dense: ModelSpec = { inputShape: [2], layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] };

function memoryCache(): BackendCache & { entries: Map<string, CachedRanking> } {
  const entries = new Map<string, CachedRanking>();
  return { entries, get: (k) => entries.get(k), set: (k, v) => void entries.set(k, v) };
}

afterEach(async () => {
  await tf.setBackend('cpu');
});

describe('sampleBatch', () => {
  it('takes the first rows of the training data, inputs and targets aligned', async () => {
    const batch = await sampleBatch(data, 4);
    expect(batch.rows).toBe(4);
    expect(Array.from(batch.x)).toEqual(Array.from(inMemory(data.trainX).subarray(0, 8)));
    expect(Array.from(batch.y)).toEqual(Array.from(data.trainY.subarray(0, 12)));
    expect((await sampleBatch(data, 1000)).rows).toBe(90);
  });
});

describe('selectEngineBackend', () => {
  it('auto: measures the backends once per model kind, keeps the ranking, then reuses it', async () => {
    const cache = memoryCache();
    const request = { preference: 'auto' as const, spec: dense, encoded: data, task: 'classification' as const, batchSize: 16, seed: 1, cache, candidates: ['wasm', 'cpu'] as const, now: () => Date.UTC(2026, 10, 23) };
    const first = await selectEngineBackend(request);
    expect(first.measurements?.map((m) => m.backend)).toEqual(['wasm', 'cpu']);
    const stored = cache.entries.get('layerbench.backend.v1.dense');
    expect(stored?.order).toHaveLength(2);
    expect(first.backend).toBe(stored?.order[0]);
    expect(tf.getBackend()).toBe(first.backend);
    expect(english(first.reason)).toMatch(/^Measured on this run’s model: (WebAssembly|CPU \(JavaScript\)): [\d,]+ samples\/s/);
    expect(translator('ko')(first.reason)).toMatch(/^이 실행의 모델로 측정한 결과: (WebAssembly|CPU \(JavaScript\)): 초당 샘플 [\d,]+개/);
    expect(first.preflight.ok).toBe(true);
    expect(first.preflight.epochMsEstimate).toBeGreaterThan(0);

    const second = await selectEngineBackend(request);
    expect(second.measurements).toBeUndefined();
    expect(second.backend).toBe(first.backend);
    expect(english(second.reason)).toMatch(/^Measured on this machine for dense models \(2026-11-23\): /);
  });

  it('a forced backend is used as chosen, with its pre-flight', async () => {
    const chosen = await selectEngineBackend({ preference: 'cpu', spec: dense, encoded: data, task: 'classification', batchSize: 16, seed: 1 });
    expect(chosen.backend).toBe('cpu');
    expect(english(chosen.reason)).toBe('Training runs on the CPU (plain JavaScript), as chosen.');
    expect(english(chosen.preflight.message)).toMatch(/^Pre-flight on the CPU passed: gradients are finite, not zero; about .+ per epoch\.$/);
    expect(translator('ko')(chosen.preflight.message)).toMatch(/^CPU 사전 점검 통과: 기울기가 유한하고 0이 아닙니다\. 에포크당 약 .+, 메모리 [\d.]+ MB가 필요합니다\.$/);
  });

  it('falls back to the next backend when the pre-flight fails there, saying why', async () => {
    const conv: ModelSpec = {
      inputShape: [6, 6, 1],
      layers: [{ type: 'conv2d', filters: 2, kernelSize: 3 }, { type: 'conv2d', filters: 2, kernelSize: 2 }, { type: 'flatten' }, { type: 'dense', units: 3, activation: 'softmax' }],
    };
    const images = { ...data, inputShape: [null, 6, 6, 1] as const, trainX: new Float32Array(90 * 36).map((_, i) => Math.sin(i)) };
    const chosen = await withoutKernel('Conv2D', 'wasm', () =>
      selectEngineBackend({ preference: 'wasm', spec: conv, encoded: images, task: 'classification', batchSize: 16, seed: 1 }),
    );
    expect(chosen.backend).toBe('cpu');
    expect(english(chosen.reason)).toBe(
      'Training runs on WebAssembly, as chosen. Pre-flight on WebAssembly failed: WebAssembly has no Conv2D kernel, which this model needs. So CPU (JavaScript) trains instead.',
    );
  });
});

describe('selectEngineBackend: data problems', () => {
  it('names the column of a value that is not finite before trying any backend', async () => {
    const slots = [{ kind: 'scaled' as const, column: 'x1', mean: 0, std: 1 }, { kind: 'scaled' as const, column: 'x2', mean: 0, std: 1 }];
    const trainX = Float32Array.from(inMemory(data.trainX));
    trainX[5] = Infinity;
    const encoded = { ...data, preprocessing: { ...data.preprocessing, slots }, trainX };
    const request = { preference: 'cpu' as const, spec: dense, encoded, task: 'classification' as const, batchSize: 16, seed: 1 };
    const error = await selectEngineBackend(request).then(() => null, (e: unknown) => e as { code: string; message: string });
    expect(error?.code).toBe('data/non-finite-feature');
    expect(error?.message).toMatch(/feature column “x2”/);
    expect(error?.message).not.toMatch(/backend/i);
  });
});
