/**
 * tfjs' threaded WebAssembly build in Node, on worker_threads, with tfjs' own count of threads
 * (CPUs / 2) or, for the bench, any other.
 *
 * tfjs-backend-wasm 4.22 never picks that build in Node, and does not start it as shipped:
 * - its WASM_HAS_MULTITHREAD_SUPPORT flag answers false whenever IS_NODE;
 * - set to true, the start fails with ERR_WORKER_PATH: Emscripten creates each thread as
 *   `new Worker(url)` with the `blob:nodedata:…` URL tfjs makes of the thread's script, and
 *   worker_threads takes only a file path or a file:/data: URL;
 * - each thread then loads the backend with importScripts(a blob: URL of it), which Emscripten's
 *   Node shim reads with fs.readFileSync;
 * - the pool is min(asked, 8, CPUs / 2): tfjs assumes two hardware threads per core (its
 *   src/cc/backend.cc), so 2 CPUs give one thread.
 * So, around the backend's start only: worker_threads' Worker runs the thread script (the same
 * text tfjs puts in the blob) from memory, with importScripts of a blob: URL loading the same
 * Emscripten factory from the package; os.cpus() reads twice the threads asked for, which
 * setThreadsCount asks. Nothing else changes: every other Worker is Node's own.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import * as tf from '@tensorflow/tfjs';

const require = createRequire(import.meta.url);

type WorkerClass = typeof import('node:worker_threads').Worker;

let patchedWorkers = false;

/** worker_threads' Worker, taught to start Emscripten's thread script that tfjs hands over as a blob: URL. */
function teachWorkerThreads(): void {
  if (patchedWorkers) return;
  const workerThreads = require('node:worker_threads') as { Worker: WorkerClass };
  const factoryPath = require.resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js');
  const { wasmWorkerContents } = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js') as { wasmWorkerContents: string };
  // As tfjs escapes it for its Blob: the template holds "\n" escapes inside string literals.
  const script = wasmWorkerContents.replace(/\n/g, '\\n');
  const loadFactory =
    `;(() => { const fromFile = importScripts; global.importScripts = (url) => String(url).startsWith('blob:')` +
    ` ? void (global.WasmBackendModuleThreadedSimd = require(${JSON.stringify(factoryPath)})) : fromFile(url); })();`;
  const NodeWorker = workerThreads.Worker;
  class EmscriptenThread extends NodeWorker {
    constructor(file: string | URL, options?: ConstructorParameters<WorkerClass>[1]) {
      if (typeof file === 'string' && file.startsWith('blob:')) super(script + loadFactory, { ...options, eval: true });
      else super(file, options);
    }
  }
  workerThreads.Worker = EmscriptenThread;
  patchedWorkers = true;
}

/** CPUs this process may use. */
export function nodeCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * tfjs' own count where it threads (in the browser): CPUs / 2, from 1 to 8. The CLI and the app
 * ask for one per core instead (cliWasmThreads); the bench times both.
 */
export function defaultWasmThreads(cores: number = nodeCores()): number {
  return Math.max(1, Math.min(8, Math.floor(cores / 2)));
}

/** What the CLI trains on: one thread per core, at most 8 (src/workers/wasm-threads.ts says why). */
export function cliWasmThreads(cores: number = nodeCores()): number {
  return Math.max(1, Math.min(8, cores));
}

/**
 * Makes the next start of the wasm backend use `threads` threads (1: tfjs' single-threaded SIMD
 * build, as tfjs picks in Node). A backend already started is ended first, so that the bench can
 * time both in one process. Returns the threads asked for.
 */
export async function useNodeWasmThreads(threads: number = cliWasmThreads()): Promise<number> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const entry = tf.engine().registryFactory['wasm'];
  if (!entry) return 1;
  const asked = Math.max(1, Math.min(8, Math.floor(threads)));
  const { factory, priority } = entry;
  if (tf.getBackend() === 'wasm') await tf.setBackend('cpu');
  tf.removeBackend('wasm');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', asked > 1);
  if (asked > 1) {
    teachWorkerThreads();
    wasm.setThreadsCount(asked);
  }
  tf.registerBackend(
    'wasm',
    async () => {
      if (asked === 1) return factory();
      const cpus = os.cpus;
      os.cpus = () => [...cpus(), ...cpus()].slice(0, asked * 2);
      try {
        return await factory();
      } finally {
        os.cpus = cpus;
      }
    },
    priority,
  );
  return asked;
}
