import { describe, expect, it } from 'vitest';
import { clipInput, clipMessage, MAX_QUOTED_INPUT, quoteInput } from '../../src/core/errors';

describe('messages repeat at most a few hundred characters of the user input', () => {
  it('quotes short input as it is and cuts long input with “…”', () => {
    expect(quoteInput('cat.png')).toBe('“cat.png”');
    const long = quoteInput('x'.repeat(4_000_000));
    expect(long).toBe(`“${'x'.repeat(MAX_QUOTED_INPUT)}…”`);
    expect(clipInput('abcdef', 3)).toBe('abc…');
  });

  it('keeps the input on one line and never splits a character in two', () => {
    expect(clipInput('a\nb\r\n\u001b[31mc')).toBe('a b [31mc');
    expect(clipInput('😀'.repeat(10), 3)).toBe('😀😀😀…');
  });

  it('clips every long word of a library message, leaving the rest', () => {
    const message = `Unknown option '--${'z'.repeat(10_000)}'. Place it after '--'.`;
    const clipped = clipMessage(message);
    expect(clipped).toBe(`Unknown option '--${'z'.repeat(MAX_QUOTED_INPUT - 3)}… Place it after '--'.`);
  });
});
