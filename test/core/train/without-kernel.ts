import * as tf from '@tensorflow/tfjs';

/** Runs `body` with `kernel` unregistered on `backend` (as on a backend that lacks it), then restores it. */
export async function withoutKernel<T>(kernel: string, backend: string, body: () => Promise<T>): Promise<T> {
  const config = tf.getKernel(kernel, backend);
  if (!config) throw new Error(`${kernel} is not registered for ${backend}`);
  tf.unregisterKernel(kernel, backend);
  try {
    return await body();
  } finally {
    tf.registerKernel(config);
  }
}
