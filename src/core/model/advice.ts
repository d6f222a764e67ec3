/**
 * Advice for a layer that cannot take its input. tf.layers decides that it cannot (it throws,
 * or computes a length of 0 or less); these rules only say why in plain words — what the layer
 * expects, what it got — and offer edits that make it fit. tfjs' own message stays in `detail`.
 * analyze.ts keeps a fix only if applying it really makes the layer valid.
 */
import { batchAxisAdvice, IMAGE_LAYERS, reshapeBatchAdvice, SEQUENCE_LAYERS } from './batch-advice';
import { MAX_WEIGHT_VALUES, WeightTooLargeError } from './build';
import { layerDef, RECURRENT_TYPES } from './catalog';
import type { Advice, ModelFix, Shape } from './designer-types';
import { msg, type Message } from '../i18n/message';
import { product, shapeText } from './format';
import type { LayerSpec } from './types';

export interface ShapeProblem {
  readonly layers: readonly LayerSpec[];
  readonly index: number;
  readonly inputShape: Shape;
  /** tf.layers' output shape when it computed one with a length of 0 or less instead of throwing. */
  readonly outputShape?: Shape;
  readonly error?: unknown;
  /** The model's input shape, without None: a batch size written into it is named (batch-advice.ts). */
  readonly modelInput?: readonly number[];
}
/** Layers that keep the shape: looking back through them finds the layer that made it. */
const SHAPE_KEEPING = new Set(['dropout', 'activation', 'batchNormalization']);

/** The same layer family in the other dimension: conv1d ↔ conv2d, maxPooling1d ↔ maxPooling2d, … */
const OTHER_DIMENSION: Readonly<Record<string, string>> = {
  conv1d: 'conv2d', conv2d: 'conv1d',
  maxPooling1d: 'maxPooling2d', maxPooling2d: 'maxPooling1d',
  averagePooling1d: 'averagePooling2d', averagePooling2d: 'averagePooling1d',
  globalAveragePooling1d: 'globalAveragePooling2d', globalAveragePooling2d: 'globalAveragePooling1d',
};

export function classNameOf(type: string): string {
  return layerDef(type)?.className ?? type;
}

/** "layer 2 (LSTM)", counted from 1 as the user counts. */
export function layerRef(layers: readonly LayerSpec[], index: number, start = false): Message {
  return msg(start ? 'model.layerRefStart' : 'model.layerRef', { n: index + 1, layer: classNameOf(layers[index]?.type ?? '?') });
}

export function detailOf(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  return error instanceof Error ? error.message : String(error);
}

export function removeFix(index: number): ModelFix {
  return { label: msg('model.fix.removeLayer', { n: index + 1 }), edits: [{ kind: 'remove', index }] };
}

function reshapeFix(index: number, target: readonly number[]): ModelFix {
  return { label: msg('model.fix.reshapeTo', { shape: shapeText(target) }), edits: [{ kind: 'insert', index, layer: { type: 'reshape', targetShape: [...target] } }] };
}

/** The first number of a size argument: 3 or [3, 5] → 3. */
function firstSize(value: unknown, fallback: number): number {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return fallback;
}

/** The layer rewritten as its 1-D or 2-D sibling, keeping the arguments both take; sizes clipped to `maxLength`. */
function otherDimension(layer: LayerSpec, maxLength: number): LayerSpec {
  const type = OTHER_DIMENSION[layer.type] ?? layer.type;
  const keep = new Set(layerDef(type)?.params.map((p) => p.key) ?? []);
  const next: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(layer)) {
    if (key === 'type' || !keep.has(key)) continue;
    next[key] = key === 'kernelSize' || key === 'poolSize' || key === 'strides' ? Math.min(firstSize(value, 1), maxLength) : value;
  }
  return next as LayerSpec;
}

