/**
 * The words of neural network shapes, explained once: every explanation lists the terms it
 * uses (LayerReport.terms) and the designer links each to its entry here. An entry's title and
 * text are catalogue messages (`glossary.<term>.title` / `.text`); a text may link to other
 * entries with `<term-ID>` spans.
 */
import { msg, type Message } from '../i18n/message';

/** The entries, in the order a reader meets them. */
export const GLOSSARY_TERMS = [
  'units', 'input_shape', 'input_dim', 'none', 'batch', 'batch_size', 'dimension', 'axis', 'depth', 'filters', 'kernel', 'stride',
  'padding', 'channels', 'timesteps', 'features', 'params', 'trainable', 'return_sequences', 'activation', 'softmax', 'linear',
  'bidirectional', 'time_distributed', 'transposed_convolution', 'kernel_initializer', 'kernel_regularizer', 'recurrent_dropout',
  'data_format', 'relu', 'sigmoid', 'dropout', 'pooling', 'flatten', 'reshape', 'batch_normalization', 'last_axis', 'dense',
  'convolution', 'masking', 'recurrent', 'head', 'loss',
] as const;

export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export interface GlossaryEntry {
  /** The key used in LayerReport.terms, ParamDef.glossary and a message's `<term-ID>`, e.g. "return_sequences". */
  readonly term: GlossaryTerm;
  readonly title: Message;
  readonly text: Message;
}

export const GLOSSARY: readonly GlossaryEntry[] = GLOSSARY_TERMS.map((term) => ({
  term,
  title: msg(`glossary.${term}.title`),
  text: msg(`glossary.${term}.text`),
}));

const BY_TERM: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.term, e]));

/** Other words people use for the same entries, after normalisation. */
const ALIASES: Readonly<Record<string, string>> = {
  unit: 'units', neurons: 'units', neuron: 'units', filter: 'filters', kernel_size: 'kernel', strides: 'stride',
  pool_size: 'pooling', max_pooling: 'pooling', average_pooling: 'pooling', global_average_pooling: 'pooling',
  param: 'params', parameters: 'params', 'param_#': 'params', non_trainable: 'trainable', timestep: 'timesteps', steps: 'timesteps',
  feature: 'features', channel: 'channels', batches: 'batch', batch_normalisation: 'batch_normalization', batchnorm: 'batch_normalization',
  input: 'input_shape', shape: 'input_shape', rate: 'dropout', rnn: 'recurrent', lstm: 'recurrent', gru: 'recurrent', simple_rnn: 'recurrent',
  conv1d: 'convolution', conv2d: 'convolution', output_layer: 'head', mask: 'masking', mask_value: 'masking', masked: 'masking',
  dim: 'dimension', dims: 'dimension', dimensions: 'dimension', ndim: 'dimension', axes: 'axis', time_steps: 'timesteps', time_step: 'timesteps', step: 'timesteps',
  batchsize: 'batch_size', bi_directional: 'bidirectional', timedistributed: 'time_distributed', conv2d_transpose: 'transposed_convolution', conv2_dtranspose: 'transposed_convolution', conv_transpose: 'transposed_convolution', deconvolution: 'transposed_convolution',
  initializer: 'kernel_initializer', regularizer: 'kernel_regularizer', l1: 'kernel_regularizer', l2: 'kernel_regularizer', merge_mode: 'bidirectional', channels_first: 'data_format', channels_last: 'data_format',
};

/** "kernelSize", "kernel size", "Kernel-Size" → "kernel_size". */
function normalise(term: string): string {
  return term
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function glossaryEntry(term: string): GlossaryEntry | undefined {
  const key = normalise(term);
  return BY_TERM.get(key) ?? BY_TERM.get(ALIASES[key] ?? '');
}
