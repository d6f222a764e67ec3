/**
 * The simple model editor of issue 2: hidden Dense layers (with optional Dropout after each)
 * and the head that follows from the task, turned into a ModelSpec of tf.layers factory calls.
 */
import type { AppErrorInfo } from '../errors';
import type { Activation, HeadSpec, LayerSpec, MlpConfig, ModelSpec } from './types';

export const DEFAULT_MLP: MlpConfig = {
  hidden: [
    { units: 64, activation: 'relu' },
    { units: 32, activation: 'relu' },
  ],
  dropout: 0,
};

export const MAX_HIDDEN_LAYERS = 8;
export const MAX_UNITS = 4096;
export const MAX_DROPOUT = 0.9;

const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'elu', 'selu', 'linear', 'softmax'];

/** [inputWidth] → hidden Dense (+ Dropout) layers → head. */
export function mlpToSpec(inputWidth: number, mlp: MlpConfig, head: HeadSpec): ModelSpec {
  const layers: LayerSpec[] = [];
  for (const layer of mlp.hidden) {
    layers.push({ type: 'dense', units: layer.units, activation: layer.activation });
    if (mlp.dropout > 0) layers.push({ type: 'dropout', rate: mlp.dropout });
  }
  layers.push({ type: 'dense', units: head.units, activation: head.activation });
  return { inputShape: [inputWidth], layers };
}

/** Values the editor must not let through; [] = fine. Positions are 1-based, as the user counts. */
export function validateMlp(mlp: MlpConfig): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  if (mlp.hidden.length > MAX_HIDDEN_LAYERS) {
    problems.push({
      code: 'mlp/too-many-layers',
      message: `The model has ${mlp.hidden.length} hidden layers; use at most ${MAX_HIDDEN_LAYERS} (a table rarely needs more than 2 or 3).`,
    });
  }
  mlp.hidden.forEach((layer, i) => {
    const where = `Hidden layer ${i + 1}`;
    if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
      problems.push({
        code: 'mlp/bad-units',
        message: `${where} has ${String(layer.units)} units; units (the number of neurons) must be a whole number from 1 to ${MAX_UNITS}.`,
        detail: `hidden[${i}].units = ${String(layer.units)}`,
      });
    }
    if (!ACTIVATIONS.includes(layer.activation)) {
      problems.push({
        code: 'mlp/bad-activation',
        message: `${where} has an unknown activation “${String(layer.activation)}”; choose one of ${ACTIVATIONS.join(', ')}.`,
        detail: `hidden[${i}].activation = ${String(layer.activation)}`,
      });
    }
  });
  if (!Number.isFinite(mlp.dropout) || mlp.dropout < 0 || mlp.dropout > MAX_DROPOUT) {
    problems.push({
      code: 'mlp/bad-dropout',
      message: `Dropout is ${String(mlp.dropout)}; it is the share of values zeroed during training and must be between 0 and ${MAX_DROPOUT}.`,
      detail: `dropout = ${String(mlp.dropout)}`,
    });
  }
  if (mlp.head && (!Number.isInteger(mlp.head.units) || mlp.head.units < 1 || mlp.head.units > MAX_UNITS)) {
    problems.push({
      code: 'mlp/bad-units',
      message: `The last layer has ${String(mlp.head.units)} units; units must be a whole number from 1 to ${MAX_UNITS}.`,
      detail: `head.units = ${String(mlp.head.units)}`,
      fix: { label: 'Use the proposed last layer', action: 'use-proposed-head' },
    });
  }
  return problems;
}
