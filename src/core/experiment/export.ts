/**
 * An experiment's model as files (docs/export-format.md): model.json + weights.bin in the
 * TensorFlow.js Layers format (tf.loadLayersModel reads them), preprocessing.json (how a row
 * becomes the network's input and its output a prediction), model.py (the Keras code), train.py
 * and requirements.txt (a Keras project training the same model on the same file), and
 * manifest.json (the size and SHA-256 of the other files, so that a reader can tell they belong
 * together). Pure: the caller writes the files (host.saveFiles, or the CLI).
 */
import { AppError, quoteInput } from '../errors';
import { msg } from '../i18n/message';
import type { Preprocessing } from '../features/types';
import { isSigmoidHead } from '../model/head';
import { kerasCode } from '../model/keras';
import type { ModelSpec } from '../model/types';
import { modelLabel } from './record';
import { columnNeeds } from './predict-columns';
import { manifestFile } from './manifest';
import { REQUIREMENTS_FILE, requirementsText, TRAIN_PY_FILE, trainPython } from './train-py/train-py';
import type { ExperimentRecord, StoredWeights } from './types';

export interface ExportFile {
  readonly name: string;
  readonly data: Uint8Array | string;
}

export const PREPROCESSING_FORMAT = 'layerbench-preprocessing';
export const PREPROCESSING_VERSION = 1;
export const WEIGHTS_FILE = 'weights.bin';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function requireTrained(record: ExperimentRecord): Required<Pick<ExperimentRecord, 'preprocessing' | 'spec'>> {
  if (!record.preprocessing || !record.spec) {
    throw new AppError({
      code: 'export/not-trained',
      message: msg('experiment.notTrained', { name: quoteInput(record.name) }),
      detail: `status ${record.status}; preprocessing ${record.preprocessing ? 'present' : 'absent'}; spec ${record.spec ? 'present' : 'absent'}`,
    });
  }
  return { preprocessing: record.preprocessing, spec: record.spec };
}

/** The model.json tfjs writes itself (tf.io's browserDownloads / file:// handlers), with one weights file. */
export function modelJson(weights: StoredWeights): object {
  return {
    format: 'layers-model',
    generatedBy: 'Layerbench (TensorFlow.js 4.22 tfjs-layers)',
    convertedBy: null,
    modelTopology: weights.modelTopology,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: weights.weightSpecs }],
  };
}

/**
 * What the network's output means. A sigmoid head gives one number p per example, the
 * probability of `classes[1]` (classes[0] is 1 − p): its own kind, so that a reader written for
 * one probability per class cannot misread it.
 */
function outputJson(preprocessing: Preprocessing, spec: ModelSpec): object {
  if (preprocessing.task !== 'classification') {
    return { kind: 'standardised-value', units: 1, activation: 'linear', targetMean: preprocessing.targetMean ?? 0, targetStd: preprocessing.targetStd ?? 1 };
  }
  const classes = preprocessing.classes ?? [];
  if (classes.length === 2 && isSigmoidHead(preprocessing.task, spec.layers)) {
    return { kind: 'sigmoid-probability', units: 1, activation: 'sigmoid', classes, positiveClass: classes[1] };
  }
  return { kind: 'probabilities', units: classes.length, activation: 'softmax', classes };
}

/** preprocessing.json: everything needed to reproduce the app's predictions outside it. */
export function preprocessingJson(record: ExperimentRecord, weights?: StoredWeights): object {
  const { preprocessing, spec } = requireTrained(record);
  return {
    format: PREPROCESSING_FORMAT,
    version: PREPROCESSING_VERSION,
    generatedBy: 'Layerbench',
    experiment: { id: record.id, name: record.name, createdAt: new Date(record.createdAt).toISOString(), ...(weights ? { weightsFromEpoch: weights.epoch } : {}) },
    dataset: record.dataset,
    task: preprocessing.task,
    target: preprocessing.target,
    inputShape: [null, ...spec.inputShape],
    ...(preprocessing.image
      ? { image: preprocessing.image }
      : { columns: columnNeeds(preprocessing).map((n) => (n.kind === 'number' ? { name: n.column, kind: n.kind } : { name: n.column, kind: n.kind, categories: n.categories })) }),
    ...(preprocessing.sequence ? { sequence: preprocessing.sequence } : {}),
    output: outputJson(preprocessing, spec),
    preprocessing,
    plan: record.plan,
    // The layers as designed and as built: what an import of this model needs to be a run again.
    model: record.model,
    spec,
    ...(record.imagePlan ? { imagePlan: record.imagePlan } : {}),
    ...(record.sequencePlan ? { sequencePlan: record.sequencePlan } : {}),
    settings: record.settings,
    ...(record.backend ? { backend: record.backend.backend } : {}),
  };
}

export function modelPython(record: ExperimentRecord): string {
  const { preprocessing, spec } = requireTrained(record);
  const head = {
    task: preprocessing.task,
    outputUnits: preprocessing.task === 'classification' ? (preprocessing.classes?.length ?? 0) : 1,
    target: preprocessing.target,
    learningRate: record.settings.learningRate,
    optimizer: record.settings.optimizer,
  };
  return [
    `# Generated by Layerbench from the experiment ${JSON.stringify(record.name)}.`,
    '# The trained weights are in model.json + weights.bin (TensorFlow.js Layers format);',
    '# preprocessing.json says how a row becomes the input below (see docs/export-format.md).',
    kerasCode(spec, head),
  ].join('\n');
}

/** The files of a model folder; manifest.json, last, lists the others. */
export function modelExportFiles(record: ExperimentRecord, weights: StoredWeights): ExportFile[] {
  const files: ExportFile[] = [
    { name: 'model.json', data: json(modelJson(weights)) },
    { name: WEIGHTS_FILE, data: new Uint8Array(weights.weightData.slice(0)) },
    { name: 'preprocessing.json', data: json(preprocessingJson(record, weights)) },
    { name: 'model.py', data: modelPython(record) },
    // Keras training of the same model on the same file, for bigger machines (train-py/).
    { name: TRAIN_PY_FILE, data: trainPython({ ...record, ...requireTrained(record) }) },
    { name: REQUIREMENTS_FILE, data: requirementsText({ ...record, ...requireTrained(record) }) },
  ];
  return [...files, manifestFile(files)];
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** "penguins-mlp-2026-11-23-1041": the dataset, the kind of model and the local date and time. */
export function experimentFileName(record: ExperimentRecord): string {
  const d = new Date(record.createdAt);
  const two = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
  const dataset = slug(record.dataset.name.replace(/\.[a-z0-9]{1,5}$/i, '')).slice(0, 40).replace(/-+$/, '') || 'experiment';
  const kind = slug(modelLabel(record.model).split(' ')[0] ?? '') || 'model';
  return `${dataset}-${kind}-${stamp}`;
}
