import type en from '../en/shape.messages';

/** Korean messages of the "shape" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
