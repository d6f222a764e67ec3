/**
 * TextDecoder, which Node, browsers and workers all have, typed here because core compiles
 * without the DOM and Node libraries (tsconfig.core.json).
 */
export interface TextDecoderLike {
  /** The WHATWG name of the encoding, lower case ("euc-kr" for the label "windows-949"). */
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string;
}

export interface DecoderOptions {
  readonly fatal?: boolean;
  /** Keep a byte order mark at the start as U+FEFF (for text that does not start a file). */
  readonly ignoreBOM?: boolean;
}

type TextDecoderConstructor = new (label?: string, options?: DecoderOptions) => TextDecoderLike;

/** A decoder for one encoding that replaces the runtime's own (see useDecoder). */
export type DecoderFactory = (options?: DecoderOptions) => TextDecoderLike;

const replacements = new Map<string, DecoderFactory>();

function builtIn(label: string, options?: DecoderOptions): TextDecoderLike {
  // Every runtime core runs in defines TextDecoder globally; only its type is missing here.
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Decoder(label, options);
}

/**
 * Decodes `encoding` (a WHATWG name) with `factory` from now on. A runtime whose TextDecoder
 * departs from the Encoding Standard (Node's ICU reads "euc-kr" without CP949's extension,
 * which Chromium has) registers a conforming decoder at its edge, so that the app and the CLI
 * read the same bytes as the same table.
 */
export function useDecoder(encoding: string, factory: DecoderFactory): void {
  replacements.set(encoding, factory);
}

/** Throws a RangeError for a label no decoder has. */
export function decoderFor(label: string, options?: DecoderOptions): TextDecoderLike {
  const decoder = builtIn(label, options);
  const replacement = replacements.get(decoder.encoding);
  return replacement ? replacement(options) : decoder;
}
