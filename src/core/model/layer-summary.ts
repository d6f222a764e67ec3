/**
 * The catalogue's one line about a layer, shown above its settings. Where the line gives an
 * example of shapes, it is worked on the layer's real input once that is known, so that the
 * panel never shows a shape the model does not have.
 */
import { msg, type Message } from '../i18n/message';
import type { Shape } from './designer-types';
import { layerDef } from './catalog';
import { exampleDims, product, shapeText } from './format';

/** What Reshape is most often used for on an input of these dims: [9] → [9, 1], [28, 28] → [28, 28, 1], [28, 28, 3] → [28, 84]. */
function reshapeExample(dims: readonly number[]): { target: number[]; use: 'steps' | 'channel' | 'merged'; length: number; merged: number } {
  if (dims.length === 1) {
    const [len = 0] = dims;
    return { target: [len, 1], use: 'steps', length: len, merged: 0 };
  }
  if (dims.length === 2) return { target: [...dims, 1], use: 'channel', length: 0, merged: 0 };
  const rows = dims.slice(0, -2);
  const merged = (dims[dims.length - 2] ?? 1) * (dims[dims.length - 1] ?? 1);
  return { target: [...rows, merged], use: 'merged', length: 0, merged };
}

function reshapeSummary(inputShape: Shape): Message {
  const dims = exampleDims(inputShape);
  const { target, use, length, merged } = reshapeExample(dims);
  return msg('model.layerSummary.reshape', { total: product(dims), input: shapeText(inputShape), output: shapeText([inputShape[0] ?? null, ...target]), use, length, merged });
}

/** The layer's summary; for Reshape, with an example on `inputShape` when the layer's input is known. */
export function layerSummary(type: string, inputShape: Shape | null | undefined): Message | undefined {
  const def = layerDef(type);
  if (!def) return undefined;
  if (type === 'reshape' && inputShape && inputShape.length > 1) return reshapeSummary(inputShape);
  return def.summary;
}
