/**
 * Starting architectures proposed from the shape of the data: a small MLP for a table, Conv1D,
 * LSTM, GRU and Conv1D + LSTM for a sequence, a small CNN for an image, each ending with the
 * head the task needs. A template is only offered in a form that analyzeModel finds valid for
 * this input (a small input gets padding same, or fewer layers). When the data pads shorter
 * recordings (ModelContext.maskValue), the templates that start with a recurrent layer start
 * with Masking, so that it skips the padded steps; convolutions cannot skip them.
 */
import { analyzeModel } from './analyze';
import type { HeadContext, ModelContext, ModelDraft } from './designer-types';
import { formatCount as n } from './format';
import { proposeHead } from './head';
import type { LayerSpec } from './types';

export interface ModelTemplate {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly layers: readonly LayerSpec[];
}

interface Candidate {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Tried in order; the first that fits the input is offered. */
  readonly variants: readonly (readonly LayerSpec[])[];
}

export function headLayer(head: HeadContext): LayerSpec {
  const spec = proposeHead(head.task, head.outputUnits, { target: head.target ?? '' });
  return { type: 'dense', units: spec.units, activation: spec.activation };
}

const dense = (units: number): LayerSpec => ({ type: 'dense', units, activation: 'relu' });

function tableCandidates(n: number): Candidate[] {
  return [
    {
      id: 'mlp', title: 'Multilayer perceptron',
      description: 'Two hidden Dense layers (64 and 32 units, relu), then the output layer: the usual start for a table.',
      variants: [[dense(64), dense(32)]],
    },
    {
      id: 'conv1d', title: '1-D convolution over the features',
      description: `Reshapes each row to (${n}, 1), ${n} steps of 1 feature, and slides 16 filters of width 3 along them; worth it only when the order of the columns means something.`,
      variants: [[{ type: 'reshape', targetShape: [n, 1] }, { type: 'conv1d', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }, { type: 'flatten' }]],
    },
    {
      id: 'lstm', title: 'LSTM over the features',
      description: `Reshapes each row to (${n}, 1) and reads the ${n} values one after another with an LSTM of 32 units; worth it only when the columns are ordered, like readings over time.`,
      variants: [[{ type: 'reshape', targetShape: [n, 1] }, { type: 'lstm', units: 32 }]],
    },
  ];
}

/** "steps whose 6 values are all 0": the padded steps of the user's data. */
function paddedSteps(features: number, maskValue: number): string {
  const value = String(maskValue).replace('-', '−');
  return features === 1 ? `steps whose value is ${value}` : `steps whose ${n(features)} values are all ${value}`;
}

/** A recurrent template's words: Masking first when the data pads, then the layer reading the steps. */
function readsSteps(layer: string, steps: number, features: number, maskValue: number | undefined): string {
  const eachStep = features === 1 ? 'the 1 feature of each step' : `all ${n(features)} features of each step`;
  if (maskValue === undefined) return `Reads the ${n(steps)} steps one after another with ${layer}, taking ${eachStep}, and answers from its last state`;
  return (
    `Masking first marks the padding after shorter recordings (${paddedSteps(features, maskValue)}); then ${layer} reads the ${n(steps)} steps ` +
    `one after another, taking ${eachStep} and skipping the padded ones, and answers from its state after the last real step`
  );
}

