/**
 * Training settings: their defaults, the checks that keep a run from starting with values
 * that cannot work, and the optimizer they name.
 */
import * as tf from '@tensorflow/tfjs';
import type { AppErrorInfo } from '../errors';
import type { OptimizerName, TrainingSettings } from './types';

export const DEFAULT_SETTINGS: TrainingSettings = {
  epochs: 50,
  batchSize: 32,
  learningRate: 0.001,
  optimizer: 'adam',
  validationSplit: 0.2,
  earlyStoppingPatience: 10,
  seed: 42,
  testFraction: 0.2,
};

export const OPTIMIZERS: readonly OptimizerName[] = ['adam', 'sgd', 'rmsprop'];

function isWhole(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** Blocking problems, in the order of the settings form; [] = fine. */
export function validateSettings(s: TrainingSettings): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const bad = (field: string, message: string, value: unknown): void => {
    problems.push({ code: `settings/bad-${field}`, message, detail: `${field} = ${String(value)}` });
  };
  if (!isWhole(s.epochs, 1, 10_000)) {
    bad('epochs', `Epochs is ${String(s.epochs)}; it is how many times the network sees every training row, a whole number from 1 to 10,000.`, s.epochs);
  }
  if (!isWhole(s.batchSize, 1, 65_536)) {
    bad('batchSize', `Batch size is ${String(s.batchSize)}; it is how many rows the network sees before each weight update, a whole number from 1 to 65,536.`, s.batchSize);
  }
  if (!(Number.isFinite(s.learningRate) && s.learningRate > 0 && s.learningRate <= 10)) {
    bad('learningRate', `Learning rate is ${String(s.learningRate)}; it must be a number above 0 (0.001 is a good start) and at most 10.`, s.learningRate);
  }
  if (!OPTIMIZERS.includes(s.optimizer)) {
    bad('optimizer', `The optimizer “${String(s.optimizer)}” is unknown; choose one of ${OPTIMIZERS.join(', ')}.`, s.optimizer);
  }
  if (!(Number.isFinite(s.validationSplit) && s.validationSplit >= 0 && s.validationSplit <= 0.5)) {
    bad('validationSplit', `Validation split is ${String(s.validationSplit)}; it is the share of training rows set aside to draw the validation curve, between 0 and 0.5.`, s.validationSplit);
  }
  if (!isWhole(s.earlyStoppingPatience, 0, 10_000)) {
    bad('earlyStoppingPatience', `Early-stopping patience is ${String(s.earlyStoppingPatience)}; it must be a whole number of epochs (0 turns early stopping off).`, s.earlyStoppingPatience);
  }
  if (!Number.isSafeInteger(s.seed)) {
    bad('seed', `The seed is ${String(s.seed)}; it must be a whole number (the same seed gives the same split and the same results).`, s.seed);
  }
  if (!(Number.isFinite(s.testFraction) && s.testFraction > 0 && s.testFraction <= 0.5)) {
    bad('testFraction', `The held-out share is ${String(s.testFraction)}; it must be above 0 and at most 0.5.`, s.testFraction);
  }
  return problems;
}

export function makeOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  switch (name) {
    case 'adam':
      return tf.train.adam(learningRate);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
  }
}
