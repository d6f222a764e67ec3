/**
 * The model report: every layer built by its tf.layers factory (build.ts) and applied to a
 * symbolic input of the previous layer's output shape, one layer at a time, so that shapes
 * and parameter counts are tfjs' own and a failure is found at its layer. Explanations read
 * the built layer's configuration; advice says why a layer cannot take its input. A Masking
 * layer's marks are followed from layer to layer as tfjs follows them (mask.ts), since a layer
 * probed alone never sees them. Never throws.
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { detailOf, removeFix, shapeAdvice } from './advice';
import { showValue } from './args';
import { createLayer, kerasLayerNames } from './build';
import { layerProblems } from './args';
import { layerDef } from './catalog';
import type { Advice, HeadContext, LayerReport, ModelFix, ModelReport, Shape } from './designer-types';
import { applyFixToSpec } from './edits';
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
      made.output = made.layer.apply(tf.input({ shape: inputShape.slice(1).map((d) => d ?? 0) })) as tf.SymbolicTensor | tf.SymbolicTensor[];
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
    return { error };
  } finally {
    if (made.layer) release(made.layer);
  }
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
      fixes.push({ label: `Remove “${problem.key}”`, edits: [{ kind: 'set-args', index, args: { [problem.key]: undefined } }] });
    } else if (param.default !== null && param.default !== undefined) {
      fixes.push({ label: `Set ${param.label.toLowerCase()} to ${showValue(param.default)}`, edits: [{ kind: 'set-args', index, args: { [param.key]: param.default } }] });
    } else {
      fixes.push({ label: `Use the default ${param.label.toLowerCase()}`, edits: [{ kind: 'set-args', index, args: { [param.key]: undefined } }] });
    }
    return { code: param ? 'args/invalid' : 'args/unknown', severity: 'error', message: problem.message, got: showValue(layer[problem.key]), fixes };
  });
}

function validInputShape(shape: readonly number[]): boolean {
  return Array.isArray(shape) && shape.length > 0 && shape.every((d) => Number.isInteger(d) && d > 0);
}

function isError(a: Advice): boolean {
  return a.severity === 'error';
}

function analyse(spec: ModelSpec, head: HeadContext | undefined, data?: DataContext): ModelReport {
  const names = kerasLayerNames(spec);
  const inputOk = validInputShape(spec.inputShape);
  const inputShape: Shape = [null, ...(Array.isArray(spec.inputShape) ? spec.inputShape : [])];
  const shapes: Shape[] = [inputShape];
  let current: Shape | null = inputOk ? inputShape : null;
  let mask: MaskFlow | null = null;
  const outcomes: MaskOutcome[] = [];
  const layers: LayerReport[] = spec.layers.map((layer, index) => {
    const className = layerDef(layer.type)?.className ?? String(layer.type);
    const name = names[index] ?? String(layer.type);
    const advice: Advice[] = argAdvice(layer, index);
    if (index === 0 && !inputOk) {
      advice.unshift({
        code: 'input/bad-shape', severity: 'error', got: showValue(spec.inputShape), fixes: [], expected: 'whole numbers of 1 or more, such as [128, 9]',
        message: `The input shape ${showValue(spec.inputShape)} is not a shape: it must list the size of each axis of one example, without the batch (None), as whole numbers of 1 or more.`,
      });
    }
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
      advice: index === 0 ? [{ code: 'internal/analysis-failed', severity: 'error', message: 'The model could not be analysed. Please try again.', detail, fixes: [] }] : [],
    }));
    return { inputShape: [null, ...spec.inputShape], layers, outputShape: null, totalParams: 0, trainableParams: 0, nonTrainableParams: 0, valid: false };
  }
}
