/**
 * Training settings: their defaults, the checks that keep a run from starting with values
 * that cannot work, and the optimizer they name.
 */
import * as tf from '@tensorflow/tfjs';
import { appErrorInfo, quoteInput, type AppErrorInfo } from '../errors';
import { listOf, msg, type MessageParam } from '../i18n/message';
import type { OptimizerName, TrainingSettings } from './types';

/**
 * Epochs and patience: a small table gives only a few batches per epoch, and after 50 epochs the
 * network was often still improving (its best epoch the last) on tables of one or two hundred
 * rows. 100 epochs give it twice the steps, and a patience of 20 rides out the noisy validation
 * loss of a small validation share; early stopping, which keeps the best epoch's weights, still
 * ends a run as soon as the validation loss stops falling. The figures are in docs/quality.md.
 */
export const DEFAULT_SETTINGS: TrainingSettings = {
  epochs: 100,
  batchSize: 32,
  learningRate: 0.001,
  optimizer: 'adam',
  validationSplit: 0.2,
  earlyStoppingPatience: 20,
  seed: 42,
  testFraction: 0.2,
};

export const OPTIMIZERS: readonly OptimizerName[] = ['adam', 'sgd', 'rmsprop'];

/**
 * MiB of decoded images kept in memory by default: a set that fits is decoded once and trains as
 * fast as a table; a larger one is decoded a batch at a time, so that memory does not grow with it.
 */
export const DEFAULT_IMAGE_CACHE_MB = 512;
/** The largest budget accepted: far above what a browser tab may hold. */
export const MAX_IMAGE_CACHE_MB = 65_536;

/** The budget in bytes that a run's settings give (the default when they name none). */
export function imageCacheBytes(s: Pick<TrainingSettings, 'imageCacheMb'>): number {
  return (s.imageCacheMb ?? DEFAULT_IMAGE_CACHE_MB) * 1024 * 1024;
}

function isWhole(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** Blocking problems, in the order of the settings form; [] = fine. */
export function validateSettings(s: TrainingSettings): AppErrorInfo[] {
  const problems: AppErrorInfo[] = [];
  const bad = (field: keyof TrainingSettings, value: unknown, params: Record<string, MessageParam> = {}): void => {
    problems.push(
      appErrorInfo({
        code: `settings/bad-${field}`,
        message: msg(`train.settings.bad.${field}`, { value: String(value), ...params }),
        detail: `${field} = ${String(value)}`,
      }),
    );
  };
  if (!isWhole(s.epochs, 1, 10_000)) bad('epochs', s.epochs);
  if (!isWhole(s.batchSize, 1, 65_536)) bad('batchSize', s.batchSize);
  if (!(Number.isFinite(s.learningRate) && s.learningRate > 0 && s.learningRate <= 10)) bad('learningRate', s.learningRate);
  if (!OPTIMIZERS.includes(s.optimizer)) bad('optimizer', quoteInput(String(s.optimizer)), { choices: listOf(OPTIMIZERS, 'disjunction') });
  if (!(Number.isFinite(s.validationSplit) && s.validationSplit >= 0 && s.validationSplit <= 0.5)) bad('validationSplit', s.validationSplit);
  if (!isWhole(s.earlyStoppingPatience, 0, 10_000)) bad('earlyStoppingPatience', s.earlyStoppingPatience);
  if (!Number.isSafeInteger(s.seed)) bad('seed', s.seed);
  if (!(Number.isFinite(s.testFraction) && s.testFraction > 0 && s.testFraction <= 0.5)) bad('testFraction', s.testFraction);
  if (s.imageCacheMb !== undefined && !isWhole(s.imageCacheMb, 0, MAX_IMAGE_CACHE_MB)) bad('imageCacheMb', s.imageCacheMb, { max: MAX_IMAGE_CACHE_MB });
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
