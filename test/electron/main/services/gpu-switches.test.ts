import { describe, expect, it } from 'vitest';
import { hasGpuRenderNode, webgpuSwitches } from '../../../../electron/main/services/gpu-switches';

describe('webgpuSwitches', () => {
  it('adds nothing off Linux', () => {
    expect(webgpuSwitches({ platform: 'darwin', hasGpuDevice: true })).toEqual([]);
    expect(webgpuSwitches({ platform: 'win32', hasGpuDevice: false, forceSwiftShader: '1' })).toEqual([]);
  });

  it('on Linux with a GPU: unsafe WebGPU and the Vulkan feature, in one enable-features switch', () => {
    expect(webgpuSwitches({ platform: 'linux', hasGpuDevice: true })).toEqual([['enable-unsafe-webgpu'], ['enable-features', 'Vulkan']]);
  });

  it('on Linux without a GPU, or when forced: the SwiftShader adapter', () => {
    const noGpu = webgpuSwitches({ platform: 'linux', hasGpuDevice: false });
    expect(noGpu.map(([name]) => name)).toEqual([
      'enable-unsafe-webgpu', 'enable-features', 'use-vulkan', 'use-webgpu-adapter', 'use-angle', 'enable-unsafe-swiftshader',
    ]);
    expect(noGpu).toContainEqual(['use-webgpu-adapter', 'swiftshader']);
    expect(webgpuSwitches({ platform: 'linux', hasGpuDevice: true, forceSwiftShader: '1' })).toHaveLength(6);
    expect(webgpuSwitches({ platform: 'linux', hasGpuDevice: false, forceSwiftShader: '0' })).toHaveLength(2);
  });
});

describe('hasGpuRenderNode', () => {
  it('looks for a renderD node in /dev/dri', () => {
    expect(hasGpuRenderNode(() => ['card0', 'renderD128'])).toBe(true);
    expect(hasGpuRenderNode(() => ['card0'])).toBe(false);
    expect(hasGpuRenderNode(() => {
      throw new Error('ENOENT');
    })).toBe(false);
  });
});
