/**
 * Chromium switches that make WebGPU available to the renderer. On Linux, Electron (like
 * Chromium) exposes WebGPU only with --enable-unsafe-webgpu, and Electron, unlike Chrome,
 * leaves the Vulkan feature off there (electron/electron#40929), so both are needed.
 * Without a GPU device (a VM, CI), SwiftShader's Vulkan gives a CPU-emulated adapter
 * (Debian's chromium ships its Vulkan driver); the training code then measures and may prefer another backend.
 * scripts/start.mjs applies the same rule to Chromium; change both together.
 */
export type Switch = readonly [name: string, value?: string];

export interface GpuSwitchContext {
  readonly platform: NodeJS.Platform;
  /** LAYERBENCH_WEBGPU_SWIFTSHADER: "1" forces the emulated adapter, "0" never uses it. */
  readonly forceSwiftShader?: string | undefined;
  /** Whether a GPU render node exists (Linux: /dev/dri/renderD*). */
  readonly hasGpuDevice: boolean;
}

const SWIFTSHADER_SWITCHES: readonly Switch[] = [
  ['use-vulkan', 'swiftshader'],
  ['use-webgpu-adapter', 'swiftshader'],
  ['use-angle', 'swiftshader'],
  ['enable-unsafe-swiftshader'],
];

export function webgpuSwitches(ctx: GpuSwitchContext): Switch[] {
  if (ctx.platform !== 'linux') return [];
  // One enable-features switch: appending the name twice would replace, not merge, the list.
  const switches: Switch[] = [['enable-unsafe-webgpu'], ['enable-features', 'Vulkan']];
  const emulate = ctx.forceSwiftShader === '1' || (ctx.forceSwiftShader !== '0' && !ctx.hasGpuDevice);
  if (emulate) switches.push(...SWIFTSHADER_SWITCHES);
  return switches;
}

/** Linux: true when /dev/dri holds a render node, i.e. a GPU driver is loaded. */
export function hasGpuRenderNode(listDir: (path: string) => readonly string[]): boolean {
  try {
    return listDir('/dev/dri').some((name) => name.startsWith('renderD'));
  } catch {
    return false;
  }
}
