/**
 * The one place in core that calls tf.setBackend. The edges register the optional backends
 * (by importing @tensorflow/tfjs-backend-webgpu / -wasm); this module tries them in order and
 * says, in words, which one runs and why any was passed over.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { english } from '../i18n/translate';
import { listOf, msg, type Message } from '../i18n/message';
import type { LayerSpec } from '../model/types';
import type { BackendName } from './types';
import { registerWasmTrainingKernels } from './wasm-kernels';

/**
 * Training kernels a convolution layer needs. tfjs' WebAssembly backend lacks
 * Conv2DBackpropFilter; wasm-kernels.ts supplies it, and this check stays for any backend
 * (or future layer type) whose kernel is missing, so that a run is never started to fail later.
 */
const CONVOLUTION = /^(conv\w*)$/i;
const DEPTHWISE = /^(separableConv\w*|depthwiseConv\w*)$/i;

function cannotTrain(name: BackendName, layers: readonly LayerSpec[]): Message | null {
  const types = layers.map((l) => String(l.type));
  if (types.some((t) => CONVOLUTION.test(t)) && !tf.getKernel('Conv2DBackpropFilter', name)) {
    return msg('train.backend.why.noConvolutionKernel');
  }
  if (types.some((t) => DEPTHWISE.test(t)) && !tf.getKernel('DepthwiseConv2dNativeBackpropFilter', name)) {
    return msg('train.backend.why.noDepthwiseKernel');
  }
  return null;
}

/** 'auto' order: a real GPU is fastest; WebAssembly beats plain JavaScript. WebGL only on request. */
const AUTO_ORDER: readonly BackendName[] = ['webgpu', 'wasm', 'cpu'];

export const BACKEND_NAMES: Readonly<Record<BackendName, string>> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

