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
import { formatCount as n } from './format';
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
export function markedSteps(flow: Pick<MaskFlow, 'features' | 'value'>): string {
  const value = String(flow.value).replace('-', '−');
  return flow.features === 1 ? `the steps whose value is ${value}` : `the steps whose ${n(flow.features)} values are all ${value}`;
}

/** Why a layer of `type` cannot skip a step, in the user's words. */
function whyNoSkip(type: string): string {
  const def = layerDef(type);
  if (def?.group === 'Convolution') return 'it slides its filters over every step, padded ones included';
  if (type.startsWith('global')) return 'it averages over every step, padded ones included';
  if (def?.group === 'Pooling') return 'it pools every window of steps, padded ones included';
  if (type === 'flatten') return 'it lays every step out in one row, padded ones included';
  if (type === 'reshape') return 'it rearranges the values of every step, padded ones included';
  return 'it treats every step alike, padded ones included';
}

/** The error on the first layer that cannot take the marks, with fixes. */
export function maskRefusedAdvice(layers: readonly LayerSpec[], flow: MaskFlow, index: number, outputShape: Shape | null, refusal?: string): Advice {
  const layer = layers[index] ?? { type: '?' };
  const cls = classNameOf(layer.type);
  const masking = layerRef(layers, flow.from);
  const last = flow.readers[flow.readers.length - 1];
  const one = flow.readers.length === 1;
  const through =
    last === undefined
      ? ''
      : ` ${layerList(layers, flow.readers)} ${one ? 'skips' : 'skip'} them and ${one ? 'passes' : 'pass'} them on, because ${one ? 'its' : 'their'} return_sequences is on.`;
  const fixes: ModelFix[] = [];
  let instead = '';
  if (last !== undefined && outputShape !== null && outputShape.length === 2) {
    const rnn = classNameOf(layers[last]?.type ?? '?');
    const edits: ModelEdit[] = [
      { kind: 'set-args', index: last, args: { returnSequences: undefined } },
      { kind: 'remove', index },
    ];
    fixes.push({ label: `Use the last state of layer ${last + 1} (${rnn}) instead of layer ${index + 1}`, edits });
    instead =
      ` Turn return_sequences off on layer ${last + 1} and remove layer ${index + 1}, so that the answer comes from the ${rnn}’s state after the last real step;` +
      ' or remove the Masking layer.';
  }
  fixes.push({ label: `Remove the Masking layer (layer ${flow.from + 1})`, edits: [{ kind: 'remove', index: flow.from }] });
  return {
    code: 'mask/not-supported',
    severity: 'error',
    expected: 'a recurrent layer (LSTM, GRU, SimpleRNN), which skips the marked steps',
    got: cls,
    message:
      `${masking.charAt(0).toUpperCase()}${masking.slice(1)} marks ${markedSteps(flow)} as padding, for a recurrent layer (LSTM, GRU, SimpleRNN) to skip.${through} ` +
      `${cls} cannot skip steps: ${whyNoSkip(layer.type)}, so the marks are lost here${last === undefined ? ' and the Masking layer does nothing' : ''}.` +
      (instead || ' Remove the Masking layer: the padded steps then count as ordinary steps. Masking works only with a recurrent layer after it and no convolution, pooling, Flatten or Reshape in between.'),
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
    expected: 'an LSTM, GRU or SimpleRNN after the Masking layer',
    got: 'no recurrent layer reads the marks',
    message:
      `Masking marks ${markedSteps(flow)} as padding for a recurrent layer (LSTM, GRU, SimpleRNN) to skip, but no recurrent layer reads its marks, ` +
      'so it changes nothing. Put a recurrent layer right after it, or remove it.',
    fixes: [{ label: `Remove the Masking layer (layer ${flow.from + 1})`, edits: [{ kind: 'remove', index: flow.from }] }],
  };
}

/** "Layer 2 (LSTM)", "Layer 2 (LSTM) and layer 4 (GRU)". */
function layerList(layers: readonly LayerSpec[], indices: readonly number[]): string {
  const text = indices.map((i) => layerRef(layers, i)).join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The sentence a Masking layer's explanation gets once the layers after it are known. */
export function maskOutcomeSentence(layers: readonly LayerSpec[], outcome: MaskOutcome): string {
  const { flow, refusedBy } = outcome;
  const skip = flow.readers.length > 0 ? `${layerList(layers, flow.readers)} ${flow.readers.length === 1 ? 'skips' : 'skip'} the marked steps` : '';
  if (refusedBy !== undefined) {
    const stop = `${layerRef(layers, refusedBy)} cannot skip steps, so the marks are lost there (see its advice).`;
    return skip ? `${skip}; then ${stop}` : stop.charAt(0).toUpperCase() + stop.slice(1);
  }
  if (!skip) return 'No recurrent layer (LSTM, GRU, SimpleRNN) reads the marks, so nothing skips the marked steps.';
  return `${skip}: ${flow.readers.length === 1 ? 'it reads' : 'they read'} only the real steps of each example.`;
}
