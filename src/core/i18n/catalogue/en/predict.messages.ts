/** English messages of the "predict" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
} as const satisfies Record<string, string>;
