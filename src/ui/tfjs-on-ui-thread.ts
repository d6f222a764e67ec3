/**
 * On the UI thread tfjs only builds layers, to report shapes and parameter counts
 * (core/model/analyze.ts); training and prediction run in workers. Left to itself, tfjs starts its
 * best backend, WebGL, at the first layer built: a WebGL context on the UI thread (a 76 ms task in
 * a profile on a software GPU, and a GPU context held for nothing). The CPU backend starts at once
 * and does all the analysis needs. Imported first by main.tsx, before any layer is built.
 */
import * as tf from '@tensorflow/tfjs';

/** Sets the CPU backend; its start is synchronous, so it is in place when this returns. */
export function startCpuBackendOnUiThread(): void {
  void tf.setBackend('cpu');
}
