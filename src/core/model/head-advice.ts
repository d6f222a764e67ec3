/**
 * Advice on the end of the model ("head") against what the data needs: classification →
 * Dense(n_classes, softmax), one probability per class; regression → Dense(1, linear), one
 * unbounded number. Only run when every layer has a shape.
 */
import type { Advice, HeadContext, ModelEdit, ModelFix, Shape } from './designer-types';
import { formatCount as n, shapeText } from './format';
import { classNameOf } from './advice';
import type { LayerSpec } from './types';

export interface PlacedAdvice {
  readonly index: number;
  readonly advice: Advice;
}

/** Layers that may follow the head's Dense without changing what it outputs. */
const AFTER_HEAD = new Set(['dropout', 'activation']);

function targetName(head: HeadContext): string {
  return head.target ? `“${head.target}”` : 'the target';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function proposedHead(head: HeadContext): LayerSpec {
  return head.task === 'classification'
    ? { type: 'dense', units: head.outputUnits, activation: 'softmax' }
    : { type: 'dense', units: 1, activation: 'linear' };
}

function headText(head: HeadContext): string {
  return head.task === 'classification' ? `Dense(${head.outputUnits}, softmax)` : 'Dense(1, linear)';
}

/** The end of the model when it is not a Dense layer: add one (after Flatten if the output is not one row). */
function notDense(layers: readonly LayerSpec[], output: Shape, head: HeadContext): PlacedAdvice {
  const last = layers.length - 1;
  const flat = output.length <= 2;
  const edits: ModelEdit[] = flat
    ? [{ kind: 'insert', index: layers.length, layer: proposedHead(head) }]
    : [
        { kind: 'insert', index: layers.length, layer: { type: 'flatten' } },
        { kind: 'insert', index: layers.length + 1, layer: proposedHead(head) },
      ];
  const needs =
    head.task === 'classification'
      ? `${targetName(head)} has ${n(head.outputUnits)} classes, so the model must end with ${headText(head)}: one probability per class`
      : `${targetName(head)} is a number, so the model must end with ${headText(head)}: one unbounded number`;
  return {
    index: last,
    advice: {
      code: 'head/not-dense', severity: 'error', expected: headText(head), got: `${classNameOf(layers[last]?.type ?? '?')} ${shapeText(output)}`,
      message: `${capitalize(needs)}; this model ends with ${classNameOf(layers[last]?.type ?? '?')}, giving ${shapeText(output)}.`,
      fixes: [{ label: flat ? `Add ${headText(head)}` : `Add Flatten and ${headText(head)}`, edits }],
    },
  };
}

function notFlat(layers: readonly LayerSpec[], denseAt: number, dense: LayerSpec, input: Shape, output: Shape, head: HeadContext): PlacedAdvice {
  const rank = input.length - 1;
  const expected = `(None, ${head.task === 'classification' ? head.outputUnits : 1})`;
  const fixes: ModelFix[] = [{ label: `Add Flatten before layer ${denseAt + 1}`, edits: [{ kind: 'insert', index: denseAt, layer: { type: 'flatten' } }] }];
  if (rank === 2 || rank === 3) {
    const pool = rank === 2 ? 'globalAveragePooling1d' : 'globalAveragePooling2d';
    fixes.push({ label: `Add ${classNameOf(pool)} before layer ${denseAt + 1}`, edits: [{ kind: 'insert', index: denseAt, layer: { type: pool } }] });
  }
  const units = typeof dense.units === 'number' ? dense.units : 0;
  return {
    index: denseAt,
    advice: {
      code: 'head/not-flat', severity: 'error', expected, got: shapeText(output),
      message:
        `Dense acts on the last axis only, so on ${shapeText(input)} it gives ${shapeText(output)}: ${n(units)} numbers at each of the ` +
        `${input.slice(1, -1).map((d) => n(d ?? 0)).join(' × ')} positions. ${capitalize(targetName(head))} needs one answer per example, ${expected}: ` +
        `add Flatten (or GlobalAveragePooling) before the last Dense to turn each example into one row.`,
      fixes,
    },
  };
}

/** The head's problems: at most one about its place, one about its units and activation. */
export function headAdvice(layers: readonly LayerSpec[], shapes: readonly Shape[], head: HeadContext): PlacedAdvice[] {
  const last = layers.length - 1;
  const output = shapes[last + 1];
  if (last < 0 || !output) return [];
  let denseAt = last;
  while (denseAt > 0 && AFTER_HEAD.has(layers[denseAt]?.type ?? '')) denseAt--;
  const dense = layers[denseAt];
  if (!dense || dense.type !== 'dense') return [notDense(layers, output, head)];

  const found: PlacedAdvice[] = [];
  const denseInput = shapes[denseAt] ?? [];
  if (output.length > 2) found.push(notFlat(layers, denseAt, dense, denseInput, output, head));

  // The activation that shapes the output: a trailing Activation layer's, else the Dense's own.
  let actAt = denseAt;
  for (let i = denseAt + 1; i <= last; i++) if (layers[i]?.type === 'activation') actAt = i;
  const activation = typeof layers[actAt]?.activation === 'string' ? (layers[actAt]?.activation as string) : 'linear';
  const units = typeof dense.units === 'number' ? dense.units : 0;
  const got = `Dense(${units}, ${activation})`;
  const set = (label: string, wantUnits: number, wantActivation: string): ModelFix => {
    const edits: ModelEdit[] = [];
    if (units !== wantUnits) edits.push({ kind: 'set-args', index: denseAt, args: { units: wantUnits } });
    if (activation !== wantActivation) edits.push({ kind: 'set-args', index: actAt, args: { activation: wantActivation } });
    return { label, edits };
  };
  const target = targetName(head);
  // Without a target's name (the CLI's --task), "a regression target like the target" says nothing.
  const aRegressionTarget = head.target ? `a regression target like ${target}` : 'a regression target';

  if (head.task === 'regression') {
    if (units === 1 && activation === 'linear') return found;
    const [code, why] =
      activation === 'softmax'
        ? ['head/softmax-for-regression', `Softmax turns the outputs into probabilities that sum to 1 (one unit of softmax always outputs 1); ${aRegressionTarget} needs one unbounded number`]
        : activation === 'sigmoid'
          ? ['head/sigmoid-for-regression', `Sigmoid squeezes the output between 0 and 1; ${aRegressionTarget} can take any value`]
          : activation !== 'linear'
            ? ['head/activation-for-regression', `${capitalize(activation)} limits the values the last layer can output; ${aRegressionTarget} (standardised, so about half its values are negative) needs any value`]
            : ['head/units-for-regression', `${capitalize(aRegressionTarget)} is one number per example, so the last layer needs exactly 1 unit, not ${n(units)}`];
    found.push({
      index: activation !== 'linear' ? actAt : denseAt,
      advice: { code, severity: 'error', expected: 'Dense(1, linear)', got, message: `${why}: use one linear unit.`, fixes: [set('Use one linear unit', 1, 'linear')] },
    });
    return found;
  }

  const classes = head.outputUnits;
  // Two classes may end with one sigmoid unit + binary cross-entropy: the same model (head.ts).
  if (classes === 2 && units === 1 && activation === 'sigmoid') return found;
  const unitsWrong = units !== classes;
  const activationWrong = activation !== 'softmax';
  if (!unitsWrong && !activationWrong) return found;
  const unitsWhy = `${target} has ${n(classes)} classes, so the last layer needs ${n(classes)} units (one per class), not ${n(units)}`;
  const activationWhy =
    activation === 'linear'
      ? `linear units give unbounded numbers, not class probabilities; categorical cross-entropy needs softmax, which turns the ${n(classes)} outputs into probabilities that sum to 1`
      : activation === 'sigmoid'
        ? `sigmoid scores each unit on its own, but categorical cross-entropy needs probabilities over the ${n(classes)} classes that sum to 1: use softmax`
        : `${activation} does not give class probabilities; softmax turns the ${n(classes)} outputs into probabilities that sum to 1`;
  const oneSigmoid = units === 1 && activation === 'sigmoid';
  const advice: Advice =
    oneSigmoid
      ? { code: 'head/classification-head', severity: 'error', expected: headText(head), got, message: `One sigmoid unit gives the probability of one class against another, which fits two classes only; ${target} has ${n(classes)}, so the last layer needs ${n(classes)} softmax units, one probability per class.`, fixes: [set(`Use ${headText(head)}`, classes, 'softmax')] }
      : unitsWrong && activationWrong
      ? { code: 'head/classification-head', severity: 'error', expected: headText(head), got, message: `${capitalize(unitsWhy)}, and ${activationWhy}.`, fixes: [set(`Use ${headText(head)}`, classes, 'softmax')] }
      : unitsWrong
        ? { code: 'head/units-for-classes', severity: 'error', expected: headText(head), got, message: `${capitalize(unitsWhy)}.`, fixes: [set(`Set units to ${classes}`, classes, activation)] }
        : { code: 'head/activation-for-classification', severity: 'error', expected: headText(head), got, message: `${capitalize(activationWhy)}.`, fixes: [set('Use softmax', units, 'softmax')] };
  // Two classes: the other head that fits is offered beside softmax.
  const placed = classes === 2 ? { ...advice, expected: `${headText(head)} or Dense(1, sigmoid)`, fixes: [...advice.fixes, set('Use Dense(1, sigmoid)', 1, 'sigmoid')] } : advice;
  found.push({ index: activationWrong && !unitsWrong ? actAt : denseAt, advice: placed });
  return found;
}

/**
 * What can be said of the head without the data (`layerbench summary` without a task): one
 * softmax unit, whose output is always 1.0, is wrong for every target.
 */
export function headAdviceWithoutData(layers: readonly LayerSpec[]): PlacedAdvice[] {
  let denseAt = layers.length - 1;
  while (denseAt > 0 && AFTER_HEAD.has(layers[denseAt]?.type ?? '')) denseAt--;
  const dense = layers[denseAt];
  if (dense?.type !== 'dense' || dense.units !== 1) return [];
  let actAt = denseAt;
  for (let i = denseAt + 1; i < layers.length; i++) if (layers[i]?.type === 'activation') actAt = i;
  if (layers[actAt]?.activation !== 'softmax') return [];
  const use = (units: number, activation: string): ModelFix => ({
    label: `Use Dense(${units}, ${activation})`,
    edits: [
      ...(units !== 1 ? [{ kind: 'set-args' as const, index: denseAt, args: { units } }] : []),
      { kind: 'set-args' as const, index: actAt, args: { activation } },
    ],
  });
  return [{
    index: actAt,
    advice: {
      code: 'head/one-softmax-unit', severity: 'error', expected: 'Dense(1, linear), Dense(1, sigmoid) or Dense(classes, softmax)', got: 'Dense(1, softmax)',
      message:
        'Softmax turns the outputs into probabilities that sum to 1, so one softmax unit always outputs 1.0, whatever the input: the model cannot learn. ' +
        'For a number (regression) use Dense(1, linear); for two classes Dense(1, sigmoid) or Dense(2, softmax); for more classes one softmax unit per class.',
      fixes: [use(1, 'linear'), use(1, 'sigmoid'), use(2, 'softmax')],
    },
  }];
}
