import type { HeadSpec } from '../core/model/types';
import { translator, type Translator } from '../core/i18n/translate';
import { currentLocale } from './i18n/locale-store';

const LOSS_WORDS = {
  categoricalCrossentropy: 'app.loss.categoricalCrossentropy',
  binaryCrossentropy: 'app.loss.binaryCrossentropy',
  meanSquaredError: 'app.loss.meanSquaredError',
} as const satisfies Record<HeadSpec['loss'], string>;

/**
 * "Dense(3, softmax) + categorical cross-entropy": the head as the user will meet it in Keras,
 * the loss in the UI's language (the one on screen now, unless a translator is given).
 */
export function headText(head: HeadSpec, t: Translator = translator(currentLocale())): string {
  return `Dense(${head.units}, ${head.activation}) + ${lossWords(head.loss, t)}`;
}

export function lossWords(loss: HeadSpec['loss'], t: Translator = translator(currentLocale())): string {
  return t(LOSS_WORDS[loss]);
}
