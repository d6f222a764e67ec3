/**
 * Advice that needs the data as well as the layers: recordings padded to the input's length
 * that hold fewer real steps than the first window that slides along the steps (a Conv1D's
 * kernel, a pooling window). With padding valid, every window over them reaches into the
 * padding, so they are read mostly as padding.
 */
import type { Advice, LayerSpec, ModelContext, ModelFix } from './designer-types';
import { listOf, msg, type ListParam } from '../i18n/message';
import { quoteInput } from '../errors';
import type { PlacedAdvice } from './head-advice';

/** What the data says beyond the input shape and the head. */
export type DataContext = Pick<ModelContext, 'shortest'>;

/** Layers that change no step: the first window is looked for past them. */
const STEP_PRESERVING = new Set(['masking', 'dropout', 'batchNormalization', 'activation']);
const WINDOW_KEY: Readonly<Record<string, 'kernelSize' | 'poolSize'>> = {
  conv1d: 'kernelSize',
  maxPooling1d: 'poolSize',
  averagePooling1d: 'poolSize',
};

function windowOf(layer: LayerSpec, key: 'kernelSize' | 'poolSize'): number {
  const value = layer[key];
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'number' ? first : key === 'poolSize' ? 2 : 0;
}

function quotedNames(names: readonly string[], count: number): ListParam {
  const shown = names.slice(0, 3).map((n) => quoteInput(n, 60));
  return listOf(count > 3 ? [...shown, msg('model.more', { count: count - 3 })] : shown);
}

export function shortExampleAdvice(layers: readonly LayerSpec[], data: DataContext | undefined): PlacedAdvice[] {
  const shortest = data?.shortest;
  if (!shortest) return [];
  let index = 0;
  while (index < layers.length && STEP_PRESERVING.has(layers[index]?.type ?? '')) index++;
  const layer = layers[index];
  const key = layer ? WINDOW_KEY[layer.type] : undefined;
  if (!layer || !key || (layer.padding ?? 'valid') !== 'valid') return [];
  const window = windowOf(layer, key);
  if (!(window > shortest.steps)) return [];
  const { steps, count } = shortest;
  const fixes: ModelFix[] = [
    { label: msg('model.fix.paddingSame'), edits: [{ kind: 'set-args', index, args: { padding: 'same' } }] },
    { label: msg('model.fix.setWindow', { pool: key === 'poolSize' ? 'yes' : 'no', size: String(steps) }), edits: [{ kind: 'set-args', index, args: { [key]: steps } }] },
  ];
  const advice: Advice = {
    code: 'data/short-examples',
    severity: 'warning',
    expected: msg('model.advice.shortExamples.expected', { steps }),
    got: msg('model.advice.shortExamples.got', { window }),
    message: msg('model.advice.shortExamples', { count, names: quotedNames(shortest.names, count), steps, window }),
    fixes: steps >= 1 ? fixes : fixes.slice(0, 1),
  };
  return [{ index, advice }];
}
