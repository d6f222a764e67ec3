/**
 * Advice on the end of the model ("head") against what the data needs: classification →
 * Dense(n_classes, softmax), one probability per class; regression → Dense(1, linear), one
 * unbounded number. Only run when every layer has a shape.
 */
import type { Message } from '../i18n/message';
import type { Advice, HeadContext, ModelEdit, ModelFix, Shape } from './designer-types';
import { msg } from '../i18n/message';
import { quoteInput } from '../errors';
import { shapeText } from './format';
import { classNameOf } from './advice';
import type { LayerSpec } from './types';

export interface PlacedAdvice {
  readonly index: number;
  readonly advice: Advice;
}

/** Layers that may follow the head's Dense without changing what it outputs. */
const AFTER_HEAD = new Set(['dropout', 'activation']);

/** The target as the head's messages name it: { named: 'yes', target: '“species”' }, or unnamed (the CLI's --task). */
function targetParams(head: HeadContext): { readonly named: string; readonly target: string } {
  return head.target ? { named: 'yes', target: quoteInput(head.target, 60) } : { named: 'no', target: '' };
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
  return {
    index: last,
    advice: {
      code: 'head/not-dense', severity: 'error', expected: headText(head), got: `${classNameOf(layers[last]?.type ?? '?')} ${shapeText(output)}`,
      message: msg('model.advice.head.notDense', {
        task: head.task, ...targetParams(head), classes: head.outputUnits, head: headText(head), layer: classNameOf(layers[last]?.type ?? '?'), output: shapeText(output),
      }),
      fixes: [{ label: msg(flat ? 'model.fix.addLayer' : 'model.fix.addFlattenAnd', { layer: headText(head) }), edits }],
    },
  };
}

function notFlat(layers: readonly LayerSpec[], denseAt: number, dense: LayerSpec, input: Shape, output: Shape, head: HeadContext): PlacedAdvice {
  const rank = input.length - 1;
  const expected = `(None, ${head.task === 'classification' ? head.outputUnits : 1})`;
  const fixes: ModelFix[] = [{ label: msg('model.fix.addBefore', { layer: 'Flatten', n: denseAt + 1 }), edits: [{ kind: 'insert', index: denseAt, layer: { type: 'flatten' } }] }];
  if (rank === 2 || rank === 3) {
    const pool = rank === 2 ? 'globalAveragePooling1d' : 'globalAveragePooling2d';
    fixes.push({ label: msg('model.fix.addBefore', { layer: classNameOf(pool), n: denseAt + 1 }), edits: [{ kind: 'insert', index: denseAt, layer: { type: pool } }] });
  }
  const units = typeof dense.units === 'number' ? dense.units : 0;
  return {
    index: denseAt,
    advice: {
      code: 'head/not-flat', severity: 'error', expected, got: shapeText(output),
      message: msg('model.advice.head.notFlat', {
        input: shapeText(input), output: shapeText(output), units, positions: input.slice(1, -1).map((d) => String(d ?? 0)).join(' × '), ...targetParams(head), expected,
      }),
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
  const set = (label: Message, wantUnits: number, wantActivation: string): ModelFix => {
    const edits: ModelEdit[] = [];
    if (units !== wantUnits) edits.push({ kind: 'set-args', index: denseAt, args: { units: wantUnits } });
    if (activation !== wantActivation) edits.push({ kind: 'set-args', index: actAt, args: { activation: wantActivation } });
    return { label, edits };
  };
  const target = targetParams(head);

  if (head.task === 'regression') {
    if (units === 1 && activation === 'linear') return found;
    const [code, message] =
      activation === 'softmax'
        ? ['head/softmax-for-regression', msg('model.advice.head.softmaxForRegression', target)]
        : activation === 'sigmoid'
          ? ['head/sigmoid-for-regression', msg('model.advice.head.sigmoidForRegression', target)]
          : activation !== 'linear'
            ? ['head/activation-for-regression', msg('model.advice.head.activationForRegression', { ...target, activation })]
            : ['head/units-for-regression', msg('model.advice.head.unitsForRegression', { ...target, units })];
    found.push({
      index: activation !== 'linear' ? actAt : denseAt,
      advice: { code, severity: 'error', expected: 'Dense(1, linear)', got, message, fixes: [set(msg('model.fix.oneLinearUnit'), 1, 'linear')] },
    });
    return found;
  }

  const classes = head.outputUnits;
  // Two classes may end with one sigmoid unit + binary cross-entropy: the same model (head.ts).
  if (classes === 2 && units === 1 && activation === 'sigmoid') return found;
  const unitsWrong = units !== classes;
  const activationWrong = activation !== 'softmax';
  if (!unitsWrong && !activationWrong) return found;
  const why = { ...target, classes, units, activation };
  const useHead = set(msg('model.fix.useLayer', { layer: headText(head) }), classes, 'softmax');
  const oneSigmoid = units === 1 && activation === 'sigmoid';
  const advice: Advice =
    oneSigmoid
      ? { code: 'head/classification-head', severity: 'error', expected: headText(head), got, message: msg('model.advice.head.oneSigmoid', why), fixes: [useHead] }
      : unitsWrong && activationWrong
      ? { code: 'head/classification-head', severity: 'error', expected: headText(head), got, message: msg('model.advice.head.classificationHead', why), fixes: [useHead] }
      : unitsWrong
        ? { code: 'head/units-for-classes', severity: 'error', expected: headText(head), got, message: msg('model.advice.head.unitsForClasses', why), fixes: [set(msg('model.fix.setUnits', { units: classes }), classes, activation)] }
        : { code: 'head/activation-for-classification', severity: 'error', expected: headText(head), got, message: msg('model.advice.head.activationForClassification', why), fixes: [set(msg('model.fix.useSoftmax'), units, 'softmax')] };
  // Two classes: the other head that fits is offered beside softmax.
  const placed =
    classes === 2
      ? { ...advice, expected: msg('model.advice.head.twoHeads', { head: headText(head) }), fixes: [...advice.fixes, set(msg('model.fix.useLayer', { layer: 'Dense(1, sigmoid)' }), 1, 'sigmoid')] }
      : advice;
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
    label: msg('model.fix.useLayer', { layer: `Dense(${units}, ${activation})` }),
    edits: [
      ...(units !== 1 ? [{ kind: 'set-args' as const, index: denseAt, args: { units } }] : []),
      { kind: 'set-args' as const, index: actAt, args: { activation } },
    ],
  });
  return [{
    index: actAt,
    advice: {
      code: 'head/one-softmax-unit', severity: 'error', expected: msg('model.advice.head.oneSoftmax.expected'), got: 'Dense(1, softmax)',
      message: msg('model.advice.head.oneSoftmax'),
      fixes: [use(1, 'linear'), use(1, 'sigmoid'), use(2, 'softmax')],
    },
  }];
}
