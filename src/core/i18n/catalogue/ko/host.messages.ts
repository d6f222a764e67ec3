import type en from '../en/host.messages';

/** Korean messages of the "host" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
