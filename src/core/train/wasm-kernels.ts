/**
 * Kernels tfjs' WebAssembly backend lacks for training, or has only as slow plain loops outside
 * XNNPACK (Conv2DBackpropInput here, MaxPoolGrad in wasm-pool-grad.ts), written with kernels it
 * runs well. bench/wasm-cnn-profile.ts times a training step with and without each.
 *
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter (the gradient of a convolution with
 * respect to its filter; Conv1D is built on Conv2D), so convolutional models could only train
 * on the plain-JavaScript CPU backend without a GPU: about 20× slower. The filter gradient is a
 * sum over positions of input patches times output gradients:
 *   dW[kh, kw, cin, cout] = Σ_{b, ho, wo} x[b, ho·sh + kh, wo·sw + kw, cin] · dy[b, ho, wo, cout].
 * Two formulations, both run by XNNPACK, the faster picked by the input's channel count
 * (conv2dFilterGradient; bench/wasm-filter-grad.ts measures them): im2col, one matrix product
 * of all patches, and the gradient written as a forward convolution.
 */
import * as tf from '@tensorflow/tfjs';
import { maxPoolGradKernel } from './wasm-pool-grad';

export type Conv2DBackpropFilterAttrs = {
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

function convInfo(x: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.backend_util.Conv2DInfo {
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat !== 'NHWC') {
    throw new Error(`Conv2DBackpropFilter on wasm supports NHWC only, got ${dataFormat}`);
  }
  return tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
}

/**
 * The filter gradient of an NHWC Conv2D with dilation 1 (tfjs refuses gradients of dilated
 * convolutions), as one matrix product: patchesᵀ [kh·kw·Cin, B·Ho·Wo] · dy [B·Ho·Wo, Cout].
 * The patches are laid out already transposed because the wasm backend's BatchMatMul reaches
 * XNNPACK only when neither operand is: a transpose flag falls back to a naive triple loop.
 */
export function conv2dFilterGradientIm2col(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.Tensor4D {
  const info = convInfo(x, attrs);
  const [kh, kw, cin, cout] = attrs.filterShape;
  const { top, bottom, left, right } = info.padInfo;
  const { strideHeight: sh, strideWidth: sw, outHeight: ho, outWidth: wo, batchSize: b } = info;
  return tf.tidy(() => {
    // Channels first, [Cin, B, H, W]: each kernel offset's patches are then one strided slice
    // already in the transposed layout the matrix product needs (for Cin = 1 this is a reshape).
    const channelsFirst: tf.Tensor4D = cin === 1 ? tf.reshape(x, [1, b, x.shape[1], x.shape[2]]) : tf.transpose(x, [3, 0, 1, 2]);
    const padded = top || bottom || left || right ? tf.pad(channelsFirst, [[0, 0], [0, 0], [top, bottom], [left, right]]) : channelsFirst;
    const taps: tf.Tensor4D[] = [];
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        taps.push(tf.stridedSlice(padded, [0, 0, i, j], [cin, b, i + (ho - 1) * sh + 1, j + (wo - 1) * sw + 1], [1, 1, sh, sw]) as tf.Tensor4D);
      }
    }
    const patches = taps.length === 1 ? taps[0]! : tf.concat(taps, 0);
    const grad = tf.matMul(tf.reshape(patches, [kh * kw * cin, b * ho * wo]), tf.reshape(dy, [b * ho * wo, cout]));
    return tf.reshape(grad, [kh, kw, cin, cout]);
  });
}

/**
 * The same gradient as a forward convolution XNNPACK runs itself: the batch becomes the channels
 * and dy the filter, dilated by the stride: conv2d(x as [Cin, H, W, B], dy as [Ho, Wo, B, Cout])
 * = [Cin, kh, kw, Cout].
 */
