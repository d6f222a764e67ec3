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
import { formatCount as n, product, shapeText } from './format';
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
export function layerRef(layers: readonly LayerSpec[], index: number): string {
  return `layer ${index + 1} (${classNameOf(layers[index]?.type ?? '?')})`;
}

export function detailOf(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  return error instanceof Error ? error.message : String(error);
}

export function removeFix(index: number): ModelFix {
  return { label: `Remove layer ${index + 1}`, edits: [{ kind: 'remove', index }] };
}

function reshapeFix(index: number, target: readonly number[]): ModelFix {
  return { label: `Reshape to ${shapeText(target)}`, edits: [{ kind: 'insert', index, layer: { type: 'reshape', targetShape: [...target] } }] };
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
  const reads = RECURRENT_TYPES.has(layer.type) ? 'reads a sequence one step after another' : 'slides along the steps of a sequence';
  const base = `${cls} ${reads}: it expects 3 axes, ${expected}, but it got ${got}`;
  const detail = detailOf(p.error);
  if (d.length === 1) {
    const k = recurrentBefore(p.layers, p.index);
    if (k >= 0) {
      return {
        code: 'shape/needs-return-sequences', severity: 'error', expected, got, detail,
        message: `${base}: ${layerRef(p.layers, k)} passes on only its last state because its return_sequences is off. Set return_sequences on layer ${k + 1} so that it outputs one state per step.`,
        fixes: [{ label: `Set return_sequences on layer ${k + 1}`, edits: [{ kind: 'set-args', index: k, args: { returnSequences: true } }] }],
      };
    }
    const len = d[0] ?? 0;
    return {
      code: 'shape/needs-sequence', severity: 'error', expected, got, detail,
      message: `${base}: one row of ${n(len)} values, with no steps. Reshape each row to (${len}, 1): ${n(len)} timesteps of 1 feature, read one by one.`,
      fixes: [reshapeFix(p.index, [len, 1])],
    };
  }
  const fixes: ModelFix[] = [];
  const [h = 0, ...rest] = d;
  const sibling = OTHER_DIMENSION[layer.type];
  if (d.length === 3 && sibling) {
    fixes.push({ label: `Use ${classNameOf(sibling)}`, edits: [{ kind: 'replace', index: p.index, layer: otherDimension(layer, Math.min(h, d[1] ?? h)) }] });
  }
  fixes.push(reshapeFix(p.index, [h, product(rest)]));
  const what = d.length === 3 ? `an image (height, width, channels); read it as ${n(h)} rows of ${n(product(rest))} values with Reshape to (${h}, ${product(rest)})${sibling ? `, or use ${classNameOf(sibling)}` : ''}` : `${d.length} axes after None`;
  return { code: 'shape/needs-sequence', severity: 'error', expected, got, detail, message: `${base}: ${what}.`, fixes };
}

