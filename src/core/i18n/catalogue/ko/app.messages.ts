import type en from '../en/app.messages';

/** Korean messages of the "app" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