export function conv2dFilterGradientByConv(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.Tensor4D {
  const info = convInfo(x, attrs);
  const [kh, kw] = attrs.filterShape;
  const { top, bottom, left, right } = info.padInfo;
  const { strideHeight: sh, strideWidth: sw, outHeight: ho, outWidth: wo } = info;
  return tf.tidy(() => {
    // Only the rows and columns the forward convolution read: a 'valid' convolution over them has exactly kh × kw outputs.
    const extraH = top + x.shape[1] + bottom - ((ho - 1) * sh + kh);
    const extraW = left + x.shape[2] + right - ((wo - 1) * sw + kw);
    const cropped = extraH > bottom || extraW > right
      ? tf.slice(x, [0, 0, 0, 0], [-1, x.shape[1] - Math.max(0, extraH - bottom), x.shape[2] - Math.max(0, extraW - right), -1])
      : x;
    const input = tf.transpose(cropped, [3, 1, 2, 0]);
    const filter = tf.transpose(dy, [1, 2, 0, 3]);
    const pad: tf.backend_util.ExplicitPadding = [[0, 0], [top, Math.max(0, bottom - extraH)], [left, Math.max(0, right - extraW)], [0, 0]];
    const grad = tf.conv2d(input, filter, 1, pad, 'NHWC', [sh, sw]);
    return tf.transpose(grad, [1, 2, 0, 3]);
  });
}

/**
 * The faster of the two for the shape (bench/wasm-filter-grad.ts, 2026-12): the patches' slices
 * cost in proportion to kh·kw·Cin, and XNNPACK's convolution wastes most of its tiles when the
 * gradient has few rows (Cin·kh·kw); with 1–3 input channels im2col is 1.4–2× faster, from 8
 * channels up the convolution is 1.4–2.2× faster.
 */
export function conv2dFilterGradient(x: tf.Tensor4D, dy: tf.Tensor4D, attrs: Conv2DBackpropFilterAttrs): tf.Tensor4D {
  return attrs.filterShape[2] <= 4 ? conv2dFilterGradientIm2col(x, dy, attrs) : conv2dFilterGradientByConv(x, dy, attrs);
}

type Conv2DBackpropInputAttrs = {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  inputShape: [number, number, number, number];
};

/**
 * The input gradient of an NHWC Conv2D as a forward convolution: dy, spread out by the stride
 * with zeros between its pixels, convolved with the filter turned 180° and its channels swapped.
 * tfjs-backend-wasm has this kernel, but as a plain loop outside XNNPACK: ~70 ms for the
 * reference CNN's second layer, 12× its forward convolution. Returns null where that layout
 * does not apply (NCHW, or padding wider than the filter), for the backend's own kernel.
 */
export function conv2dInputGradient(dy: tf.Tensor4D, filter: tf.Tensor4D, attrs: Conv2DBackpropInputAttrs): tf.Tensor4D | null {
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs;
  if (dataFormat !== 'NHWC') return null;
  const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
  const { top, left } = info.padInfo;
  const { strideHeight: sh, strideWidth: sw, filterHeight: kh, filterWidth: kw, inHeight, inWidth, outHeight: ho, outWidth: wo, batchSize: b } = info;
  const padTop = kh - 1 - top;
  const padLeft = kw - 1 - left;
  // With dy spread to (ho - 1)·sh + 1 rows, the rows below that make the output inHeight tall.
  const padBottom = inHeight + kh - 1 - padTop - ((ho - 1) * sh + 1);
  const padRight = inWidth + kw - 1 - padLeft - ((wo - 1) * sw + 1);
  if (padTop < 0 || padLeft < 0 || padBottom < 0 || padRight < 0) return null;
  const cout = dy.shape[3];
  return tf.tidy(() => {
    let spread: tf.Tensor4D = dy;
    if (sh > 1 || sw > 1) {
      // Zeros after each pixel: [B, Ho, 1, Wo, 1, C] padded to [B, Ho, sh, Wo, sw, C], less the last row's and column's.
      const apart = tf.pad(tf.reshape(dy, [b, ho, 1, wo, 1, cout]), [[0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]]);
      spread = tf.slice(tf.reshape(apart, [b, ho * sh, wo * sw, cout]) as tf.Tensor4D, [0, 0, 0, 0], [b, (ho - 1) * sh + 1, (wo - 1) * sw + 1, cout]);
    }
    const turned = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    return tf.conv2d(spread, turned as tf.Tensor4D, 1, [[0, 0], [padTop, padBottom], [padLeft, padRight], [0, 0]]);
  });
}

const filterGradientKernel: tf.KernelFunc = ({ inputs, attrs }) => {
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  return conv2dFilterGradient(asTensor(x) as tf.Tensor4D, asTensor(dy) as tf.Tensor4D, attrs as unknown as Conv2DBackpropFilterAttrs);
};

/** The wasm backend's own Conv2DBackpropInput, kept for the layouts conv2dInputGradient leaves to it. */
let backendInputGradient: tf.KernelConfig | undefined;

const inputGradientKernel: tf.KernelFunc = (args) => {
  const { dy, filter } = args.inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
  const out = conv2dInputGradient(asTensor(dy) as tf.Tensor4D, asTensor(filter) as tf.Tensor4D, args.attrs as unknown as Conv2DBackpropInputAttrs);
  if (out) return out;
  if (!backendInputGradient) throw new Error('Conv2DBackpropInput on wasm: this layout needs the backend\'s own kernel, which is not registered');
  return backendInputGradient.kernelFunc(args);
};

/** Installs `config` in place of the backend's kernel of that name, keeping the backend's setup (it binds the WebAssembly function a fallback calls). */
function replaceWasmKernel(config: tf.KernelConfig): tf.KernelConfig | undefined {
  const current = tf.getKernel(config.kernelName, 'wasm');
  if (current?.kernelFunc === config.kernelFunc) return undefined;
  if (current) tf.unregisterKernel(config.kernelName, 'wasm');
  tf.registerKernel({ ...config, setupFunc: current?.setupFunc });
  return current;
}

/**
 * Idempotent; safe to call before the wasm backend itself is registered (kernels are keyed by
 * name): if importing it later puts its own kernels back, the next call replaces them again.
 */
export function registerWasmTrainingKernels(): void {
  if (!tf.getKernel('Conv2DBackpropFilter', 'wasm')) {
    tf.registerKernel({ kernelName: 'Conv2DBackpropFilter', backendName: 'wasm', kernelFunc: filterGradientKernel });
  }
  backendInputGradient = replaceWasmKernel({ kernelName: 'Conv2DBackpropInput', backendName: 'wasm', kernelFunc: inputGradientKernel }) ?? backendInputGradient;
  replaceWasmKernel({ kernelName: 'MaxPoolGrad', backendName: 'wasm', kernelFunc: maxPoolGradKernel });
}
