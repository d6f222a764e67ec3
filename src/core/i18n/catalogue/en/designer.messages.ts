/** English messages of the "designer" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
} as const satisfies Record<string, string>;
