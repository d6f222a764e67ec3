/** English messages of the "layers" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
} as const satisfies Record<string, string>;