function sequenceCandidates(steps: number, features: number, maskValue: number | undefined): Candidate[] {
  const masking: LayerSpec[] = maskValue !== undefined ? [{ type: 'masking', maskValue }] : [];
  // Convolutions cannot skip padded steps: with 0 (each feature's mean once scaled) they count as average values.
  const averaged =
    maskValue === undefined
      ? ''
      : maskValue === 0
        ? ' The padded steps after shorter recordings are zeros, which a convolution cannot skip: they count as average values (0 is each feature’s average once scaled).'
        : ` The padded steps after shorter recordings (${paddedSteps(features, maskValue)}) cannot be skipped by a convolution: they count as ordinary steps.`;
  const across = features === 1 ? 'the 1 feature' : `all ${n(features)} features`;
  return [
    {
      id: 'conv1d', title: '1-D convolution',
      description:
        `Slides 32 and then 64 filters of width 3 along the ${n(steps)} steps (each filter spans ${across}), pools, ` +
        `and averages over the steps: fast, and good at local patterns.${averaged}`,
      variants: [
        [
          { type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' },
          { type: 'maxPooling1d', poolSize: 2 },
          { type: 'conv1d', filters: 64, kernelSize: 3, activation: 'relu' },
          { type: 'globalAveragePooling1d' },
        ],
        [{ type: 'conv1d', filters: 32, kernelSize: 3, padding: 'same', activation: 'relu' }, { type: 'globalAveragePooling1d' }],
      ],
    },
    {
      id: 'lstm', title: 'LSTM',
      description: `${readsSteps('an LSTM of 32 units', steps, features, maskValue)}: good when order over a long span matters.`,
      variants: [[...masking, { type: 'lstm', units: 32 }]],
    },
    {
      id: 'gru', title: 'GRU',
      description: `${readsSteps('a GRU of 32 units', steps, features, maskValue)}: like the LSTM with fewer gates, so fewer parameters and faster training.`,
      variants: [[...masking, { type: 'gru', units: 32 }]],
    },
    {
      id: 'conv1d-lstm', title: 'Convolution, then LSTM',
      description:
        `Slides 32 filters of width 3 along the ${n(steps)} steps to find short patterns across ${across}, ` +
        `halves the number of steps by pooling, then reads the patterns in order with an LSTM of 32 units: local patterns, then how they follow each other.${averaged}`,
      variants: [
        [
          { type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' },
          { type: 'maxPooling1d', poolSize: 2 },
          { type: 'lstm', units: 32 },
        ],
        [
          { type: 'conv1d', filters: 32, kernelSize: 3, padding: 'same', activation: 'relu' },
          { type: 'maxPooling1d', poolSize: 2, padding: 'same' },
          { type: 'lstm', units: 32 },
        ],
      ],
    },
  ];
}

function imageCandidates(): Candidate[] {
  return [
    {
      id: 'cnn', title: 'Small convolutional network',
      description: 'Two rounds of Conv2D (16, then 32 filters of 3×3, relu) and 2×2 max pooling, then Flatten and Dense(64): the classic small CNN.',
      variants: [
        [
          { type: 'conv2d', filters: 16, kernelSize: 3, activation: 'relu' },
          { type: 'maxPooling2d', poolSize: 2 },
          { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
          { type: 'maxPooling2d', poolSize: 2 },
          { type: 'flatten' },
          dense(64),
        ],
        [
          { type: 'conv2d', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' },
          { type: 'maxPooling2d', poolSize: 2, padding: 'same' },
          { type: 'conv2d', filters: 32, kernelSize: 3, padding: 'same', activation: 'relu' },
          { type: 'maxPooling2d', poolSize: 2, padding: 'same' },
          { type: 'flatten' },
          dense(64),
        ],
      ],
    },
    {
      id: 'mlp', title: 'Dense on the pixels',
      description: 'Flatten the image into one row and use two Dense layers: a baseline that ignores which pixels are neighbours.',
      variants: [[{ type: 'flatten' }, dense(64), dense(32)]],
    },
  ];
}

function candidatesFor(inputShape: readonly number[], maskValue: number | undefined): Candidate[] {
  const [a = 1, b = 1] = inputShape;
  if (inputShape.length === 1) return tableCandidates(a);
  if (inputShape.length === 2) return sequenceCandidates(a, b, maskValue);
  if (inputShape.length === 3) return imageCandidates();
  return [{ id: 'mlp', title: 'Flatten and Dense', description: 'Flatten each example into one row, then two Dense layers.', variants: [[{ type: 'flatten' }, dense(64), dense(32)]] }];
}

/** The templates that fit the data's input, the proposed one first; each ends with the head of the task. */
export function templatesFor(context: ModelContext): ModelTemplate[] {
  const { inputShape, head, maskValue } = context;
  const last = headLayer(head);
  const templates: ModelTemplate[] = [];
  for (const c of candidatesFor(inputShape, maskValue)) {
    const layers = c.variants.map((v) => [...v, last]).find((v) => analyzeModel({ inputShape, layers: v }, head).valid);
    if (layers) templates.push({ id: c.id, title: c.title, description: c.description, layers });
  }
  if (templates.length === 0) {
    // An input no template fits (e.g. a 1×1 image): the head alone, after Flatten where needed.
    const layers = inputShape.length > 1 ? [{ type: 'flatten' }, last] : [last];
    templates.push({ id: 'head-only', title: 'Output layer only', description: 'Only the layer that gives the answer.', layers });
  }
  return templates;
}

/** The first template: what a new model starts from. */
export function defaultDraft(context: ModelContext): ModelDraft {
  return { layers: templatesFor(context)[0]?.layers ?? [headLayer(context.head)] };
}
