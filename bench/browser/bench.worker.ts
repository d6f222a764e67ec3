/// <reference types="vite/client" />
/**
 * The Chromium half of `npm run bench`, in a dedicated worker as the app trains: the reference
 * models on WebGPU, WebGL (OffscreenCanvas), WebAssembly and the CPU, ours against a bare
 * model.fit, then the backend the app's automatic choice picks (the same candidates).
 */
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { AUTO_CANDIDATES } from '../../src/core/train/engine-backend';
import { registerWasmTrainingKernels } from '../../src/core/train/wasm-kernels';
import { wasmThreadCount } from '../../src/core/train/backend';
import { useWasmThreadPerCore } from '../../src/workers/wasm-threads';
import * as tf from '@tensorflow/tfjs';
import { REFERENCE_MODELS, referenceData } from '../reference-models';
import { automaticPick, measureThroughput, useBackend, type Clock, type ThroughputRow } from '../throughput-core';
import type { BenchMessage, BenchRequest, PageMessage } from './messages';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});
registerWasmTrainingKernels();

const post = (message: BenchMessage): void => {
  self.postMessage(message);
};

const pendingCpuTimes = new Map<number, (seconds: number | null) => void>();
let nextCpuTimeId = 0;

/** The browser's CPU seconds so far, asked of the page (null where it cannot tell). */
function cpuSeconds(): Promise<number | null> {
  const id = nextCpuTimeId++;
  return new Promise((resolve) => {
    pendingCpuTimes.set(id, resolve);
    post({ type: 'cpu-time?', id });
  });
}

/** Wall seconds, timed in the worker, and the CPU seconds of all the browser's processes meanwhile. */
const browserClock: Clock = async () => {
  const c0 = await cpuSeconds();
  const t0 = performance.now();
  return async () => {
    const wallS = (performance.now() - t0) / 1000;
    const c1 = await cpuSeconds();
    return { wallS, cpuS: c0 === null || c1 === null ? null : c1 - c0 };
  };
};

/** "NVIDIA …" or "google swiftshader": which adapter WebGPU would use here. */
async function adapterWords(): Promise<string> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string; description?: string } } | null> } }).gpu;
  if (!gpu) return 'no WebGPU in this browser';
  const adapter = await gpu.requestAdapter();
  if (!adapter) return 'no WebGPU adapter';
  const info = adapter.info ?? {};
  return [info.vendor, info.architecture, info.description].filter((s) => s).join(' ') || 'an adapter that does not name itself';
}

self.onmessage = (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message.type === 'cpu-time') {
    pendingCpuTimes.get(message.id)?.(message.seconds);
    pendingCpuTimes.delete(message.id);
  } else {
    run(message.request).catch((err: unknown) => {
      post({ type: 'log', text: `the bench failed: ${err instanceof Error ? err.message : String(err)}` });
      post({ type: 'done' });
    });
  }
};

async function run(request: BenchRequest): Promise<void> {
  const model = REFERENCE_MODELS.find((m) => m.name === request.model);
  if (!model) throw new Error(`unknown model ${request.model}`);
  post({ type: 'adapter', text: await adapterWords() });
  post({ type: 'log', text: `crossOriginIsolated: ${String(self.crossOriginIsolated)}` });
  const encoded = referenceData(model);
  if (request.wasmThreads) {
    // A fresh worker: the backend has not started, so its build and threads can still be chosen.
    if (request.wasmThreads === 'single') tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (await useBackend('wasm')) {
      const threads = wasmThreadCount() ?? 1;
      const name = request.wasmThreads === 'single' ? 'wasm, no threads' : `wasm, ${threads} ${threads === 1 ? 'thread' : 'threads'}`;
      post({ type: 'log', text: `${model.name} on ${name} (Chromium)…` });
      post({ type: 'row', row: { ...(await measureThroughput(model, 'wasm', encoded, browserClock)), backend: name, threads } as ThroughputRow });
    }
    post({ type: 'done' });
    return;
  }
  useWasmThreadPerCore(); // as the app's train worker
  for (const backend of request.backends) {
    if (!(await useBackend(backend))) {
      post({ type: 'row', row: { model: model.name, backend, error: 'backend did not start' } });
      continue;
    }
    post({ type: 'log', text: `${model.name} on ${backend} (Chromium)…` });
    const row = await measureThroughput(model, backend, encoded, browserClock);
    post({ type: 'row', row: backend === 'wasm' ? ({ ...row, threads: wasmThreadCount() } as ThroughputRow) : row });
  }
  post({ type: 'log', text: `${model.name}: measureBackends (Chromium)…` });
  post({ type: 'pick', row: await automaticPick(model, encoded, AUTO_CANDIDATES.filter((b) => request.backends.includes(b))) });
  post({ type: 'done' });
}
