import type en from '../en/layers.messages';

/** Korean messages of the "layers" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
