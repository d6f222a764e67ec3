import type en from '../en/glossary.messages';

/** Korean messages of the "glossary" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
