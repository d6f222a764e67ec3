/**
 * Kernels tfjs' WebAssembly backend lacks for training, written with kernels it has.
 *
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter (the gradient of a convolution with
 * respect to its filter; Conv1D is built on Conv2D), so convolutional models could only train
 * on the plain-JavaScript CPU backend without a GPU: about 20× slower. The filter gradient is a
 * sum over positions of input patches times output gradients, one matrix product per kernel
 * offset:  dW[kh, kw] = patches(x, kh, kw)ᵀ · dy,  with patches [B·Ho·Wo, Cin] and dy [B·Ho·Wo, Cout].
 * Strided slices and BatchMatMul both run in WebAssembly (XNNPACK), so nothing leaves the backend.
 */
import * as tf from '@tensorflow/tfjs';

type Conv2DBackpropFilterAttrs = {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
};

function asTensor(info: tf.TensorInfo): tf.Tensor {
  // The engine hands kernels the Tensor objects themselves; a bare TensorInfo is wrapped without copying.
  return info instanceof tf.Tensor ? info : tf.engine().makeTensorFromTensorInfo(info);
}

/** The filter gradient of an NHWC Conv2D with dilation 1 (tfjs refuses gradients of dilated convolutions). */
export function conv2dFilterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.Tensor4D {
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat !== 'NHWC') {
    throw new Error(`Conv2DBackpropFilter on wasm supports NHWC only, got ${dataFormat}`);
  }
  const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
  const [kh, kw, cin, cout] = filterShape;
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

/** Idempotent; safe to call before the wasm backend itself is registered (kernels are keyed by name). */
export function registerWasmTrainingKernels(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      return conv2dFilterGradient(asTensor(x) as tf.Tensor4D, asTensor(dy) as tf.Tensor4D, attrs as unknown as Conv2DBackpropFilterAttrs);
    },
  });
}
