import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { startCpuBackendOnUiThread } from '../../src/ui/tfjs-on-ui-thread';

describe('startCpuBackendOnUiThread', () => {
  it('puts tfjs on the CPU before anything is built, without waiting', () => {
    // tfjs picks no backend until first used, and then starts the best one registered (WebGL in a browser).
    expect(tf.engine().backendName).toBeUndefined();
    startCpuBackendOnUiThread();
    expect(tf.engine().backendName).toBe('cpu');
    const layer = tf.layers.dense({ units: 3 });
    layer.apply(tf.input({ shape: [4] }));
    expect(layer.countParams()).toBe(15);
    expect(tf.getBackend()).toBe('cpu');
  });
});
