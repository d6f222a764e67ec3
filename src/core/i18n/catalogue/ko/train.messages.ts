import type en from '../en/train.messages';

/** Korean messages of the "train" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
