import type en from '../en/experiment.messages';

/** Korean messages of the "experiment" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
} as const satisfies Record<keyof typeof en, string>;
