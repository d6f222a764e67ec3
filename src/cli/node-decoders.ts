/**
 * Decoders that make Node read text as Chromium does. Node's TextDecoder (ICU) knows "euc-kr"
 * only as plain EUC-KR: the 8,822 syllables CP949 adds (똠, 햏, …), which Excel in Korea writes
 * and the Encoding Standard includes, come out as a C1 control and a letter. iconv-lite carries
 * CP949's full table; it is registered here, at Node's edge, only when Node's own decoder lacks it.
 */
import iconv from 'iconv-lite';
import { decoderFor, useDecoder, type TextDecoderLike } from '../core/data/text-decoder';

/** 똠 in CP949: a syllable from the extension plain EUC-KR lacks. */
const PROBE = new Uint8Array([0x8c, 0x63]);

class IconvDecoder implements TextDecoderLike {
  private decoder = iconv.getDecoder('cp949');

  constructor(
    readonly encoding: string,
    private readonly fatal: boolean,
  ) {}

  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string {
    let text = input && input.length > 0 ? this.decoder.write(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) : '';
    if (!options?.stream) {
      text += this.decoder.end() ?? '';
      this.decoder = iconv.getDecoder('cp949');
    }
    // iconv-lite marks a byte it cannot read with U+FFFD, which no CP949 sequence encodes.
    if (this.fatal && text.includes('\uFFFD')) throw new TypeError('The encoded data was not valid for encoding euc-kr');
    return text;
  }
}

export function registerNodeDecoders(): void {
  if (decoderFor('euc-kr').decode(PROBE) === '똠') return;
  useDecoder('euc-kr', (options) => new IconvDecoder('euc-kr', options?.fatal === true));
}
