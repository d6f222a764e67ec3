import type en from '../en/sources.messages';

/** Korean messages of the "sources" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
