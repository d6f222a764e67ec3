/**
 * The catalogue's one line about a layer, shown above its settings. Where the line gives an
 * example of shapes, it is worked on the layer's real input once that is known, so that the
 * panel never shows a shape the model does not have.
 */
import type { Shape } from './designer-types';
import { layerDef } from './catalog';
import { exampleDims, formatCount as n, product, shapeText, theCount } from './format';

/** What Reshape is most often used for on an input of these dims: [9] → [9, 1], [28, 28] → [28, 28, 1], [28, 28, 3] → [28, 84]. */
function reshapeExample(dims: readonly number[]): { target: number[]; use: string } {
  if (dims.length === 1) {
    const [len = 0] = dims;
    return { target: [len, 1], use: `${n(len)} timesteps of 1 feature, for Conv1D or a recurrent layer` };
  }
  if (dims.length === 2) return { target: [...dims, 1], use: 'one channel, for Conv2D' };
  const rows = dims.slice(0, -2);
  const merged = (dims[dims.length - 2] ?? 1) * (dims[dims.length - 1] ?? 1);
  return { target: [...rows, merged], use: `the last two axes merged into ${n(merged)} features per step, for a recurrent layer` };
}

function reshapeSummary(inputShape: Shape): string {
  const dims = exampleDims(inputShape);
  const { target, use } = reshapeExample(dims);
  return (
    `Rearranges ${theCount(product(dims), 'value')} of each example into a new shape with as many values, ` +
    `e.g. ${shapeText(inputShape)} → ${shapeText([inputShape[0] ?? null, ...target])}: ${use}.`
  );
}

/** The layer's summary; for Reshape, with an example on `inputShape` when the layer's input is known. */
export function layerSummary(type: string, inputShape: Shape | null | undefined): string | undefined {
  const def = layerDef(type);
  if (!def) return undefined;
  if (type === 'reshape' && inputShape && inputShape.length > 1) return reshapeSummary(inputShape);
  return def.summary;
}