function needsImage(p: ShapeProblem, layer: LayerSpec, cls: string): Advice {
  const got = shapeText(p.inputShape);
  const d = p.inputShape.slice(1).map((x) => x ?? 0);
  const expected = layer.dataFormat === 'channels_first' ? '(None, channels, height, width)' : '(None, height, width, channels)';
  const base = `${cls} slides over the height and width of an image: it expects 4 axes, ${expected}, but it got ${got}`;
  const detail = detailOf(p.error);
  const sibling = OTHER_DIMENSION[layer.type] ?? layer.type;
  const fixes: ModelFix[] = [];
  let what: string;
  if (d.length === 1) {
    const len = d[0] ?? 0;
    what = `: a row of ${n(len)} values, with neither height nor width.`;
    if (layer.type === 'conv2d') {
      const units = typeof layer.filters === 'number' ? layer.filters : 32;
      const dense: Record<string, unknown> = { type: 'dense', units };
      if (layer.activation !== undefined) dense.activation = layer.activation;
      fixes.push({ label: `Use Dense(${units})`, edits: [{ kind: 'replace', index: p.index, layer: dense as LayerSpec }] });
      what += ` Use Dense for a row of values, or Conv1D along the values after reshaping them to (${len}, 1).`;
    } else {
      fixes.push(removeFix(p.index));
      what += ' Pooling needs neighbouring positions; a row of values has none, so remove it (or reshape the row into steps and pool along them).';
    }
    if (layer.type !== 'globalAveragePooling2d') {
      fixes.push({
        label: `Reshape to (${len}, 1) and use ${classNameOf(sibling)}`,
        edits: [
          { kind: 'insert', index: p.index, layer: { type: 'reshape', targetShape: [len, 1] } },
          { kind: 'replace', index: p.index + 1, layer: otherDimension(layer, len) },
        ],
      });
    }
  } else if (d.length === 2) {
    const [steps = 0, features = 0] = d;
    what = `: a sequence of ${n(steps)} steps with ${n(features)} features, which has no channels axis. Use ${classNameOf(sibling)} along the steps, or reshape to (${steps}, ${features}, 1) to treat it as a one-channel image.`;
    fixes.push({ label: `Use ${classNameOf(sibling)}`, edits: [{ kind: 'replace', index: p.index, layer: otherDimension(layer, steps) }] });
    if (layer.type !== 'globalAveragePooling2d') fixes.push(reshapeFix(p.index, [steps, features, 1]));
  } else {
    what = `: ${d.length} axes after None.`;
    fixes.push(reshapeFix(p.index, [d[0] ?? 1, d[1] ?? 1, product(d.slice(2))]));
  }
  return { code: 'shape/needs-image', severity: 'error', expected, got, detail, message: base + what, fixes };
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
    ? `Reshape to ${wanted} must split the ${n(total)} values of each example of ${shapeText(p.inputShape)} into groups of ${n(known)}, but ${n(total)} is not a multiple of ${n(known)}.`
    : `Reshape to ${wanted} needs ${target.map(n).join(' × ')} = ${n(known)} values per example, but the input ${shapeText(p.inputShape)} holds ${n(total)}.`;
  const candidates: number[][] = [];
  const rest = target.slice(1);
  if (target.length >= 2 && rest.every((x) => x > 0) && total % product(rest) === 0) candidates.push([total / product(rest), ...rest]);
  candidates.push(target.length >= 2 ? [total, 1] : [total]);
  const fixes = candidates
    .filter((c, i) => candidates.findIndex((o) => o.join() === c.join()) === i && c.join() !== target.join())
    .map((c) => ({ label: `Reshape to ${shapeText(c)} instead`, edits: [{ kind: 'set-args' as const, index: p.index, args: { targetShape: c } }] }));
  return {
    code: 'shape/reshape-size', severity: 'error', message, fixes, detail: detailOf(p.error),
    expected: `a shape of ${n(total)} values, such as ${shapeText(candidates[0] ?? [total])}`, got: wanted,
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
  const word = isPool ? 'pool size' : 'kernel size';
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
    expected: `a ${word} of at most ${spatial.map(n).join('×')}, or padding same`,
    got: `${word} ${window.join('×')} on ${shapeText(p.inputShape)}`,
    message:
      `${cls}’s ${word} is ${n(first.k)}, but the input ${shapeText(p.inputShape)} has only ${n(first.len)} ${first.axis === 'steps' ? 'steps' : `pixels of ${first.axis}`}: ` +
      `with padding valid the window must fit inside the input, and ${n(first.len)} − ${n(first.k)} + 1 = ${String(first.len - first.k + 1).replace('-', '−')} positions leave nothing. ` +
      `Use padding same (zeros added at the edges) or a ${word} of at most ${n(first.len)}.`,
    fixes: [
      { label: 'Use padding same', edits: [{ kind: 'set-args', index: p.index, args: { padding: 'same' } }] },
      { label: `Set ${word} to ${Array.isArray(newSize) ? newSize.join('×') : String(newSize)}`, edits: [{ kind: 'set-args', index: p.index, args: { [key]: newSize } }] },
    ],
  };
}

function tooManyWeights(p: ShapeProblem, cls: string, error: WeightTooLargeError): Advice {
  const total = product(error.shape);
  return {
    code: 'shape/too-many-weights', severity: 'error', detail: error.message, got: shapeText(p.inputShape),
    expected: `at most ${n(MAX_WEIGHT_VALUES)} numbers in one weight`,
    message:
      `${cls} on ${shapeText(p.inputShape)} would need a weight of ${error.shape.map(n).join(' × ')} = ${n(total)} numbers, ` +
      `more than the app can hold for one layer (${n(MAX_WEIGHT_VALUES)}). Use fewer units or filters, or make the input smaller first (pooling, GlobalAveragePooling).`,
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
      code: 'shape/flatten-flat', severity: 'error', expected: '(None, a, b, …): 2 or more axes after None', got: shapeText(p.inputShape),
      detail: detailOf(p.error),
      message: `Flatten turns each example into one row, but the input ${shapeText(p.inputShape)} is already one row per example: there is nothing to flatten (Keras lets it through unchanged; TensorFlow.js refuses it). Remove it.`,
      fixes: [removeFix(p.index)],
    };
  }
  if (p.outputShape && p.outputShape.some((d) => d !== null && d <= 0)) return windowTooLarge(p, layer, cls);
  return {
    code: 'shape/cannot-take-input', severity: 'error', got: shapeText(p.inputShape), detail: detailOf(p.error),
    message: `${cls} cannot take the input ${shapeText(p.inputShape)} with its current settings.`,
    fixes: [removeFix(p.index)],
  };
}
