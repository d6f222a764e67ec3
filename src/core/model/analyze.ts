/**
 * The model report: every layer built by its tf.layers factory (build.ts) and applied to a
 * symbolic input of the previous layer's output shape, one layer at a time, so that shapes
 * and parameter counts are tfjs' own and a failure is found at its layer. Explanations read
 * the built layer's configuration; advice says why a layer cannot take its input. A Masking
 * layer's marks are followed from layer to layer as tfjs follows them (mask.ts), since a layer
 * probed alone never sees them. Never throws.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError, quoteInput } from '../errors';
import { msg } from '../i18n/message';
import { detailOf, removeFix, shapeAdvice } from './advice';
import { showValue } from './args';
import { createLayer, kerasLayerNames, WeightTooLargeError } from './build';
import { layerProblems } from './args';
import { layerDef } from './catalog';
import type { Advice, HeadContext, LayerReport, ModelFix, ModelReport, Shape } from './designer-types';
import { applyFixToSpec } from './edits';
import { batchSentence, hugeLayerAdvice } from './explain-size';
import { explainLayer } from './explain';
import { headAdvice, headAdviceWithoutData } from './head-advice';
import { modelNotes } from './model-notes';
import { shortExampleAdvice, type DataContext } from './short-examples';
import { followMask, maskBehaviour, maskOutcomeSentence, maskRefusedAdvice, maskUnusedAdvice, type MaskBehaviour, type MaskFlow, type MaskOutcome } from './mask';
import type { LayerSpec, ModelSpec } from './types';

interface Built {
  readonly outputShape: Shape;
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly config: Record<string, unknown>;
  readonly weights: { name: string; shape: number[] }[];
  readonly className: string;
  readonly mask: MaskBehaviour;
}

function countValues(weights: readonly tf.LayerVariable[]): number {
  return weights.reduce((sum, w) => sum + w.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);
}

/** Frees a layer's weights, also those of a layer whose build stopped half-way (tfjs' dispose refuses unbuilt layers). */
function release(layer: tf.layers.Layer): void {
  try {
    layer.dispose();
  } catch {
    for (const w of layer.weights) {
      try {
        w.dispose();
      } catch {
        // already disposed
      }
    }
  }
}

/** Builds one layer on a symbolic input; reads what tfjs computed and frees the weights. */
function probe(layer: LayerSpec, index: number, name: string, inputShape: Shape): { built: Built } | { error: unknown } {
  const made: { layer?: tf.layers.Layer; output?: tf.SymbolicTensor | tf.SymbolicTensor[] } = {};
  try {
    // tidy frees what initializers make on the way (LSTM's forget-gate bias is built from pieces); variables survive it.
    tf.tidy(() => {
      made.layer = createLayer(layer, { index, name, inputShape });
      // batchShape keeps a fixed batch size (the spec's batchSize) in every shape tfjs computes.
      const batchShape = [inputShape[0] ?? null, ...inputShape.slice(1).map((d) => d ?? 0)];
      made.output = made.layer.apply(tf.input({ batchShape })) as tf.SymbolicTensor | tf.SymbolicTensor[];
    });
    const built = made.layer;
    const output = made.output;
    if (!built || !output) throw new Error('tf.layers returned no layer or no output');
    const shape = (Array.isArray(output) ? output[0]?.shape : output.shape) ?? [];
    return {
      built: {
        outputShape: [...shape],
        params: built.countParams(),
        trainableParams: countValues(built.trainableWeights),
        nonTrainableParams: countValues(built.nonTrainableWeights),
        config: built.getConfig() as Record<string, unknown>,
        weights: built.weights.map((w) => ({ name: w.originalName.split('/').pop() ?? w.originalName, shape: w.shape.map((d) => d ?? 0) })),
        className: built.getClassName(),
        mask: maskBehaviour(built),
      },
    };
  } catch (error) {
    if (error instanceof WeightTooLargeError && DENSE_LIKE.has(layer.type) && typeof layer.units === 'number') {
      return countedDense(layer, layer.units, index, name, inputShape);
    }
    return { error };
  } finally {
    if (made.layer) release(made.layer);
  }
}

/** Dense and TimeDistributed(Dense): a kernel too large to allocate for the analysis is counted instead. */
const DENSE_LIKE: ReadonlySet<string> = new Set(['dense', 'timeDistributed']);

/**
 * A Dense layer whose kernel is larger than the analysis allocates (Keras builds Dense(71750)):
 * tfjs builds it with one unit for the shape, and its weights are counted, f × units + units.
 */
function countedDense(layer: LayerSpec, units: number, index: number, name: string, inputShape: Shape): { built: Built } | { error: unknown } {
  const small = probe({ ...layer, units: 1 }, index, name, inputShape);
  if (!('built' in small)) return small;
  const f = inputShape[inputShape.length - 1] ?? 0;
  const bias = layer.useBias !== false;
  const params = f * units + (bias ? units : 0);
  const weights = [{ name: 'kernel', shape: [f, units] }, ...(bias ? [{ name: 'bias', shape: [units] }] : [])];
  const outputShape = [...small.built.outputShape.slice(0, -1), units];
  return { built: { ...small.built, outputShape, params, trainableParams: params, nonTrainableParams: 0, config: { ...small.built.config, units }, weights } };
}

