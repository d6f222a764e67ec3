/** What the browser host reaches of its page: passed in, so that tests give a fake document and fetch. */
export interface BrowserHostEnv {
  readonly document: Document;
  readonly window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly fetch: typeof fetch;
  /** Where the samples are served, ending in "/". */
  readonly samplesBase: string;
  /** Blob URLs for downloads; the global URL when absent. */
  readonly urls?: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}
