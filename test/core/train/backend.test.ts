import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import { english, translator } from '../../../src/core/i18n/translate';
import { chooseBackend } from '../../../src/core/train/backend';

type FakeAdapter = { info?: { vendor?: string; architecture?: string }; requestAdapterInfo?: () => Promise<{ vendor: string; architecture: string }> };

function fakeGpu(requestAdapter: () => Promise<FakeAdapter | null>): void {
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: { requestAdapter } }, configurable: true, writable: true });
}

const hadNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterEach(() => {
  if (hadNavigator) Object.defineProperty(globalThis, 'navigator', hadNavigator);
  else delete (globalThis as { navigator?: unknown }).navigator;
  for (const name of ['webgpu', 'webgl']) if (tf.findBackendFactory(name)) tf.removeBackend(name);
});

// Registers a stand-in "webgpu" backend (the real one needs a GPU device) that starts as the cpu one does.
function registerFakeWebGpu(): void {
  const cpuFactory = tf.findBackendFactory('cpu');
  tf.registerBackend('webgpu', () => cpuFactory() as tf.KernelBackend, 0);
}

describe('chooseBackend', () => {
  // In these tests (Node, only tfjs' own backends, no navigator) WebGPU and WebAssembly are not
  // registered until a test registers them; the order of tests below relies on that.
  it('auto: falls back to the CPU and names every backend passed over', async () => {
    const choice = await chooseBackend('auto');
    expect(choice).toMatchObject({ backend: 'cpu', label: 'CPU (JavaScript)' });
    expect(english(choice.reason)).toBe(
      'Not usable here: WebGPU (this runtime has no WebGPU) and WebAssembly (not loaded in this build); training runs on the CPU (plain JavaScript).',
    );
    expect(translator('ko')(choice.reason)).toBe(
      '여기서 쓸 수 없는 백엔드: WebGPU(이 실행 환경에 WebGPU 없음) 및 WebAssembly(이 빌드에 포함되지 않음). CPU(일반 JavaScript)에서 학습합니다.',
    );
    expect(tf.getBackend()).toBe('cpu');
  });

  it('auto: says when an adapter exists but the WebGPU backend was not loaded', async () => {
    fakeGpu(async () => ({ info: { vendor: 'nvidia', architecture: 'hopper' } }));
    expect(english((await chooseBackend('auto')).reason)).toMatch(/^Not usable here: WebGPU \(not loaded in this build\) and WebAssembly \(not loaded in this build\);/);
  });

  it('auto: says when the machine has WebGPU but no adapter', async () => {
    registerFakeWebGpu();
    fakeGpu(async () => null);
    const choice = await chooseBackend('auto');
    expect(choice.backend).toBe('cpu');
    expect(english(choice.reason)).toMatch(/^Not usable here: WebGPU \(no adapter found on this machine\) and WebAssembly \(not loaded in this build\); training runs on the CPU/);
  });

  it('auto: says when the runtime has no WebGPU at all, or asking for an adapter throws', async () => {
    registerFakeWebGpu();
    expect(english((await chooseBackend('auto')).reason)).toMatch(/^Not usable here: WebGPU \(this runtime has no WebGPU\)/);
    fakeGpu(async () => {
      throw new Error('device lost');
    });
    expect(english((await chooseBackend('auto')).reason)).toMatch(/^Not usable here: WebGPU \(asking for a GPU adapter failed \(device lost\)\)/);
  });

  it('auto: takes WebGPU when an adapter exists, labelled with its vendor and architecture', async () => {
    registerFakeWebGpu();
    fakeGpu(async () => ({ info: { vendor: 'nvidia', architecture: 'hopper' } }));
    const choice = await chooseBackend('auto');
    expect(choice).toEqual({ backend: 'webgpu', label: 'WebGPU (nvidia hopper)', reason: { code: 'train.backend.reason.gpu' } });
    expect(english(choice.reason)).toBe('A WebGPU adapter was found, so training runs on the GPU.');
    expect(tf.getBackend()).toBe('webgpu');
  });

  it('warns that a SwiftShader adapter is a software emulation (older requestAdapterInfo API)', async () => {
    registerFakeWebGpu();
    fakeGpu(async () => ({ requestAdapterInfo: async () => ({ vendor: 'google', architecture: 'swiftshader' }) }));
    const chosen = await chooseBackend('webgpu');
    expect(chosen.label).toBe('WebGPU (google swiftshader)');
    expect(english(chosen.reason)).toBe('Training runs on WebGPU, as chosen. This adapter emulates a GPU in software, so it may be slower than WebAssembly.');
    expect(english((await chooseBackend('auto')).reason)).toBe(
      'A WebGPU adapter was found (google swiftshader), so training runs on WebGPU. This adapter emulates a GPU in software, so it may be slower than WebAssembly.',
    );
  });

  it('an explicit choice that cannot start falls back in the auto order, saying so', async () => {
    tf.registerBackend('webgl', () => {
      throw new Error('no WebGL context');
    });
    const choice = await chooseBackend('webgl');
    expect(choice.backend).toBe('cpu');
    expect(english(choice.reason)).toBe(
      'Not usable here: WebGL (it failed to start), WebGPU (this runtime has no WebGPU), and WebAssembly (not loaded in this build); training runs on the CPU (plain JavaScript).',
    );
  });

  it('an explicit CPU choice is stated as chosen', async () => {
    const chosen = await chooseBackend('cpu');
    expect(chosen.backend).toBe('cpu');
    expect(english(chosen.reason)).toBe('Training runs on the CPU (plain JavaScript), as chosen.');
    expect(translator('ko')(chosen.reason)).toBe('선택한 대로 CPU(일반 JavaScript)에서 학습합니다.');
  });

  it('auto: takes WebAssembly once its package is loaded', async () => {
    await import('@tensorflow/tfjs-backend-wasm');
    const choice = await chooseBackend('auto');
    expect(choice).toMatchObject({ backend: 'wasm', label: 'WebAssembly' });
    expect(english(choice.reason)).toBe('Not usable here: WebGPU (this runtime has no WebGPU); training runs on WebAssembly.');
    expect(tf.getBackend()).toBe('wasm');
    await tf.setBackend('cpu');
  });

  it('trains convolutions on WebAssembly (filter gradient from wasm-kernels.ts); passes over a backend lacking a kernel', async () => {
    await import('@tensorflow/tfjs-backend-wasm');
    const layers = [{ type: 'conv2d', filters: 8, kernelSize: 3 }, { type: 'flatten' }, { type: 'dense', units: 2 }];
    expect((await chooseBackend('auto', layers)).backend).toBe('wasm');
    // A depthwise convolution's gradient kernel is missing on wasm: that backend is passed over, with the reason.
    const depthwise = [{ type: 'depthwiseConv2d', kernelSize: 3 }, { type: 'flatten' }, { type: 'dense', units: 2 }] as unknown as typeof layers;
    const auto = await chooseBackend('auto', depthwise);
    expect(auto.backend).toBe('cpu');
    expect(english(auto.reason)).toBe(
      'Not usable here: WebGPU (this runtime has no WebGPU) and WebAssembly (it has no kernel to train depthwise convolution layers); training runs on the CPU (plain JavaScript).',
    );
    await tf.setBackend('cpu');
  });
});
