import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWasmThreads, nodeCores, useNodeWasmThreads } from '../../src/cli/wasm-threads';
import { wasmThreadCount, withThreads } from '../../src/core/train/backend';
import { msg } from '../../src/core/i18n/message';
import { translator } from '../../src/core/i18n/translate';

/** One matrix product on the wasm backend as it now starts, and its thread count. */
async function productOnWasm(): Promise<{ threads: number | null; values: Float32Array }> {
  await tf.setBackend('wasm');
  await tf.ready();
  const a = tf.tensor2d(Array.from({ length: 96 * 96 }, (_, i) => Math.sin(i)), [96, 96]);
  const product = tf.matMul(a, a);
  const values = (await product.data()) as Float32Array;
  tf.dispose([a, product]);
  return { threads: wasmThreadCount(), values };
}

describe('tfjs WebAssembly threads in Node (the CLI)', () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('starts the threaded build on worker_threads, and computes what one thread does', async () => {
    expect(await useNodeWasmThreads(1)).toBe(1);
    const single = await productOnWasm();
    expect(single.threads).toBe(1);

    // Two threads even on two CPUs, where tfjs' own rule gives one: the threads do start.
    const asked = await useNodeWasmThreads(Math.max(2, nodeCores()));
    expect(asked).toBe(Math.min(8, Math.max(2, nodeCores())));
    const threaded = await productOnWasm();
    expect(threaded.threads).toBe(asked);
    expect(Array.from(threaded.values)).toEqual(Array.from(single.values));
  }, 60_000);

  it('keeps tfjs’ own count by default: CPUs / 2, from 1 to 8', () => {
    expect([1, 2, 3, 4, 8, 16, 64].map((cores) => defaultWasmThreads(cores))).toEqual([1, 1, 1, 2, 4, 8, 8]);
  });

  it('says the threads after the reason, in English and Korean, for WebAssembly only', () => {
    const threads = wasmThreadCount() ?? 0;
    expect(threads).toBeGreaterThanOrEqual(1);
    const reason = msg('train.backend.reason.auto', { backend: msg('train.backend.runsOn', { backend: 'wasm' }) });
    const en = translator('en');
    const ko = translator('ko');
    expect(en(withThreads(reason, 'wasm'))).toBe(`Training runs on WebAssembly. WebAssembly trains on ${threads} ${threads === 1 ? 'thread' : 'threads'}.`);
    expect(ko(withThreads(reason, 'wasm'))).toContain(`WebAssembly는 스레드 ${threads}개로 학습합니다.`);
    expect(withThreads(reason, 'cpu')).toBe(reason);
  });
});
