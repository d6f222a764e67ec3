import type en from '../en/evaluate.messages';

/** Korean messages of the "evaluate" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
