/**
 * The output layer ("head") follows from the task: classification → Dense(n_classes, softmax) +
 * categorical cross-entropy; regression → Dense(1, linear) + mean squared error. Two classes may
 * also end with one sigmoid unit + binary cross-entropy, the same model with one output: p is the
 * probability of the second class, 1 − p that of the first.
 * A last layer that contradicts the task is explained by the model's advice (head-advice.ts).
 */
import type { Task } from '../features/types';
import { listOf, msg, type ListParam, type Message } from '../i18n/message';
import type { ModelEdit, ModelFix } from './designer-types';
import type { HeadSpec, LayerSpec } from './types';

/** The one rule that ties a task to its loss; training reads it from here too. */
export function lossForTask(task: Task): HeadSpec['loss'] {
  return task === 'classification' ? 'categoricalCrossentropy' : 'meanSquaredError';
}

/** Layers that may follow the head's Dense without changing how many numbers it outputs. */
const AFTER_HEAD = new Set(['dropout', 'activation']);

/** The Dense that ends the model and the activation that shapes its output (a trailing Activation layer's, else its own). */
export function headLayers(layers: readonly LayerSpec[]): { readonly denseAt: number; readonly actAt: number; readonly units: number; readonly activation: string } | null {
  let denseAt = layers.length - 1;
  while (denseAt > 0 && AFTER_HEAD.has(layers[denseAt]?.type ?? '')) denseAt--;
  const dense = layers[denseAt];
  if (!dense || dense.type !== 'dense') return null;
  let actAt = denseAt;
  for (let i = denseAt + 1; i < layers.length; i++) if (layers[i]?.type === 'activation') actAt = i;
  const activation = layers[actAt]?.activation;
  return { denseAt, actAt, units: typeof dense.units === 'number' ? dense.units : 0, activation: typeof activation === 'string' ? activation : 'linear' };
}

/**
 * Whether a classifier ends with one sigmoid unit: the binary head, trained with binary
 * cross-entropy on 0/1 labels (1 = the second class). Only valid on two classes (head-advice.ts).
 */
export function isSigmoidHead(task: Task, layers: readonly LayerSpec[]): boolean {
  if (task !== 'classification') return false;
  const head = headLayers(layers);
  return head !== null && head.units === 1 && head.activation === 'sigmoid';
}

/** The loss a model is trained with: its task's, or binary cross-entropy for one sigmoid unit. */
export function lossForModel(task: Task, layers: readonly LayerSpec[]): HeadSpec['loss'] {
  return isSigmoidHead(task, layers) ? 'binaryCrossentropy' : lossForTask(task);
}

/** Why one sigmoid unit fits two classes: the sentence the app and the CLI show. */
export function sigmoidEquivalence(classes?: readonly string[]): Message {
  return msg('model.head.sigmoid', { second: classes?.[1] ? `“${classes[1]}”` : '“yes”' });
}

/**
 * A sigmoid head's outputs p, one per row, as the two class probabilities [1 − p, p] that
 * softmax would give: every reader of class probabilities (evaluation, predictions) sees two.
 * Any other output is returned as it is.
 */
export function classProbabilities(outputs: Float32Array, rows: number, outputWidth: number, classes: number): Float32Array {
  if (outputWidth !== 1 || classes !== 2) return outputs;
  const out = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    const p = outputs[r] as number;
    out[2 * r] = 1 - p;
    out[2 * r + 1] = p;
  }
  return out;
}

/** The head a model trains with: the proposed one, or the sigmoid head when the layers end with one sigmoid unit on two classes. */
export function headInUse(proposed: HeadSpec, layers: readonly LayerSpec[]): HeadSpec {
  if (proposed.task !== 'classification' || proposed.units !== 2 || !isSigmoidHead(proposed.task, layers)) return proposed;
  return {
    task: proposed.task, units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy', reason: sigmoidEquivalence(proposed.classes),
    ...(proposed.classes ? { classes: proposed.classes } : {}),
  };
}

/**
 * Two classes, and the model ends with one of their two heads: the fix that switches to the
 * other (Dense(2, softmax) ↔ Dense(1, sigmoid)). Null otherwise: a wrong head has its advice.
 */
export function switchBinaryHead(proposed: HeadSpec, layers: readonly LayerSpec[]): ModelFix | null {
  if (proposed.task !== 'classification' || proposed.units !== 2) return null;
  const head = headLayers(layers);
  if (!head) return null;
  const edits = (units: number, activation: string): ModelEdit[] => [
    ...(head.units !== units ? [{ kind: 'set-args' as const, index: head.denseAt, args: { units } }] : []),
    { kind: 'set-args', index: head.actAt, args: { activation } },
  ];
  if (head.units === 1 && head.activation === 'sigmoid') return { label: msg('model.fix.useLayer', { layer: 'Dense(2, softmax)' }), edits: edits(2, 'softmax') };
  if (head.units === 2 && head.activation === 'softmax') return { label: msg('model.fix.useLayer', { layer: 'Dense(1, sigmoid)' }), edits: edits(1, 'sigmoid') };
  return null;
}

/** "Adelie, Chinstrap, Gentoo" or "a, b, c, d, e and 7 more". */
function listClasses(classes: readonly string[]): ListParam {
  const shown = classes.slice(0, 5);
  return listOf(classes.length > 5 ? [...shown, msg('model.head.more', { count: classes.length - 5 })] : shown);
}

export function proposeHead(
  task: Task,
  outputUnits: number,
  ctx: { readonly target: string; readonly classes?: readonly string[] },
): HeadSpec {
  // 'none' picks the messages' wording for a target without a name.
  const target = ctx.target ? `“${ctx.target}”` : 'none';
  if (task === 'classification') {
    const known = ctx.classes && ctx.classes.length > 0;
    const reason = msg('model.head.classification', { target, units: outputUnits, classes: known ? listClasses(ctx.classes ?? []) : 'none' });
    return {
      task,
      units: outputUnits,
      activation: 'softmax',
      loss: lossForTask(task),
      ...(known ? { classes: ctx.classes } : {}),
      // Two classes: the other standard head is named, so that a Keras user's Dense(1, sigmoid) is expected.
      reason: outputUnits === 2 ? msg('model.head.withAlternative', { reason, alternative: sigmoidEquivalence(ctx.classes) }) : reason,
    };
  }
  return { task, units: 1, activation: 'linear', loss: lossForTask(task), reason: msg('model.head.regression', { target }) };
}
