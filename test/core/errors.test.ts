import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n/message';
import { translator } from '../../src/core/i18n/translate';
import { AppError, clipInput, clipMessage, MAX_QUOTED_INPUT, quoteInput } from '../../src/core/errors';

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

describe('AppError', () => {
  it('keeps the user’s message when an error that crossed a boundary is thrown again', () => {
    const first = new AppError({ code: 'x', message: msg('common.internalError'), detail: 'd' }).toInfo();
    const again = new AppError(first);
    expect(again.msg).toEqual(msg('common.internalError'));
    expect(again.message).toBe('Something went wrong.');
    expect(translator('ko')(again.msg)).toBe('문제가 생겼습니다.');
  });
});
