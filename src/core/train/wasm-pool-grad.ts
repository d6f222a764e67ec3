/**
 * MaxPoolGrad for tfjs' WebAssembly backend, in JavaScript over the backend's own memory.
 *
 * tfjs-backend-wasm 4.22's MaxPoolGrad is a generic 3-D pooling loop that walks, for every input
 * pixel, every window that may hold it: ~35 ms for the reference CNN's first pooling (64×26×26×16),
 * as much as the forward and backward convolutions of that layer together. Finding each window's
 * maximum once and sending dy there is a single pass, memory-bound, which a JIT-compiled loop does
 * in a few milliseconds; it picks the first maximum in the window, row by row, as tfjs' CPU backend
 * does (the wasm kernel picks the last, and its starting value, the smallest positive float, makes
 * a window of zeros send its gradient to the tensor's first element).
 */
import * as tf from '@tensorflow/tfjs';

/** The part of tfjs-backend-wasm's BackendWasm this kernel uses (typed here so that core does not import the package). */
interface WasmHeap {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
}

type MaxPoolGradAttrs = {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
};

/** dx of an NHWC max pooling: each window's dy added at the window's first maximum (NaN-only windows send nothing). */
export function maxPoolGradInto(x: Float32Array, dy: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
  const { top, left } = info.padInfo;
  dx.fill(0);
  const best = new Float32Array(c);
  const at = new Int32Array(c);
  for (let b = 0; b < batchSize; b++) {
    const image = b * inHeight * inWidth * c;
    for (let yr = 0; yr < outHeight; yr++) {
      const r0 = Math.max(0, yr * strideHeight - top);
      const r1 = Math.min(inHeight, yr * strideHeight - top + fh);
      for (let yc = 0; yc < outWidth; yc++) {
        const c0 = Math.max(0, yc * strideWidth - left);
        const c1 = Math.min(inWidth, yc * strideWidth - left + fw);
        best.fill(Number.NEGATIVE_INFINITY);
        at.fill(-1);
        for (let r = r0; r < r1; r++) {
          for (let col = c0; col < c1; col++) {
            const pixel = image + (r * inWidth + col) * c;
            for (let d = 0; d < c; d++) {
              const v = x[pixel + d]!;
              if (v > best[d]!) {
                best[d] = v;
                at[d] = pixel + d;
              }
            }
          }
        }
        const out = ((b * outHeight + yr) * outWidth + yc) * c;
        for (let d = 0; d < c; d++) {
          const i = at[d]!;
          if (i >= 0) dx[i] = dx[i]! + dy[out + d]!;
        }
      }
    }
  }
}

export const maxPoolGradKernel: tf.KernelFunc = ({ inputs, attrs, backend }) => {
  const { dy, input } = inputs as { dy: tf.TensorInfo; input: tf.TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const heap = backend as unknown as WasmHeap; // the kernel is registered for 'wasm' only
  const out = heap.makeOutput([...input.shape], 'float32');
  // Views taken after the output's allocation, which may grow (and so detach) the heap.
  maxPoolGradInto(heap.typedArrayFromHeap(input) as Float32Array, heap.typedArrayFromHeap(dy) as Float32Array, heap.typedArrayFromHeap(out) as Float32Array, info);
  return out;
};
