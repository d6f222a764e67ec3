import type en from '../en/cli.messages';

/** Korean messages of the "cli" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