/** The recurrent layer that made this input, looking back through shape-keeping layers; -1 if none. */
function recurrentBefore(layers: readonly LayerSpec[], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const type = layers[i]?.type ?? '';
    if (RECURRENT_TYPES.has(type)) return layers[i]?.returnSequences === true ? -1 : i;
    if (!SHAPE_KEEPING.has(type)) return -1;
  }
  return -1;
}

function needsSequence(p: ShapeProblem, layer: LayerSpec, cls: string): Advice {
  const got = shapeText(p.inputShape);
  const d = p.inputShape.slice(1).map((x) => x ?? 0);
  const expected = '(None, timesteps, features)';
  const base = { layer: cls, recurrent: RECURRENT_TYPES.has(layer.type) ? 'yes' : 'no', expected, got };
  const detail = detailOf(p.error);
  if (d.length === 1) {
    const k = recurrentBefore(p.layers, p.index);
    if (k >= 0) {
      return {
        code: 'shape/needs-return-sequences', severity: 'error', expected, got, detail,
        message: msg('model.advice.needsSequence', { ...base, reason: 'returnSequences', source: layerRef(p.layers, k), sourceN: k + 1 }),
        fixes: [{ label: msg('model.fix.setReturnSequences', { n: k + 1 }), edits: [{ kind: 'set-args', index: k, args: { returnSequences: true } }] }],
      };
    }
    const len = d[0] ?? 0;
    return {
      code: 'shape/needs-sequence', severity: 'error', expected, got, detail,
      message: msg('model.advice.needsSequence', { ...base, reason: 'row', length: len, shape: shapeText([len, 1]) }),
      fixes: [reshapeFix(p.index, [len, 1])],
    };
  }
  const fixes: ModelFix[] = [];
  const [h = 0, ...rest] = d;
  const sibling = OTHER_DIMENSION[layer.type];
  if (d.length === 3 && sibling) {
    fixes.push({ label: msg('model.fix.useLayer', { layer: classNameOf(sibling) }), edits: [{ kind: 'replace', index: p.index, layer: otherDimension(layer, Math.min(h, d[1] ?? h)) }] });
  }
  fixes.push(reshapeFix(p.index, [h, product(rest)]));
  const message =
    d.length === 3
      ? msg('model.advice.needsSequence', { ...base, reason: 'image', rows: h, values: product(rest), shape: shapeText([h, product(rest)]), sibling: sibling ? classNameOf(sibling) : 'none' })
      : msg('model.advice.needsSequence', { ...base, reason: 'axes', axes: d.length });
  return { code: 'shape/needs-sequence', severity: 'error', expected, got, detail, message, fixes };
}

function needsImage(p: ShapeProblem, layer: LayerSpec, cls: string): Advice {
  const got = shapeText(p.inputShape);
  const d = p.inputShape.slice(1).map((x) => x ?? 0);
  const expected = layer.dataFormat === 'channels_first' ? '(None, channels, height, width)' : '(None, height, width, channels)';
  const base = { layer: cls, expected, got };
  const detail = detailOf(p.error);
  const sibling = OTHER_DIMENSION[layer.type] ?? layer.type;
  const fixes: ModelFix[] = [];
  let message: Message;
  if (d.length === 1) {
    const len = d[0] ?? 0;
    if (layer.type === 'conv2d') {
      const units = typeof layer.filters === 'number' ? layer.filters : 32;
      const dense: Record<string, unknown> = { type: 'dense', units };
      if (layer.activation !== undefined) dense.activation = layer.activation;
      fixes.push({ label: msg('model.fix.useLayer', { layer: `Dense(${units})` }), edits: [{ kind: 'replace', index: p.index, layer: dense as LayerSpec }] });
      message = msg('model.advice.needsImage', { ...base, reason: 'rowConv', length: len, shape: shapeText([len, 1]) });
    } else {
      fixes.push(removeFix(p.index));
      message = msg('model.advice.needsImage', { ...base, reason: 'rowPool', length: len });
    }
    if (layer.type !== 'globalAveragePooling2d') {
      fixes.push({
        label: msg('model.fix.reshapeAndUse', { shape: shapeText([len, 1]), layer: classNameOf(sibling) }),
        edits: [
          { kind: 'insert', index: p.index, layer: { type: 'reshape', targetShape: [len, 1] } },
          { kind: 'replace', index: p.index + 1, layer: otherDimension(layer, len) },
        ],
      });
    }
  } else if (d.length === 2) {
    const [steps = 0, features = 0] = d;
    message = msg('model.advice.needsImage', { ...base, reason: 'sequence', steps, features, sibling: classNameOf(sibling), shape: shapeText([steps, features, 1]) });
    fixes.push({ label: msg('model.fix.useLayer', { layer: classNameOf(sibling) }), edits: [{ kind: 'replace', index: p.index, layer: otherDimension(layer, steps) }] });
    if (layer.type !== 'globalAveragePooling2d') fixes.push(reshapeFix(p.index, [steps, features, 1]));
  } else {
    message = msg('model.advice.needsImage', { ...base, reason: 'axes', axes: d.length });
    fixes.push(reshapeFix(p.index, [d[0] ?? 1, d[1] ?? 1, product(d.slice(2))]));
  }
  return { code: 'shape/needs-image', severity: 'error', expected, got, detail, message, fixes };
}

