/**
 * Training throughput in Node, samples/s: each reference model (reference-models.ts) through our
 * trainModel and through a bare model.fit of the same model and data, on each backend given
 * (cpu, wasm, webgpu; wasm also with one thread and with one per CPU). A warm-up on one batch, then the model's timed epochs. Then the backend
 * measureBackends (our automatic choice) picks among them, with its sentence.
 *
 *   node --import tsx bench/train-throughput.ts mlp cpu wasm webgpu
 * Prints JSON lines: {model, backend, ours, bare, ratio, oursPerCpuSecond, barePerCpuSecond, cpuRatio}
 * or {model, backend, error}, then
 * {model, pick, reason, measurements}. webgpu needs a Vulkan driver (SwiftShader: see run.ts).
 */
import '@tensorflow/tfjs-backend-wasm';
import { cliWasmThreads, defaultWasmThreads, useNodeWasmThreads } from '../src/cli/wasm-threads';
import { wasmThreadCount } from '../src/core/train/backend';
import { registerWasmTrainingKernels } from '../src/core/train/wasm-kernels';
import type { BackendName } from '../src/core/train/types';
import { REFERENCE_MODELS, referenceData } from './reference-models';
import { automaticPick, measureThroughput, useBackend, type Clock } from './throughput-core';

// Both columns (ours and the bare model.fit) get the filter-gradient kernel Layerbench adds to
// WebAssembly: without it, bare tfjs cannot train a convolution on wasm at all.
registerWasmTrainingKernels();

/** Wall seconds and CPU seconds of this process (the latter barely moves when other processes load the machine). */
const nodeClock: Clock = async () => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return async () => {
    const c = process.cpuUsage(c0);
    return { wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6 };
  };
};

async function installWebGpu(): Promise<void> {
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: webgpu.create([]) }, configurable: true, writable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
}

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

const [modelName, ...backends] = process.argv.slice(2) as [string, ...BackendName[]];
const model = REFERENCE_MODELS.find((m) => m.name === modelName);
if (!model) throw new Error(`unknown model ${modelName}; use ${REFERENCE_MODELS.map((m) => m.name).join(' or ')}`);
if (backends.includes('webgpu')) await installWebGpu();
const encoded = referenceData(model);
for (const backend of backends) {
  if (backend === 'wasm') {
    // Beside the CLI's own (the row named 'wasm': one thread per core, src/cli/wasm-threads.ts),
    // no threads and tfjs' own count (CPUs / 2), where they differ from it.
    const cli = cliWasmThreads();
    for (const threads of [...new Set([1, defaultWasmThreads()])].filter((t) => t !== cli)) {
      await useNodeWasmThreads(threads);
      if (!(await useBackend('wasm'))) continue;
      const name = `wasm, ${threads} ${threads === 1 ? 'thread' : 'threads'}`;
      process.stderr.write(`${model.name} on ${name}…\n`);
      print({ ...(await measureThroughput(model, 'wasm', encoded, nodeClock)), backend: name, threads: wasmThreadCount() });
    }
    await useNodeWasmThreads(cli);
  }
  if (!(await useBackend(backend))) {
    print({ model: model.name, backend, error: 'backend did not start' });
    continue;
  }
  process.stderr.write(`${model.name} on ${backend}…\n`);
  print({ ...(await measureThroughput(model, backend, encoded, nodeClock)), ...(backend === 'wasm' ? { threads: wasmThreadCount() } : {}) });
}
process.stderr.write(`${model.name}: measureBackends…\n`);
print(await automaticPick(model, encoded, backends));
process.exit(0);
