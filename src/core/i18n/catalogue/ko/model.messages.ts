import type en from '../en/model.messages';

/** Korean messages of the "model" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
