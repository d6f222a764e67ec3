/**
 * The padding marks of a Masking layer ("the mask"), followed through the stack as tfjs-layers
 * follows them: Masking makes them, a layer that supports masking passes them on, a recurrent
 * layer without return_sequences reads them and stops them, and any other layer cannot take
 * them. How each layer treats them is read from the built tfjs layer (its own computeMask), not
 * from a list of ours. A layer that cannot take them gets an error: tfjs drops the marks there
 * when training and predicting (and passes a stale copy on to later layers), refuses them when it
 * checks the model as a whole (LayersModel.computeMask), and Keras 3 drops them with a warning.
 */
import * as tf from '@tensorflow/tfjs';
import { classNameOf, layerRef } from './advice';
import { layerDef } from './catalog';
import type { Advice, ModelEdit, ModelFix, Shape } from './designer-types';
import { listOf, msg, type ListParam, type Message } from '../i18n/message';
import { maskValueText } from './explain';
import type { LayerSpec } from './types';

/** What a layer does with marks it receives: tfjs' computeMask, asked with a stand-in mask. */
export type MaskRule = 'creates' | 'passes' | 'consumes' | 'refuses';

export interface MaskBehaviour {
  readonly rule: MaskRule;
  /** A recurrent layer (tf.RNN): the one kind of layer that skips marked steps. */
  readonly recurrent: boolean;
  /** tfjs' own message when it refuses a mask, for developers. */
  readonly refusal?: string;
}

/** How a built tfjs layer treats a mask; the Masking class makes a new one from its input. */
export function maskBehaviour(layer: tf.layers.Layer): MaskBehaviour {
  // Bidirectional hands the marks to both of its recurrent layers, which skip the marked steps.
  const recurrent = layer instanceof tf.RNN || layer.getClassName() === 'Bidirectional';
  if (layer.getClassName() === 'Masking') return { rule: 'creates', recurrent };
  try {
    const rule = tf.tidy((): MaskRule => {
      const marks = tf.zeros([1, 1], 'bool');
      const out = layer.computeMask(marks, marks);
      return out === null || out === undefined || (Array.isArray(out) && out[0] == null) ? 'consumes' : 'passes';
    });
    return { rule, recurrent };
  } catch (err) {
    return { rule: 'refuses', recurrent, refusal: err instanceof Error ? err.message : String(err) };
  }
}

/** The marks of one Masking layer on their way down the stack. */
export interface MaskFlow {
  /** Index of the Masking layer. */
  readonly from: number;
  /** The number of features each marked step has, and the value they all hold. */
  readonly features: number;
  readonly value: number;
  /** Recurrent layers that read the marks (skip the marked steps), in order. */
  readonly readers: readonly number[];
}

/** What became of one Masking layer's marks, for its explanation. */
export interface MaskOutcome {
  readonly flow: MaskFlow;
  /** The layer that could not take them; absent when none stopped them. */
  readonly refusedBy?: number;
}

export interface MaskStep {
  /** The marks that reach the next layer. */
  readonly next: MaskFlow | null;
  /** Marks whose journey ended at this layer (refused, read to the end, or replaced). */
  readonly ended?: MaskOutcome;
}

function maskValueOf(layer: LayerSpec | undefined): number {
  return typeof layer?.maskValue === 'number' ? layer.maskValue : 0;
}

/** The marks after layer `index`, which received `flow` on an input of `inputShape`. */
export function followMask(flow: MaskFlow | null, index: number, layers: readonly LayerSpec[], inputShape: Shape, b: MaskBehaviour): MaskStep {
  if (b.rule === 'creates') {
    const next: MaskFlow = { from: index, features: inputShape[inputShape.length - 1] ?? 0, value: maskValueOf(layers[index]), readers: [] };
    return { next, ...(flow ? { ended: { flow } } : {}) };
  }
  if (!flow) return { next: null };
  if (b.rule === 'refuses') return { next: null, ended: { flow, refusedBy: index } };
  const read = b.recurrent ? { ...flow, readers: [...flow.readers, index] } : flow;
  return b.rule === 'consumes' ? { next: null, ended: { flow: read } } : { next: read };
}

