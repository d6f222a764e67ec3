/**
 * Notes on a model that builds but does not do what its author most likely meant: a Reshape that
 * wrote the batch as -1, images whose channels seem to come first, and hidden Dense layers with no
 * activation between them. Warnings, each at its layer with a fix; they do not block training.
 */
import { batchMinusOne, CHANNEL_COUNTS, IMAGE_LAYERS, reshapeCall } from './batch-advice';
import { layerDef } from './catalog';
import type { Advice, LayerReport, ModelEdit, ModelFix } from './designer-types';
import { listOf, msg } from '../i18n/message';
import { product, shapeText } from './format';
import type { PlacedAdvice } from './head-advice';
import type { LayerSpec } from './types';

/** Layers that keep every axis as it is: looking back through them finds where an image came from. */
const SAME_SHAPE = new Set(['dropout', 'activation', 'batchNormalization', 'masking']);
/** Layers that are linear maps of their input (or nothing at all) in the trained model. */
const LINEAR_BETWEEN = new Set(['dropout', 'batchNormalization', 'flatten', 'reshape']);

/** The smallest height and width read as an image's, not as a handful of channels. */
const MIN_IMAGE_SIDE = 8;

function className(type: string): string {
  return layerDef(type)?.className ?? type;
}


/** A Reshape whose -1 works out to 1: the batch of tf.reshape(x, [-1, 28, 28, 1]), written where Keras leaves it out. */
function reshapeBatchAxis(layers: readonly LayerReport[], specs: readonly LayerSpec[]): PlacedAdvice[] {
  const found: PlacedAdvice[] = [];
  specs.forEach((layer, index) => {
    const report = layers[index];
    if (layer.type !== 'reshape' || !report?.inputShape || !report.outputShape || !Array.isArray(layer.targetShape)) return;
    const target = layer.targetShape as number[];
    const total = product(report.inputShape.slice(1).map((d) => d ?? 0));
    const rest = total > 1 ? batchMinusOne(target, total) : undefined;
    // A layer after it that fails on the extra axis already says so, with the same fix.
    const explained = layers.some((l) => l.index > index && l.advice.some((a) => a.code === 'shape/batch-axis-from-reshape'));
    if (!rest || explained) return;
    found.push({
      index,
      advice: {
        code: 'reshape/batch-axis', severity: 'warning', expected: reshapeCall(rest), got: reshapeCall(target),
        message: msg('model.advice.reshapeBatchAxis', { call: reshapeCall(target), output: shapeText(report.outputShape), total, fix: reshapeCall(rest) }),
        fixes: [{ label: msg('model.fix.reshapeTo', { shape: shapeText(rest) }), edits: [{ kind: 'set-args', index, args: { targetShape: rest } }] }],
      },
    });
  });
  return found;
}

/**
 * The first image layer reads (3, 256, 256) with Keras' default, channels last: 256 channels of
 * 3×256. A few channels first and two long axes after them is the channels-first layout of
 * PyTorch and of many image arrays.
 */
function channelsFirst(layers: readonly LayerReport[], specs: readonly LayerSpec[]): PlacedAdvice[] {
  const index = specs.findIndex((l) => IMAGE_LAYERS.has(l.type));
  const layer = specs[index];
  const input = layers[index]?.inputShape;
  if (!layer || !input || input.length !== 4 || layer.dataFormat === 'channels_first') return [];
  const [c = 0, h = 0, w = 0] = input.slice(1).map((d) => d ?? 0);
  if (!CHANNEL_COUNTS.has(c) || h < MIN_IMAGE_SIDE || w < MIN_IMAGE_SIDE) return [];
  let from = index - 1;
  while (from >= 0 && SAME_SHAPE.has(specs[from]?.type ?? '')) from--;
  const fixes: ModelFix[] = [];
  const reorder = [h, w, c];
  if (from < 0) fixes.push({ label: msg('model.fix.useInputShape', { shape: shapeText(reorder) }), edits: [{ kind: 'set-input-shape', shape: reorder }] });
  const edits: ModelEdit[] = specs.flatMap((l, i) => (IMAGE_LAYERS.has(l.type) && l.dataFormat !== 'channels_first' ? [{ kind: 'set-args' as const, index: i, args: { dataFormat: 'channels_first' } }] : []));
  fixes.push({ label: msg('model.fix.channelsFirst'), edits });
  const cls = className(layer.type);
  const advice: Advice = {
    code: 'shape/channels-first', severity: 'warning', expected: msg('model.advice.channelsFirst.expected', { shape: shapeText([null, h, w, c]) }), got: shapeText(input), fixes,
    message: msg('model.advice.channelsFirst', {
      width: w, layer: cls, channels: c, height: h, shape: shapeText(input.slice(1)), either: from < 0 ? 'yes' : 'no', reordered: shapeText(reorder),
    }),
  };
  return [{ index, advice }];
}

function isLinearDense(layer: LayerSpec | undefined): boolean {
  return layer?.type === 'dense' && (layer.activation === undefined || layer.activation === 'linear');
}

/** The next Dense after `from` with only linear layers between; -1 if none. */
function nextDense(layers: readonly LayerSpec[], from: number): number {
  for (let j = from + 1; j < layers.length; j++) {
    const layer = layers[j];
    if (layer?.type === 'dense') return j;
    if (!layer || !(LINEAR_BETWEEN.has(layer.type) || (layer.type === 'activation' && layer.activation === 'linear'))) return -1;
  }
  return -1;
}

/** Dense(64) → Dense(32) → Dense(1) with no activation: the product of linear maps is one linear map. */
function linearStack(layers: readonly LayerSpec[]): PlacedAdvice[] {
  const found: PlacedAdvice[] = [];
  for (let i = 0; i < layers.length; i++) {
    if (!isLinearDense(layers[i])) continue;
    let next = nextDense(layers, i);
    if (next < 0) continue;
    const run = [i];
    while (isLinearDense(layers[next]) && nextDense(layers, next) >= 0) {
      run.push(next);
      next = nextDense(layers, next);
    }
    const layerNumbers = { count: run.length, layers: listOf(run.map((index) => index + 1)) };
    found.push({
      index: i,
      advice: {
        code: 'model/linear-stack', severity: 'warning', expected: msg('model.advice.linearStack.expected'), got: msg('model.advice.linearStack.got', { count: run.length }),
        message: msg('model.advice.linearStack', { ...layerNumbers, next: next + 1 }),
        fixes: [{ label: msg('model.fix.useRelu', layerNumbers), edits: run.map((index) => ({ kind: 'set-args' as const, index, args: { activation: 'relu' } })) }],
      },
    });
    i = run[run.length - 1] ?? i;
  }
  return found;
}

/** Every note on the layers that built (`layers` is the report so far, one entry per spec layer). */
export function modelNotes(layers: readonly LayerReport[], specs: readonly LayerSpec[]): PlacedAdvice[] {
  return [...reshapeBatchAxis(layers, specs), ...channelsFirst(layers, specs), ...linearStack(specs)];
}
