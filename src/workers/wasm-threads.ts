/**
 * One WebAssembly thread per CPU core (at most 8), where the page is cross-origin isolated: for
 * the train worker and the bench. On an idle 2-core machine a second thread trained the reference
 * CNN 7–25 % faster and the small MLP 15 % slower (docs/performance.md, "Threads"); the models that
 * train for minutes are the convolutional ones, so they decide.
 *
 * tfjs-backend-wasm 4.22 picks its threaded SIMD build when a SharedArrayBuffer can be posted,
 * then sizes XNNPACK's thread pool at min(asked, 8, navigator.hardwareConcurrency / 2): it assumes
 * two hardware threads per core, whatever setThreadsCount asks (its src/cc/backend.cc). On a
 * 2-core machine that is one thread, the threaded build doing the single-threaded build's work.
 * So the backend's factory is wrapped: while it starts (the halved count is read once, when the
 * module is instantiated), hardwareConcurrency reads twice the real count, and setThreadsCount
 * asks for one thread per core.
 */
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';

/** Call before the wasm backend first starts. Returns the threads asked for (1: not isolated, or one core). */
export function useWasmThreadPerCore(): number {
  const cores = self.navigator.hardwareConcurrency;
  const entry = tf.engine().registryFactory['wasm'];
  if (!self.crossOriginIsolated || !(cores > 1) || !entry) return 1;
  setThreadsCount(Math.min(8, cores));
  tf.removeBackend('wasm');
  tf.registerBackend(
    'wasm',
    async () => {
      Object.defineProperty(self.navigator, 'hardwareConcurrency', { value: cores * 2, configurable: true });
      try {
        return await entry.factory();
      } finally {
        // The prototype's getter answers again.
        delete (self.navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
      }
    },
    entry.priority,
  );
  return Math.min(8, cores);
}
