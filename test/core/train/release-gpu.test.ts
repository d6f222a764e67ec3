/**
 * Issue 5, point 4: GPU memory is given back when a run ends. tfjs keeps a GPU backend's released
 * buffers pooled for as long as the backend lives; releaseGpuBackends ends the backend (its pool
 * with it) and registers it again, so that the next run starts it afresh and trains the same.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { releaseGpuBackends } from '../../../src/core/train/backend';

const SWIFTSHADER_DIR = '/usr/lib/chromium';
const SWIFTSHADER_ICD = `${SWIFTSHADER_DIR}/vk_swiftshader_icd.json`;
const hasGpu = existsSync('/dev/nvidia0') || existsSync('/dev/dri/renderD128');
const hasVulkan = hasGpu || existsSync(SWIFTSHADER_ICD);

describe('releaseGpuBackends', () => {
  it('leaves the CPU and WebAssembly alone and releases nothing that never started', async () => {
    await tf.setBackend('cpu');
    const kept = tf.tensor1d([1, 2, 3]);
    expect(await releaseGpuBackends()).toEqual([]);
    expect(tf.getBackend()).toBe('cpu');
    expect(Array.from(await kept.data())).toEqual([1, 2, 3]);
    kept.dispose();
  });

  it.skipIf(!hasVulkan)('gives WebGPU memory back after a run; WebGPU then starts again and trains the same', async () => {
    const env = hasGpu
      ? process.env
      : { ...process.env, LD_LIBRARY_PATH: [SWIFTSHADER_DIR, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), VK_ICD_FILENAMES: SWIFTSHADER_ICD };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/core/train/release-gpu-child.ts'], { env, timeout: 110_000 });
    const seen = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(seen.error).toBeUndefined();
    expect(seen.started).toBe(true);
    expect(seen.tensorsAfterRun).toBe(0);
    // The run's buffers stay pooled while the backend lives…
    expect(seen.pooledBytesAfterRun).toBeGreaterThan(0);
    // …unless it is the one to keep.
    expect(seen.keptWhenKept).toEqual([]);
    expect(seen.backendWhenKept).toBe('webgpu');
    // Released: the CPU is active, the instance (and its pool) is gone, the factory is back.
    expect(seen.released).toEqual(['webgpu']);
    expect(seen.backendAfterRelease).toBe('cpu');
    expect(seen.instanceAfterRelease).toBe(false);
    expect(seen.factoryAfterRelease).toBe(true);
    expect(seen.restarted).toBe(true);
    expect(seen.pooledBytesAfterRestart).toBe(0);
    expect(seen.lossAfter).toBe(seen.lossBefore);
  }, 120_000);
});