function reshapeSize(p: ShapeProblem, layer: LayerSpec): Advice {
  const d = p.inputShape.slice(1).map((x) => x ?? 0);
  const total = product(d);
  const target = Array.isArray(layer.targetShape) ? (layer.targetShape as number[]) : [];
  const batch = reshapeBatchAdvice(p.index, p.inputShape, target);
  if (batch) return { ...batch, detail: detailOf(p.error) };
  const known = product(target.filter((x) => x !== -1));
  const wanted = shapeText(target);
  const message = target.includes(-1)
    ? msg('model.advice.reshapeSize.split', { target: wanted, total, input: shapeText(p.inputShape), known })
    : msg('model.advice.reshapeSize.count', { target: wanted, product: target.map(String).join(' × '), known, input: shapeText(p.inputShape), total });
  const candidates: number[][] = [];
  const rest = target.slice(1);
  if (target.length >= 2 && rest.every((x) => x > 0) && total % product(rest) === 0) candidates.push([total / product(rest), ...rest]);
  candidates.push(target.length >= 2 ? [total, 1] : [total]);
  const fixes = candidates
    .filter((c, i) => candidates.findIndex((o) => o.join() === c.join()) === i && c.join() !== target.join())
    .map((c): ModelFix => ({ label: msg('model.fix.reshapeInstead', { shape: shapeText(c) }), edits: [{ kind: 'set-args', index: p.index, args: { targetShape: c } }] }));
  return {
    code: 'shape/reshape-size', severity: 'error', message, fixes, detail: detailOf(p.error),
    expected: msg('model.advice.shapeOfValues', { total, shape: shapeText(candidates[0] ?? [total]) }), got: wanted,
  };
}

/** As many numbers as `count`, from 3 or [3, 5]. */
function sizes(value: unknown, count: number, fallback: number): number[] {
  if (Array.isArray(value)) return Array.from({ length: count }, (_, i) => (typeof value[i] === 'number' ? (value[i] as number) : fallback));
  return Array.from({ length: count }, () => (typeof value === 'number' ? value : fallback));
}

