/** English messages of the "app" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
} as const satisfies Record<string, string>;
