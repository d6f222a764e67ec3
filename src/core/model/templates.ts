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
import { msg, type Message } from '../i18n/message';
import { shapeText } from './format';
import { proposeHead } from './head';
import type { LayerSpec } from './types';

export interface ModelTemplate {
  readonly id: string;
  readonly title: Message;
  readonly description: Message;
  readonly layers: readonly LayerSpec[];
}

interface Candidate {
  readonly id: string;
  readonly title: Message;
  readonly description: Message;
  /** Tried in order; the first that fits the input is offered. */
  readonly variants: readonly (readonly LayerSpec[])[];
}

export function headLayer(head: HeadContext): LayerSpec {
  const spec = proposeHead(head.task, head.outputUnits, { target: head.target ?? '' });
  return { type: 'dense', units: spec.units, activation: spec.activation };
}

const dense = (units: number): LayerSpec => ({ type: 'dense', units, activation: 'relu' });

/**
 * The table MLP's penalty on its hidden weights. On tables of a few hundred rows an unpenalised
 * 64-32 network fits noise and can end below a plain logistic or linear regression; with
 * L2(0.001) (and the 100 epochs of DEFAULT_SETTINGS) it matched or beat scikit-learn's on the
 * public tables of docs/quality.md within one held-out row. A penalty adds no parameters.
 */
const TABLE_L2 = 0.001;
const penalised = (units: number): LayerSpec => ({ ...dense(units), kernelRegularizer: { l2: TABLE_L2 } });

function tableCandidates(n: number): Candidate[] {
  return [
    {
      id: 'mlp', title: msg('designer.template.table.mlp.title'),
      description: msg('designer.template.table.mlp.description'),
      variants: [[penalised(64), penalised(32)]],
    },
    {
      id: 'conv1d', title: msg('designer.template.table.conv1d.title'),
      description: msg('designer.template.table.conv1d.description', { shape: shapeText([n, 1]), n }),
      variants: [[{ type: 'reshape', targetShape: [n, 1] }, { type: 'conv1d', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }, { type: 'flatten' }]],
    },
    {
      id: 'lstm', title: msg('designer.template.table.lstm.title'),
      description: msg('designer.template.table.lstm.description', { shape: shapeText([n, 1]), n }),
      variants: [[{ type: 'reshape', targetShape: [n, 1] }, { type: 'lstm', units: 32 }]],
    },
  ];
}

/** "steps whose 6 values are all 0": the padded steps of the user's data. */
function paddedSteps(features: number, maskValue: number): Message {
  // The mask value as the layer's argument holds it (a shape-like value, not a measured number).
  return msg('designer.template.sequence.paddedSteps', { features, value: String(maskValue).replace('-', '−') });
}

/** A recurrent template's words: Masking first when the data pads, then the layer reading the steps. */
function readsSteps(layer: Message, steps: number, features: number, maskValue: number | undefined): Message {
  if (maskValue === undefined) return msg('designer.template.sequence.reads', { layer, steps, features });
  return msg('designer.template.sequence.readsMasked', { layer, steps, features, padded: paddedSteps(features, maskValue) });
}

function sequenceCandidates(steps: number, features: number, maskValue: number | undefined): Candidate[] {
  const masking: LayerSpec[] = maskValue !== undefined ? [{ type: 'masking', maskValue }] : [];
  // Convolutions cannot skip padded steps: with 0 (each feature's mean once scaled) they count as average values.
  const averaged = {
    padded: maskValue === undefined ? 'no' : 'yes',
    note:
      maskValue === undefined
        ? ''
        : maskValue === 0
          ? msg('designer.template.sequence.paddedZeros')
          : msg('designer.template.sequence.paddedOrdinary', { padded: paddedSteps(features, maskValue) }),
  };
  return [
    {
      id: 'conv1d', title: msg('designer.template.sequence.conv1d.title'),
      description: msg('designer.template.sequence.conv1d.description', { steps, features, ...averaged }),
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
      id: 'lstm', title: msg('designer.template.sequence.lstm.title'),
      description: msg('designer.template.sequence.lstm.description', { reads: readsSteps(msg('designer.template.sequence.lstmLayer'), steps, features, maskValue) }),
      variants: [[...masking, { type: 'lstm', units: 32 }]],
    },
    {
      id: 'gru', title: msg('designer.template.sequence.gru.title'),
      description: msg('designer.template.sequence.gru.description', { reads: readsSteps(msg('designer.template.sequence.gruLayer'), steps, features, maskValue) }),
      variants: [[...masking, { type: 'gru', units: 32 }]],
    },
    {
      id: 'conv1d-lstm', title: msg('designer.template.sequence.convLstm.title'),
      description: msg('designer.template.sequence.convLstm.description', { steps, features, ...averaged }),
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
      id: 'cnn', title: msg('designer.template.image.cnn.title'),
      description: msg('designer.template.image.cnn.description'),
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
      id: 'mlp', title: msg('designer.template.image.mlp.title'),
      description: msg('designer.template.image.mlp.description'),
      variants: [[{ type: 'flatten' }, dense(64), dense(32)]],
    },
  ];
}

function candidatesFor(inputShape: readonly number[], maskValue: number | undefined): Candidate[] {
  const [a = 1, b = 1] = inputShape;
  if (inputShape.length === 1) return tableCandidates(a);
  if (inputShape.length === 2) return sequenceCandidates(a, b, maskValue);
  if (inputShape.length === 3) return imageCandidates();
  return [{ id: 'mlp', title: msg('designer.template.flat.title'), description: msg('designer.template.flat.description'), variants: [[{ type: 'flatten' }, dense(64), dense(32)]] }];
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
    templates.push({ id: 'head-only', title: msg('designer.template.headOnly.title'), description: msg('designer.template.headOnly.description'), layers });
  }
  return templates;
}

/** The first template: what a new model starts from. */
export function defaultDraft(context: ModelContext): ModelDraft {
  return { layers: templatesFor(context)[0]?.layers ?? [headLayer(context.head)] };
}
