import type en from '../en/designer.messages';

/** Korean messages of the "designer" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
