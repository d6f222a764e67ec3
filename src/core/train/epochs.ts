/**
 * One epoch of fitting, two ways that give the same numbers: over tensors built once (inputs in
 * memory: one model.fit on the epoch's permuted rows), or over batches read from a SampleReader
 * (model.fitDataset over a generator that reads the next batch while this one trains), so that
 * a set larger than memory trains with memory that does not grow with it.
 *
 * Both see the fitted rows in the epoch's permutation, cut into batches of batchSize in order,
 * the same labels, the augmentation's rng drawn image by image in that order, and the validation
 * rows in ascending order in batches of batchSize, averaged per example.
 */
import * as tf from '@tensorflow/tfjs';
import type { EncodedDataset, SampleReader } from '../features/types';
import { SEED_STREAM, labelsForOutput, makeTrainingTensors, pickRows, sampleDims, splitValidation, subSeed, type TrainingTensors } from './data';
import { batchesOf, readBatches } from './sample-reader';

/** The epoch's rows changed for training only (image augmentation), `count` rows row-major. */
export type EpochAugment = (rows: Float32Array, count: number) => Float32Array;

export interface EpochArgs {
  readonly batchSize: number;
  readonly callbacks: tf.Callback[];
  readonly augment?: EpochAugment;
}

export interface EpochData {
  readonly fitRows: number;
  /** One pass over the fitted rows in `order` (positions 0 … fitRows − 1), then the validation rows. */
  fitEpoch(model: tf.LayersModel, order: Int32Array, args: EpochArgs): Promise<tf.History>;
  dispose(): void;
}

/**
 * `outputWidth`: the network's outputs per example (1 for a sigmoid head on two classes).
 * `reader`: read the training side's inputs from it, a batch at a time; absent, they are in memory.
 */
export function epochData(encoded: EncodedDataset, opts: { validationSplit: number; seed: number; outputWidth: number; augment: boolean; reader?: SampleReader }): EpochData {
  return opts.reader
    ? streamedEpochs(encoded, opts.reader, opts)
    : tensorEpochs(makeTrainingTensors(encoded, opts.validationSplit, opts.seed, opts.augment, opts.outputWidth));
}

function tensorEpochs(data: TrainingTensors): EpochData {
  return {
    fitRows: data.fitRows,
    async fitEpoch(model, permutation, { batchSize, callbacks, augment }) {
      const order = tf.tensor1d(permutation, 'int32');
      const xs = augment ? augmentedInputs(data, permutation, augment) : tf.gather(data.fitX, order);
      const ys = tf.gather(data.fitY, order);
      order.dispose();
      try {
        return await model.fit(xs, ys, {
          epochs: 1,
          batchSize,
          shuffle: false,
          verbose: 0,
          ...(data.validation ? { validationData: [data.validation.x, data.validation.y] as [tf.Tensor, tf.Tensor] } : {}),
          callbacks,
        });
      } finally {
        xs.dispose();
        ys.dispose();
      }
    },
    dispose: () => data.dispose(),
  };
}

/** The epoch's rows in `permutation` order, changed by `augment`, as a tensor shaped like fitX. */
function augmentedInputs(data: TrainingTensors, permutation: Int32Array, augment: EpochAugment): tf.Tensor {
  const inputs = data.fitXData ?? new Float32Array(0);
  const rowSize = data.fitRows > 0 ? inputs.length / data.fitRows : 0;
  const ordered = new Float32Array(inputs.length);
  permutation.forEach((row, i) => ordered.set(inputs.subarray(row * rowSize, (row + 1) * rowSize), i * rowSize));
  return tf.tensor(augment(ordered, data.fitRows), data.fitX.shape);
}

interface Batch extends tf.TensorContainerObject {
  xs: tf.Tensor;
  ys: tf.Tensor;
}

function streamedEpochs(
  encoded: EncodedDataset,
  reader: SampleReader,
  opts: { validationSplit: number; seed: number; outputWidth: number },
): EpochData {
  const dims = sampleDims(encoded.inputShape);
  const units = encoded.outputUnits;
  const labelWidth = opts.outputWidth === 1 ? 1 : units;
  const { fit, validation } = splitValidation(encoded.trainRows, opts.validationSplit, subSeed(opts.seed, SEED_STREAM.validation));
  /** Training-side positions in order, batch by batch; tensors exist only for the batch being used. */
  const dataset = (positions: Uint32Array, batchSize: number, augment?: EpochAugment): tf.data.Dataset<Batch> =>
    tf.data.generator(async function* () {
      for await (const batch of readBatches(reader, batchesOf(positions, batchSize))) {
        const count = batch.rows.length;
        const x = augment ? augment(batch.x, count) : batch.x;
        const y = labelsForOutput(pickRows(encoded.trainY, units, batch.rows), count, opts.outputWidth);
        yield { xs: tf.tensor(x, [count, ...dims]), ys: tf.tensor2d(y, [count, labelWidth]) };
      }
    });
  return {
    fitRows: fit.length,
    fitEpoch(model, permutation, { batchSize, callbacks, augment }) {
      const positions = Uint32Array.from(permutation, (i) => fit[i] as number);
      return model.fitDataset(dataset(positions, batchSize, augment), {
        epochs: 1,
        verbose: 0,
        callbacks,
        ...(validation.length > 0 ? { validationData: dataset(validation, batchSize) } : {}),
      });
    },
    dispose: () => undefined,
  };
}
