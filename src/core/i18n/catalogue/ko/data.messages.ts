import type en from '../en/data.messages';

/** Korean messages of the "data" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