function windowTooLarge(p: ShapeProblem, layer: LayerSpec, cls: string): Advice {
  const isPool = layer.type.toLowerCase().includes('pooling');
  const key = isPool ? 'poolSize' : 'kernelSize';
  const pool = isPool ? 'yes' : 'no';
  const spatial = (layer.dataFormat === 'channels_first' ? p.inputShape.slice(2) : p.inputShape.slice(1, -1)).map((x) => x ?? 0);
  const window = sizes(layer[key], spatial.length, isPool ? 2 : 3);
  const axes = spatial.length === 1 ? ['steps'] : ['height', 'width'];
  const tooBig = window.map((k, i) => ({ k, len: spatial[i] ?? 0, axis: axes[i] ?? 'length' })).filter((a) => a.k > a.len);
  const first = tooBig[0] ?? { k: window[0] ?? 0, len: spatial[0] ?? 0, axis: axes[0] ?? 'length' };
  const clipped = window.map((k, i) => Math.min(k, spatial[i] ?? k));
  const newSize = clipped.every((v) => v === clipped[0]) ? clipped[0] : clipped;
  const out = p.outputShape ? shapeText(p.outputShape) : undefined;
  return {
    code: 'shape/window-too-large', severity: 'error', detail: out ? `tf.layers computed ${out}` : detailOf(p.error),
    expected: msg('model.advice.window.expected', { pool, sizes: spatial.join('×') }),
    got: msg('model.advice.window.got', { pool, window: window.join('×'), input: shapeText(p.inputShape) }),
    message: msg('model.advice.window', {
      layer: cls, pool, window: first.k, input: shapeText(p.inputShape), length: first.len, axis: first.axis,
      positions: String(first.len - first.k + 1).replace('-', '−'),
    }),
    fixes: [
      { label: msg('model.fix.paddingSame'), edits: [{ kind: 'set-args', index: p.index, args: { padding: 'same' } }] },
      { label: msg('model.fix.setWindow', { pool, size: Array.isArray(newSize) ? newSize.join('×') : String(newSize) }), edits: [{ kind: 'set-args', index: p.index, args: { [key]: newSize } }] },
    ],
  };
}

function tooManyWeights(p: ShapeProblem, cls: string, error: WeightTooLargeError): Advice {
  const total = product(error.shape);
  return {
    code: 'shape/too-many-weights', severity: 'error', detail: error.message, got: shapeText(p.inputShape),
    expected: msg('model.advice.tooManyWeights.expected', { max: MAX_WEIGHT_VALUES }),
    message: msg('model.advice.tooManyWeights', { layer: cls, input: shapeText(p.inputShape), product: error.shape.map(String).join(' × '), total, max: MAX_WEIGHT_VALUES }),
    fixes: [],
  };
}

/** Why layer `p.index` cannot take its input, in plain words, with fixes. */
export function shapeAdvice(p: ShapeProblem): Advice {
  const layer = p.layers[p.index] ?? { type: '?' };
  const cls = classNameOf(layer.type);
  const rank = p.inputShape.length - 1;
  if (p.error instanceof WeightTooLargeError) return tooManyWeights(p, cls, p.error);
  if (layer.type === 'reshape' && p.error !== undefined) return reshapeSize(p, layer);
  const batch = batchAxisAdvice(p);
  if (batch) return { ...batch, detail: detailOf(p.error) };
  if (SEQUENCE_LAYERS.has(layer.type) && rank !== 2) return needsSequence(p, layer, cls);
  if (IMAGE_LAYERS.has(layer.type) && rank !== 3) return needsImage(p, layer, cls);
  if (layer.type === 'flatten' && rank === 1) {
    return {
      code: 'shape/flatten-flat', severity: 'error', expected: msg('model.advice.flattenFlat.expected'), got: shapeText(p.inputShape),
      detail: detailOf(p.error),
      message: msg('model.advice.flattenFlat', { input: shapeText(p.inputShape) }),
      fixes: [removeFix(p.index)],
    };
  }
  if (p.outputShape && p.outputShape.some((d) => d !== null && d <= 0)) return windowTooLarge(p, layer, cls);
  return {
    code: 'shape/cannot-take-input', severity: 'error', got: shapeText(p.inputShape), detail: detailOf(p.error),
    message: msg('model.advice.cannotTakeInput', { layer: cls, input: shapeText(p.inputShape) }),
    fixes: [removeFix(p.index)],
  };
}