/** "the steps whose 6 values are all 0": what the Masking layer marks. */
export function markedSteps(flow: Pick<MaskFlow, 'features' | 'value'>): Message {
  return msg('model.mask.marked', { features: flow.features, value: maskValueText(flow.value) });
}

/** Why a layer of `type` cannot skip a step, in the user's words. */
function whyNoSkip(type: string): Message {
  const def = layerDef(type);
  const kind =
    def?.group === 'Convolution' ? 'convolution' : type.startsWith('global') ? 'global' : def?.group === 'Pooling' ? 'pooling' : type === 'flatten' || type === 'reshape' ? type : 'other';
  return msg('model.mask.why', { kind });
}

/** The error on the first layer that cannot take the marks, with fixes. */
export function maskRefusedAdvice(layers: readonly LayerSpec[], flow: MaskFlow, index: number, outputShape: Shape | null, refusal?: string): Advice {
  const layer = layers[index] ?? { type: '?' };
  const cls = classNameOf(layer.type);
  const last = flow.readers[flow.readers.length - 1];
  const fixes: ModelFix[] = [];
  const rnn = classNameOf(layers[last ?? -1]?.type ?? '?');
  const instead = last !== undefined && outputShape !== null && outputShape.length === 2;
  if (instead) {
    const edits: ModelEdit[] = [
      { kind: 'set-args', index: last, args: { returnSequences: undefined } },
      { kind: 'remove', index },
    ];
    fixes.push({ label: msg('model.fix.useLastState', { last: last + 1, layer: rnn, n: index + 1 }), edits });
  }
  fixes.push({ label: msg('model.fix.removeMasking', { n: flow.from + 1 }), edits: [{ kind: 'remove', index: flow.from }] });
  return {
    code: 'mask/not-supported',
    severity: 'error',
    expected: msg('model.advice.maskRefused.expected'),
    got: cls,
    message: msg('model.advice.maskRefused', {
      masking: layerRef(layers, flow.from, true), marked: markedSteps(flow), through: last === undefined ? 'none' : flow.readers.length === 1 ? 'one' : 'many',
      readers: layerList(layers, flow.readers), layer: cls, why: whyNoSkip(layer.type), instead: instead ? 'yes' : 'no', last: (last ?? 0) + 1, n: index + 1, rnn,
    }),
    detail:
      `tfjs-layers: ${refusal ?? `${cls} does not support masking`} (LayersModel.computeMask throws it; fit and predict drop the mask at this layer ` +
      'and hand the stale one to later layers); Keras 3 drops it with a warning.',
    fixes,
  };
}

/** The warning on a Masking layer whose marks no recurrent layer reads. */
export function maskUnusedAdvice(flow: MaskFlow): Advice {
  return {
    code: 'mask/unused',
    severity: 'warning',
    expected: msg('model.advice.maskUnused.expected'),
    got: msg('model.advice.maskUnused.got'),
    message: msg('model.advice.maskUnused', { marked: markedSteps(flow) }),
    fixes: [{ label: msg('model.fix.removeMasking', { n: flow.from + 1 }), edits: [{ kind: 'remove', index: flow.from }] }],
  };
}

/** "Layer 2 (LSTM)", "Layer 2 (LSTM) and layer 4 (GRU)". */
function layerList(layers: readonly LayerSpec[], indices: readonly number[]): ListParam {
  return listOf(indices.map((i, k) => layerRef(layers, i, k === 0)));
}

/** The sentence a Masking layer's explanation gets once the layers after it are known. */
export function maskOutcomeSentence(layers: readonly LayerSpec[], outcome: MaskOutcome): Message {
  const { flow, refusedBy } = outcome;
  const count = flow.readers.length;
  if (refusedBy !== undefined) {
    return count > 0
      ? msg('model.explain.mask.refusedAfterSkip', { readers: layerList(layers, flow.readers), count, refuser: layerRef(layers, refusedBy) })
      : msg('model.explain.mask.refused', { refuser: layerRef(layers, refusedBy, true) });
  }
  if (count === 0) return msg('model.explain.mask.noReader');
  return msg('model.explain.mask.read', { readers: layerList(layers, flow.readers), count });
}
