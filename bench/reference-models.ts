/**
 * The two reference models of the bench and their seeded data, shared by the TensorFlow.js bench
 * (train-throughput.ts) and described again, layer for layer, in torch_reference.py.
 * - MLP 16-64-64-3 on 4,096 table rows;
 * - CNN 28×28×1: conv16 (3×3, relu) · max-pool 2 · conv32 (3×3, relu) · max-pool 2 · dense 10 (softmax), 512 images.
 * Batch 64 and Adam (learning rate 0.001) for both.
 */
import type { EncodedDataset, EncodedInMemory } from '../src/core/features/types';
import type { ModelSpec } from '../src/core/model/types';
import { createRng } from '../src/core/random';

export interface ReferenceModel {
  readonly name: 'mlp' | 'cnn';
  readonly title: string;
  readonly spec: ModelSpec;
  readonly rows: number;
  readonly classes: number;
  /** Timed epochs after a warm-up: fewer for the CNN, which is slow without a GPU. */
  readonly timedEpochs: number;
}

export const BATCH = 64;

export const MLP: ReferenceModel = {
  name: 'mlp',
  title: 'MLP 16-64-64-3, 4,096 rows',
  rows: 4096,
  classes: 3,
  timedEpochs: 3,
  spec: {
    inputShape: [16],
    layers: [
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
  },
};

export const CNN: ReferenceModel = {
  name: 'cnn',
  title: 'CNN 28×28×1 conv16-pool-conv32-pool-dense10, 512 images',
  rows: 512,
  classes: 10,
  timedEpochs: 1,
  spec: {
    inputShape: [28, 28, 1],
    layers: [
      { type: 'conv2d', filters: 16, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ],
  },
};

export const REFERENCE_MODELS: readonly ReferenceModel[] = [MLP, CNN];

/** Seeded inputs in [0, 1) and a class that depends on them, one-hot. */
export function referenceData(model: ReferenceModel): EncodedInMemory {
  const width = model.spec.inputShape.reduce((a, b) => a * b, 1);
  const rng = createRng(7);
  const x = new Float32Array(model.rows * width).map(() => rng());
  const y = new Float32Array(model.rows * model.classes);
  const target = new Float32Array(model.rows);
  for (let r = 0; r < model.rows; r++) {
    const c = Math.floor((x[r * width]! + x[r * width + 1]!) * model.classes / 2) % model.classes;
    y[r * model.classes + c] = 1;
    target[r] = c;
  }
  const classes = Array.from({ length: model.classes }, (_, i) => `class ${i}`);
  return {
    preprocessing: { task: 'classification', target: 'y', slots: [], imputation: 'mean', classes },
    inputShape: [null, ...model.spec.inputShape] as unknown as EncodedDataset['inputShape'],
    outputUnits: model.classes,
    trainX: x, trainY: y, trainTarget: target,
    testX: x.slice(0, width), testY: y.slice(0, model.classes), testTarget: target.slice(0, 1),
    trainRows: model.rows, testRows: 1, droppedRows: 0,
  };
}