function argAdvice(layer: LayerSpec, index: number): Advice[] {
  const def = layerDef(layer.type);
  return layerProblems(layer).map((problem): Advice => {
    if (!def || problem.key === null) {
      return { code: 'args/unknown-type', severity: 'error', message: problem.message, got: showValue(layer.type), fixes: [removeFix(index)] };
    }
    const param = def.params.find((p) => p.key === problem.key);
    const fixes: ModelFix[] = [];
    if (!param) {
      fixes.push({ label: msg('model.fix.removeArg', { key: quoteInput(problem.key) }), edits: [{ kind: 'set-args', index, args: { [problem.key]: undefined } }] });
    } else if (param.default !== null && param.default !== undefined) {
      fixes.push({ label: msg('model.fix.setArg', { key: param.key, label: param.label, value: showValue(param.default) }), edits: [{ kind: 'set-args', index, args: { [param.key]: param.default } }] });
    } else {
      fixes.push({ label: msg('model.fix.defaultArg', { key: param.key, label: param.label }), edits: [{ kind: 'set-args', index, args: { [param.key]: undefined } }] });
    }
    return { code: param ? 'args/invalid' : 'args/unknown', severity: 'error', message: problem.message, got: showValue(layer[problem.key]), fixes };
  });
}

function validInputShape(shape: readonly number[], batchSize: number | undefined): boolean {
  const batchOk = batchSize === undefined || (Number.isInteger(batchSize) && batchSize > 0);
  return batchOk && Array.isArray(shape) && shape.length > 0 && shape.every((d) => Number.isInteger(d) && d > 0);
}

function inputAdvice(spec: ModelSpec): Advice[] {
  const advice: Advice[] = [];
  if (!validInputShape(spec.inputShape, undefined)) {
    advice.push({
      code: 'input/bad-shape', severity: 'error', got: showValue(spec.inputShape), fixes: [], expected: msg('model.advice.badInputShape.expected'),
      message: msg('model.advice.badInputShape', { shape: showValue(spec.inputShape) }),
    });
  }
  if (spec.batchSize !== undefined && !validInputShape([1], spec.batchSize)) {
    advice.push({
      code: 'input/bad-batch-size', severity: 'error', got: showValue(spec.batchSize), fixes: [], expected: msg('model.advice.badBatchSize.expected'),
      message: msg('model.advice.badBatchSize', { size: showValue(spec.batchSize) }),
    });
  }
  return advice;
}

/** The batch axis: None, or the spec's fixed batch size. */
function batchAxis(spec: ModelSpec): number | null {
  return typeof spec.batchSize === 'number' ? spec.batchSize : null;
}

function isError(a: Advice): boolean {
  return a.severity === 'error';
}

