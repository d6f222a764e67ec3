import type { HeadSpec } from '../core/model/types';

const LOSS_WORDS: Readonly<Record<HeadSpec['loss'], string>> = {
  categoricalCrossentropy: 'categorical cross-entropy',
  binaryCrossentropy: 'binary cross-entropy',
  meanSquaredError: 'mean squared error',
};

/** "Dense(3, softmax) + categorical cross-entropy": the head as the user will meet it in Keras. */
export function headText(head: HeadSpec): string {
  return `Dense(${head.units}, ${head.activation}) + ${LOSS_WORDS[head.loss]}`;
}

export function lossWords(loss: HeadSpec['loss']): string {
  return LOSS_WORDS[loss];
}
