/**
 * A trained model ⇄ StoredWeights, through tfjs' own save and load handlers, so that what is
 * stored is exactly what tfjs writes into model.json + weights.bin (export is serialisation).
 */
import * as tf from '@tensorflow/tfjs';
import { AppError } from '../errors';
import { msg } from '../i18n/message';
import type { StoredWeights, StoredWeightSpec } from './types';

function storedSpec(entry: tf.io.WeightsManifestEntry): StoredWeightSpec {
  if (entry.dtype !== 'float32' && entry.dtype !== 'int32' && entry.dtype !== 'bool') {
    throw new AppError({
      code: 'experiment/weight-dtype',
      message: msg('experiment.weightDtype'),
      detail: `weight ${entry.name} has dtype ${String(entry.dtype)}`,
    });
  }
  return { name: entry.name, shape: [...entry.shape], dtype: entry.dtype };
}

/** The model's topology and weights now (a copy: training may go on). */
export async function weightsFromModel(model: tf.LayersModel, epoch: number): Promise<StoredWeights> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved || saved.modelTopology === undefined || !saved.weightSpecs || saved.weightData === undefined) {
    throw new AppError({ code: 'experiment/save-weights', message: msg('experiment.saveWeights'), detail: 'model.save gave no topology or weights' });
  }
  const weightData = tf.io.CompositeArrayBuffer.join(saved.weightData);
  return { modelTopology: saved.modelTopology, weightSpecs: saved.weightSpecs.map(storedSpec), weightData, epoch };
}

/** A new model with the stored topology and weights (the caller disposes it). */
export async function modelFromWeights(weights: StoredWeights): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: weights.modelTopology as tf.io.ModelArtifacts['modelTopology'],
        weightSpecs: weights.weightSpecs.map((s) => ({ name: s.name, shape: [...s.shape], dtype: s.dtype })),
        weightData: weights.weightData,
      }),
    );
  } catch (err) {
    throw new AppError({
      code: 'experiment/load-weights',
      message: msg('experiment.loadWeights'),
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}
