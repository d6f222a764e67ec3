/**
 * The filter gradient Layerbench registered on wasm before im2col and the convolution form: one
 * strided slice and one transposed matrix product per kernel offset. Kept for the benches that
 * compare against it (wasm-filter-grad.ts, wasm-cnn-profile.ts).
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DBackpropFilterAttrs } from '../src/core/train/wasm-kernels';

export function perOffset(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.Tensor4D {
  const info = tf.backend_util.computeConv2DInfo(x.shape, attrs.filterShape, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
  const [kh, kw, cin, cout] = attrs.filterShape;
  const { top, bottom, left, right } = info.padInfo;
  const { strideHeight: sh, strideWidth: sw, outHeight: ho, outWidth: wo, batchSize: b } = info;
  return tf.tidy(() => {
    const padded = top || bottom || left || right ? tf.pad(x, [[0, 0], [top, bottom], [left, right], [0, 0]]) : x;
    const grads = tf.reshape(dy, [b * ho * wo, cout]);
    const taps: tf.Tensor2D[] = [];
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        const patch = tf.stridedSlice(padded, [0, i, j, 0], [b, i + (ho - 1) * sh + 1, j + (wo - 1) * sw + 1, cin], [1, sh, sw, 1]);
        taps.push(tf.matMul(tf.reshape(patch, [b * ho * wo, cin]), grads, true, false));
      }
    }
    return tf.reshape(tf.stack(taps), [kh, kw, cin, cout]);
  });
}
