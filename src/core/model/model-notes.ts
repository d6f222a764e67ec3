/**
 * Notes on a model that builds but does not do what its author most likely meant: a Reshape that
 * wrote the batch as -1, images whose channels seem to come first, and hidden Dense layers with no
 * activation between them. Warnings, each at its layer with a fix; they do not block training.
 */
import { batchMinusOne, CHANNEL_COUNTS, IMAGE_LAYERS, reshapeCall } from './batch-advice';
import { layerDef } from './catalog';
import type { Advice, LayerReport, ModelEdit, ModelFix } from './designer-types';
import { formatCount as n, product, shapeText } from './format';
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

/** "layer 2", "layers 1 and 2", "layers 1, 2 and 3" (counted from 1). */
function layerList(indices: readonly number[]): string {
  const names = indices.map((i) => String(i + 1));
  if (names.length === 1) return `layer ${names[0]}`;
  return `layers ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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
        message:
          `In a Keras layer the batch axis is not written: ${reshapeCall(target)} makes ${shapeText(report.outputShape)}, a new axis of length 1 after the batch’s None ` +
          `(-1 = ${n(total)} / ${n(total)} = 1). Fix: ${reshapeCall(rest)}.`,
        fixes: [{ label: `Reshape to ${shapeText(rest)}`, edits: [{ kind: 'set-args', index, args: { targetShape: rest } }] }],
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
  if (from < 0) fixes.push({ label: `Use input shape ${shapeText(reorder)}`, edits: [{ kind: 'set-input-shape', shape: reorder }] });
  const edits: ModelEdit[] = specs.flatMap((l, i) => (IMAGE_LAYERS.has(l.type) && l.dataFormat !== 'channels_first' ? [{ kind: 'set-args' as const, index: i, args: { dataFormat: 'channels_first' } }] : []));
  fixes.push({ label: 'Set data_format channels_first', edits });
  const cls = className(layer.type);
  const either = from < 0 ? `; if it is ${shapeText(reorder)}, use that input shape` : '';
  const advice: Advice = {
    code: 'shape/channels-first', severity: 'warning', expected: `(None, ${h}, ${w}, ${c}), or data_format channels_first`, got: shapeText(input), fixes,
    message:
      `Layerbench reads the last axis, ${n(w)}, as channels (channels last, Keras’ default), so ${cls} sees images of ${n(c)}×${n(h)} pixels with ${n(w)} channels; ` +
      `${shapeText(input.slice(1))} looks like channels first (${n(c)} ${c === 1 ? 'channel' : 'channels'} of ${n(h)}×${n(w)}). ` +
      `If each example is stored that way, set data_format to channels_first on the Conv2D and pooling layers${either}.`,
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
    const verb = run.length === 1 ? 'feeds' : 'feed';
    found.push({
      index: i,
      advice: {
        code: 'model/linear-stack', severity: 'warning', expected: 'an activation such as relu', got: run.length === 1 ? 'activation linear' : 'no activation',
        message:
          `Dense layers without an activation in between collapse into one linear map: ${layerList(run)} (Dense, linear) ${verb} layer ${next + 1} (Dense) with nothing non-linear between them, ` +
          `so together they compute no more than one Dense layer could; give the hidden layers an activation such as relu.`,
        fixes: [{ label: `Use relu in ${layerList(run)}`, edits: run.map((index) => ({ kind: 'set-args' as const, index, args: { activation: 'relu' } })) }],
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
