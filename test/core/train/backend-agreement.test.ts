/**
 * Issue 5, point 3: the same seeded model and data give the same loss after one epoch on cpu,
 * wasm and webgpu (Dawn through the `webgpu` package), within 1e-3 relative, for a dense, a
 * convolutional and a recurrent model; the pre-flight check passes on each (finite, non-zero
 * gradients that match the CPU's: tfjs' WebGPU has had all-zero RNN gradients).
 *
 * The backends run in a child process: Dawn needs SwiftShader's Vulkan driver on a machine
 * without a GPU, and the dynamic loader reads LD_LIBRARY_PATH only at process start.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const SWIFTSHADER_DIR = '/usr/lib/chromium';
const SWIFTSHADER_ICD = `${SWIFTSHADER_DIR}/vk_swiftshader_icd.json`;
const hasGpu = existsSync('/dev/nvidia0') || existsSync('/dev/dri/renderD128');
const hasSwiftShader = existsSync(SWIFTSHADER_ICD);
const webgpuReason = 'no Vulkan driver: no GPU and no SwiftShader (apt-get install chromium ships it)';

interface Line {
  backend: string;
  model: string;
  loss?: number;
  error?: string;
  preflight?: { ok: boolean; message: string; problems: string[]; maxAbs: number[] };
}

const MODELS = ['dense', 'convolutional', 'recurrent'] as const;
let lines: Line[] = [];

function line(backend: string, model: string): Line {
  const found = lines.find((l) => l.backend === backend && l.model === model);
  if (!found) throw new Error(`no result for ${backend}/${model}; child printed: ${JSON.stringify(lines)}`);
  return found;
}

function expectAgreement(backend: string, model: string): void {
  const reference = line('cpu', model).loss as number;
  const result = line(backend, model);
  expect(result.error, `${backend}/${model} threw`).toBeUndefined();
  const relative = Math.abs((result.loss as number) - reference) / Math.abs(reference);
  expect(relative, `${backend}/${model}: loss ${result.loss} vs cpu ${reference}`).toBeLessThan(1e-3);
  expect(result.preflight?.problems).toEqual([]);
  expect(result.preflight?.ok).toBe(true);
  expect(result.preflight?.message).toMatch(/gradients are finite, not zero and match the CPU’s/);
}

beforeAll(async () => {
  const backends = ['cpu', 'wasm', ...(hasGpu || hasSwiftShader ? ['webgpu'] : [])];
  const env = hasGpu || !hasSwiftShader
    ? process.env
    : { ...process.env, LD_LIBRARY_PATH: [SWIFTSHADER_DIR, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), VK_ICD_FILENAMES: SWIFTSHADER_ICD };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'test/core/train/backend-agreement-child.ts', ...backends],
    { env, timeout: 110_000, maxBuffer: 1 << 20 },
  );
  lines = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Line);
}, 120_000);

describe('the same seeded model and data on every backend', () => {
  it('cpu: every model trains to a finite loss and passes the pre-flight on its own', () => {
    for (const model of MODELS) {
      const result = line('cpu', model);
      expect(result.error).toBeUndefined();
      expect(Number.isFinite(result.loss)).toBe(true);
      expect(result.preflight?.ok).toBe(true);
      // Every weight gets a gradient: none all zero.
      expect(result.preflight?.maxAbs.every((m) => m > 0)).toBe(true);
    }
  });

  // Convolutional included: its filter gradient is src/core/train/wasm-kernels.ts, not tfjs'.
  it.each([...MODELS])('wasm agrees with cpu: %s', (model) => expectAgreement('wasm', model));

  it.skipIf(!hasGpu && !hasSwiftShader).each([...MODELS])(`webgpu agrees with cpu: %s (skipped only with ${webgpuReason})`, (model) => {
    expectAgreement('webgpu', model);
    if (model === 'recurrent') expect(line('webgpu', model).preflight?.maxAbs.every((m) => m > 0)).toBe(true);
  });
});
