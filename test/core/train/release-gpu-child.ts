/**
 * Child process of release-gpu.test.ts (Dawn needs its Vulkan driver set at process start, see
 * backend-agreement-child.ts): trains on WebGPU, gives the GPU backend back, trains again.
 *
 *   node --import tsx test/core/train/release-gpu-child.ts
 * Prints one JSON line with what it saw.
 */
import * as tf from '@tensorflow/tfjs';
import { releaseGpuBackends } from '../../../src/core/train/backend';
import { CASES, caseData, oneEpochLoss } from './backend-agreement-child';

const dense = CASES[0]!;

const oneEpoch = (): Promise<number> => oneEpochLoss(dense, caseData(dense));

const gpuBytes = (): number => (tf.memory() as tf.MemoryInfo & { numBytesAllocatedInGPU?: number }).numBytesAllocatedInGPU ?? -1;

const webgpu = await import('webgpu');
Object.assign(globalThis, webgpu.globals);
Object.defineProperty(globalThis, 'navigator', { value: { gpu: webgpu.create([]) }, configurable: true, writable: true });
await import('@tensorflow/tfjs-backend-webgpu');

const out: Record<string, unknown> = {};
try {
  out.started = await tf.setBackend('webgpu');
  out.lossBefore = await oneEpoch();
  out.tensorsAfterRun = tf.memory().numTensors;
  out.pooledBytesAfterRun = gpuBytes();
  out.keptWhenKept = await releaseGpuBackends('webgpu');
  out.backendWhenKept = tf.getBackend();
  out.released = await releaseGpuBackends();
  out.backendAfterRelease = tf.getBackend();
  out.instanceAfterRelease = 'webgpu' in tf.engine().registry;
  out.factoryAfterRelease = 'webgpu' in tf.engine().registryFactory;
  out.restarted = await tf.setBackend('webgpu');
  out.pooledBytesAfterRestart = gpuBytes();
  out.lossAfter = await oneEpoch();
} catch (err) {
  out.error = err instanceof Error ? err.message : String(err);
}
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(0);