function analyse(spec: ModelSpec, head: HeadContext | undefined, data?: DataContext): ModelReport {
  const names = kerasLayerNames(spec);
  const inputOk = validInputShape(spec.inputShape, spec.batchSize);
  const inputShape: Shape = [batchAxis(spec), ...(Array.isArray(spec.inputShape) ? spec.inputShape : [])];
  const shapes: Shape[] = [inputShape];
  let current: Shape | null = inputOk ? inputShape : null;
  let mask: MaskFlow | null = null;
  const outcomes: MaskOutcome[] = [];
  const layers: LayerReport[] = spec.layers.map((layer, index) => {
    const className = layerDef(layer.type)?.className ?? String(layer.type);
    const name = names[index] ?? String(layer.type);
    const advice: Advice[] = argAdvice(layer, index);
    if (index === 0 && !inputOk) advice.unshift(...inputAdvice(spec));
    const empty = { index, type: layer.type, className, name, params: 0, trainableParams: 0, nonTrainableParams: 0, explanation: [], terms: [] };
    const inShape = current;
    if (inShape === null || advice.some(isError)) {
      current = null;
      return { ...empty, inputShape: inShape, outputShape: null, advice };
    }
    const result = probe(layer, index, name, inShape);
    const out = 'built' in result ? result.built.outputShape : undefined;
    if ('error' in result || (out && out.some((d) => d !== null && d <= 0))) {
      current = null;
      const problem = shapeAdvice({
        layers: spec.layers, index, inputShape: inShape, outputShape: out, error: 'error' in result ? result.error : undefined, modelInput: spec.inputShape,
      });
      return { ...empty, inputShape: inShape, outputShape: null, advice: [...advice, problem] };
    }
    const built = result.built;
    const words = explainLayer({ ...built, spec: layer, className, inputShape: inShape, outputShape: built.outputShape });
    const fixedBatch = batchAxis(spec);
    if (index === 0 && fixedBatch !== null) words.explanation.unshift(batchSentence(fixedBatch));
    const huge = hugeLayerAdvice(className, built.params);
    if (huge) advice.push(huge);
    const marks = followMask(mask, index, spec.layers, inShape, built.mask);
    mask = marks.next;
    if (marks.ended) outcomes.push(marks.ended);
    if (marks.ended?.refusedBy === index) advice.push(maskRefusedAdvice(spec.layers, marks.ended.flow, index, built.outputShape, built.mask.refusal));
    current = built.outputShape;
    shapes.push(built.outputShape);
    return {
      ...empty, inputShape: inShape, outputShape: built.outputShape, params: built.params,
      trainableParams: built.trainableParams, nonTrainableParams: built.nonTrainableParams,
      explanation: words.explanation, terms: words.terms, advice,
    };
  });

  const allBuilt = layers.length > 0 && layers.every((l) => l.outputShape !== null);
  if (mask && allBuilt) outcomes.push({ flow: mask });
  for (const outcome of outcomes) {
    const masking = layers[outcome.flow.from];
    if (!masking) continue;
    const explanation = [...masking.explanation];
    explanation.splice(Math.max(explanation.length - 1, 0), 0, maskOutcomeSentence(spec.layers, outcome));
    const unused = outcome.flow.readers.length === 0 && outcome.refusedBy === undefined;
    layers[outcome.flow.from] = { ...masking, explanation, advice: unused ? [...masking.advice, maskUnusedAdvice(outcome.flow)] : masking.advice };
  }
  const placed = [
    ...(head && allBuilt ? headAdvice(spec.layers, shapes, head) : []),
    ...(!head && allBuilt ? headAdviceWithoutData(spec.layers) : []),
    ...(allBuilt ? shortExampleAdvice(spec.layers, data) : []),
    ...modelNotes(layers, spec.layers),
  ];
  for (const { index, advice } of placed) {
    const target = layers[index];
    if (target) layers[index] = { ...target, advice: [...target.advice, advice] };
  }
  const trainableParams = layers.reduce((t, l) => t + l.trainableParams, 0);
  const nonTrainableParams = layers.reduce((t, l) => t + l.nonTrainableParams, 0);
  return {
    inputShape,
    layers,
    outputShape: allBuilt ? (layers[layers.length - 1]?.outputShape ?? null) : null,
    totalParams: trainableParams + nonTrainableParams,
    trainableParams,
    nonTrainableParams,
    valid: allBuilt && layers.every((l) => !l.advice.some(isError)),
  };
}

/**
 * A fix is kept only if, once applied, the layers up to the fixed one build, have no error left
 * (the head's advice aside: the head is judged on its own) and the advice it answers is gone.
 */
function fixWorks(spec: ModelSpec, head: HeadContext | undefined, data: DataContext | undefined, index: number, advice: Advice, fix: ModelFix): boolean {
  const fixed = applyFixToSpec(spec, fix);
  const through = index + fixed.layers.length - spec.layers.length;
  const report = analyse(fixed, head, data);
  return report.layers.slice(0, Math.max(through + 1, 0)).every(
    (l) => l.outputShape !== null && !l.advice.some((a) => a.code === advice.code || (isError(a) && !a.code.startsWith('head/'))),
  );
}

function keepWorkingFixes(spec: ModelSpec, head: HeadContext | undefined, data: DataContext | undefined, report: ModelReport): ModelReport {
  const layers = report.layers.map((layer) => {
    if (!layer.advice.some((a) => a.fixes.length > 0 && !a.code.startsWith('args/'))) return layer;
    const advice = layer.advice.map((a) =>
      a.code.startsWith('args/') ? a : { ...a, fixes: a.fixes.filter((fix) => fixWorks(spec, head, data, layer.index, a, fix)) },
    );
    return { ...layer, advice };
  });
  return { ...report, layers };
}

/**
 * Shapes, parameter counts, arithmetic and advice for every layer, from tfjs-layers; with the
 * head the data needs, and what else the data says (short recordings), when they are known.
 */
export function analyzeModel(spec: ModelSpec, head?: HeadContext, data?: DataContext): ModelReport {
  try {
    const report = analyse(spec, head, data);
    return keepWorkingFixes(spec, head, data, report);
  } catch (err) {
    // A tfjs failure outside any one layer (no backend, out of memory): the report says so instead of throwing.
    const detail = err instanceof AppError ? err.message : detailOf(err);
    const layers: LayerReport[] = spec.layers.map((layer, index) => ({
      index, type: layer.type, className: layerDef(layer.type)?.className ?? String(layer.type), name: String(layer.type),
      inputShape: null, outputShape: null, params: 0, trainableParams: 0, nonTrainableParams: 0, explanation: [], terms: [],
      advice: index === 0 ? [{ code: 'internal/analysis-failed', severity: 'error', message: msg('model.advice.analysisFailed'), detail, fixes: [] }] : [],
    }));
    return { inputShape: [batchAxis(spec), ...spec.inputShape], layers, outputShape: null, totalParams: 0, trainableParams: 0, nonTrainableParams: 0, valid: false };
  }
}
