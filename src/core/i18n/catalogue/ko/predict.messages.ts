import type en from '../en/predict.messages';

/** Korean messages of the "predict" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
