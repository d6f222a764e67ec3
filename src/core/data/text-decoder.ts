/**
 * TextDecoder, which Node, browsers and workers all have, typed here because core compiles
 * without the DOM and Node libraries (tsconfig.core.json).
 */
export interface TextDecoderLike {
  /** The WHATWG name of the encoding, lower case ("euc-kr" for the label "windows-949"). */
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string;
}

type TextDecoderConstructor = new (label?: string, options?: { readonly fatal?: boolean }) => TextDecoderLike;

/** Throws a RangeError for a label no decoder has. */
export function decoderFor(label: string, options?: { readonly fatal?: boolean }): TextDecoderLike {
  // Every runtime core runs in defines TextDecoder globally; only its type is missing here.
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Decoder(label, options);
}
