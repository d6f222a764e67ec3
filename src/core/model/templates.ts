/**
 * Starting architectures proposed from the shape of the data: a small MLP for a table, Conv1D
 * and LSTM for a sequence, a small CNN for an image, each ending with the head the task needs.
 * A template is only offered in a form that analyzeModel finds valid for this input (a small
 * input gets padding same, or fewer layers).
 */
import { analyzeModel } from './analyze';
import type { HeadContext, ModelDraft } from './designer-types';
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

function sequenceCandidates(steps: number, features: number): Candidate[] {
  return [
    {
      id: 'conv1d', title: '1-D convolution',
      description: `Slides 32 and then 64 filters of width 3 along the ${steps} steps (each filter spans all ${features} features), pools, and averages over the steps: fast, and good at local patterns.`,
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
      description: `Reads the ${steps} steps one after another with an LSTM of 32 units and answers from its last state: good when order over a long span matters.`,
      variants: [[{ type: 'lstm', units: 32 }]],
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

function candidatesFor(inputShape: readonly number[]): Candidate[] {
  const [a = 1, b = 1] = inputShape;
  if (inputShape.length === 1) return tableCandidates(a);
  if (inputShape.length === 2) return sequenceCandidates(a, b);
  if (inputShape.length === 3) return imageCandidates();
  return [{ id: 'mlp', title: 'Flatten and Dense', description: 'Flatten each example into one row, then two Dense layers.', variants: [[{ type: 'flatten' }, dense(64), dense(32)]] }];
}

/** The templates that fit this input, the proposed one first; each ends with the head of the task. */
export function templatesFor(inputShape: readonly number[], head: HeadContext): ModelTemplate[] {
  const last = headLayer(head);
  const templates: ModelTemplate[] = [];
  for (const c of candidatesFor(inputShape)) {
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
export function defaultDraft(inputShape: readonly number[], head: HeadContext): ModelDraft {
  return { layers: templatesFor(inputShape, head)[0]?.layers ?? [headLayer(head)] };
}
