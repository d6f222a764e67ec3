import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/data/decode';
import { decoderFor } from '../../src/core/data/text-decoder';

// test/setup-node.ts registers the decoders, as the CLI's main does.
describe('Node decoders', () => {
  it('read CP949 syllables outside plain EUC-KR, as Chromium does', () => {
    expect(decoderFor('euc-kr').decode(new Uint8Array([0x8c, 0x63, 0xb0, 0xa1]))).toBe('똠가');
    expect(decoderFor('windows-949').decode(new Uint8Array([0xc7, 0xd1]))).toBe('한');
  });

  it('carry a character cut between two pieces', () => {
    const d = decoderFor('euc-kr', { fatal: true });
    expect(d.decode(new Uint8Array([0x8c]), { stream: true }) + d.decode(new Uint8Array([0x63]))).toBe('똠');
  });

  it('refuse bytes that are not CP949, on the line they are', () => {
    expect(() => decoderFor('euc-kr', { fatal: true }).decode(new Uint8Array([0x80, 0x41]))).toThrow(TypeError);
    expect(() => decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xc7, 0x0a]), 'euc-kr', 'k.csv')).toThrow(/Line 3/);
  });
});