// Structural types for navigator.gpu: core compiles without the DOM library.
interface GpuAdapterInfoLike {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
}
interface GpuAdapterLike {
  readonly info?: GpuAdapterInfoLike;
  readonly isFallbackAdapter?: boolean;
  requestAdapterInfo?(): Promise<GpuAdapterInfoLike>;
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

export interface BackendChoice {
  readonly backend: BackendName;
  /** For the screen: "WebGPU (google swiftshader)", "WebAssembly", "CPU (JavaScript)". */
  readonly label: string;
  /** Why this one, naming every backend passed over: "WebGPU: no adapter found on this machine, so training runs on WebAssembly." */
  readonly reason: Message;
}

type Attempt = { ok: true; label: string; adapter?: string; software?: boolean } | { ok: false; why: Message };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function navigatorGpu(): GpuLike | undefined {
  const nav = (globalThis as { navigator?: { gpu?: GpuLike } }).navigator;
  return nav?.gpu;
}

async function adapterInfo(adapter: GpuAdapterLike): Promise<GpuAdapterInfoLike> {
  if (adapter.info) return adapter.info;
  try {
    return (await adapter.requestAdapterInfo?.()) ?? {};
  } catch {
    return {};
  }
}

/** Looks for a WebGPU adapter first, so that "no adapter" is said as such rather than as a failed start. */
async function probeWebGpu(): Promise<Attempt & { software?: boolean }> {
  const gpu = navigatorGpu();
  if (!gpu) return { ok: false, why: msg('train.backend.why.noWebGpu') };
  let adapter: GpuAdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (err) {
    return { ok: false, why: msg('train.backend.why.adapterFailed', { error: message(err) }) };
  }
  if (!adapter) return { ok: false, why: msg('train.backend.why.noAdapter') };
  const info = await adapterInfo(adapter);
  const words = [info.vendor, info.architecture].filter((w): w is string => !!w && w.length > 0);
  const software =
    adapter.isFallbackAdapter === true ||
    /swiftshader|llvmpipe|software/i.test(`${info.vendor ?? ''} ${info.architecture ?? ''} ${info.description ?? ''}`);
  const adapterName = words.join(' ');
  return { ok: true, label: adapterName ? `WebGPU (${adapterName})` : 'WebGPU', adapter: adapterName || 'unnamed', software };
}

/** Only the factory is looked up: tf.findBackend would start initialising the backend. */
function isRegistered(name: BackendName): boolean {
  return tf.findBackendFactory(name) != null;
}

async function tryBackend(name: BackendName): Promise<Attempt> {
  registerWasmTrainingKernels();
  let label = name === 'cpu' ? 'CPU (JavaScript)' : BACKEND_NAMES[name];
  let adapter: string | undefined;
  let software = false;
  if (name === 'webgpu') {
    // Probed before the registry: the WebGPU package registers itself only where navigator.gpu
    // exists, and "no WebGPU here" / "no adapter" tell the user more than "not loaded".
    const probe = await probeWebGpu();
    if (!probe.ok) return probe;
    label = probe.label;
    adapter = probe.adapter;
    software = probe.software === true;
  }
  if (!isRegistered(name)) return { ok: false, why: msg('train.backend.why.notLoaded') };
  try {
    const started = await tf.setBackend(name);
    if (!started) return { ok: false, why: msg('train.backend.why.failedToStart') };
    await tf.ready();
  } catch (err) {
    return { ok: false, why: msg('train.backend.why.failedToStartWith', { error: message(err) }) };
  }
  return {
    ok: true,
    label,
    ...(adapter === undefined ? {} : { adapter }),
    ...(software ? { software: true } : {}),
  };
}

/** A backend that started: its label for the screen and, for WebGPU, the adapter and whether it is a software emulation. */
export interface StartedBackend {
  readonly ok: true;
  readonly backend: BackendName;
  readonly label: string;
  readonly adapter?: string;
  readonly software: boolean;
}

/**
 * Makes `name` the active backend (for measuring it, see backend-benchmark.ts); says why when it
 * cannot start: "no adapter found on this machine", "not loaded in this build", …
 */
export async function startBackend(name: BackendName): Promise<StartedBackend | { readonly ok: false; readonly why: Message }> {
  const attempt = await tryBackend(name);
  if (!attempt.ok) return attempt;
  return {
    ok: true,
    backend: name,
    label: attempt.label,
    ...(attempt.adapter === undefined ? {} : { adapter: attempt.adapter }),
    software: attempt.software === true,
  };
}

/** The part of tfjs' WebAssembly backend that says how big its thread pool is. */
interface WasmBackendLike {
  readonly wasm?: { readonly tfjs?: { getThreadsCount?(): number } };
}

/**
 * Threads in the thread pool of tfjs' WebAssembly backend once it has started (1 in its
 * single-threaded builds, or where the page is not cross-origin isolated); null before it starts.
 * Read from the backend itself: what the edges asked for is capped by tfjs.
 */
export function wasmThreadCount(): number | null {
  const started = (tf.engine().registry as Readonly<Record<string, unknown>>)['wasm'] as WasmBackendLike | undefined;
  const threads = started?.wasm?.tfjs?.getThreadsCount?.();
  return typeof threads === 'number' && threads >= 1 ? threads : null;
}

/** `reason`, followed by how many threads WebAssembly trains on when it is the backend. */
export function withThreads(reason: Message, backend: BackendName): Message {
  const threads = backend === 'wasm' ? wasmThreadCount() : null;
  return threads === null ? reason : msg('train.sentences', { first: reason, second: msg('train.backend.threads', { threads }) });
}

function candidates(preference: BackendName | 'auto'): BackendName[] {
  if (preference === 'auto') return [...AUTO_ORDER];
  return [preference, ...AUTO_ORDER.filter((b) => b !== preference)];
}

function runsOn(name: BackendName): Message {
  return msg('train.backend.runsOn', { backend: name });
}

/** `layers`: the model to train, so that a backend lacking one of its training kernels is passed over. */
export async function chooseBackend(preference: BackendName | 'auto', layers: readonly LayerSpec[] = []): Promise<BackendChoice> {
  registerWasmTrainingKernels();
  const passedOver: Message[] = [];
  for (const name of candidates(preference)) {
    // An unloaded backend has no kernels at all: tryBackend says why more usefully.
    const missing = isRegistered(name) ? cannotTrain(name, layers) : null;
    if (missing !== null) {
      passedOver.push(msg('train.backend.passedOver', { backend: BACKEND_NAMES[name], why: missing }));
      continue;
    }
    const attempt = await tryBackend(name);
    if (!attempt.ok) {
      passedOver.push(msg('train.backend.passedOver', { backend: BACKEND_NAMES[name], why: attempt.why }));
      continue;
    }
    let reason: Message;
    if (passedOver.length > 0) {
      reason = msg('train.backend.reason.passedOver', { passedOver: listOf(passedOver), backend: runsOn(name) });
    } else if (preference === 'auto') {
      if (name !== 'webgpu') reason = msg('train.backend.reason.auto', { backend: runsOn(name) });
      else if (attempt.software) reason = msg('train.backend.reason.softwareAdapter', { adapter: attempt.adapter ?? 'unnamed' });
      else reason = msg('train.backend.reason.gpu');
    } else {
      reason = msg('train.backend.reason.chosen', { backend: runsOn(name) });
    }
    if (attempt.software) reason = msg('train.backend.reason.software', { reason });
    return { backend: name, label: attempt.label, reason };
  }
  throw new AppError({
    code: 'backend/none',
    message: msg('train.backend.noneStarted'),
    detail: passedOver.map((p) => english(p)).join('; '),
  });
}

const GPU_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl'];

/**
 * Gives back what the GPU backends hold (tfjs keeps released GPU buffers and textures pooled for
 * reuse, for as long as the backend lives) once they are not needed: after a run, and after the
 * backends that were measured but not chosen. Each one released is registered again from its own
 * factory, so the next run that picks it starts it afresh. Call it only when no tensor of those
 * backends is still needed: they go with it. Returns the backends released.
 */
export async function releaseGpuBackends(keep: BackendName | null = null): Promise<BackendName[]> {
  const engine = tf.engine();
  const released: BackendName[] = [];
  for (const name of GPU_BACKENDS) {
    const entry = engine.registryFactory[name];
    // Never started (no instance): nothing is held.
    if (name === keep || !entry || !(name in engine.registry)) continue;
    if (tf.getBackend() === name) await tf.setBackend('cpu');
    tf.removeBackend(name);
    tf.registerBackend(name, entry.factory, entry.priority);
    released.push(name);
  }
  return released;
}
