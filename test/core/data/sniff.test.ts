import { describe, expect, it } from 'vitest';
import {
  assertText, detectDecimalComma, detectDelimiter, detectHeader, detectNewline, sampleRecords,
} from '../../../src/core/data/sniff';
import { AppError } from '../../../src/core/errors';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : 'not an AppError';
  }
}

describe('detectNewline', () => {
  it('takes the first line break outside quotes', () => {
    expect(detectNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
    expect(detectNewline('a,b\n1,2\n')).toBe('\n');
    expect(detectNewline('a,b\r1,2\r')).toBe('\r');
    expect(detectNewline('"x\ny",b\r\n1,2')).toBe('\r\n');
    expect(detectNewline('a,b')).toBe('\n');
  });
});

describe('detectDelimiter', () => {
  const cases: [string, string, string][] = [
    ['comma', 'a,b,c\n1,2,3\n4,5,6\n', ','],
    ['semicolon with decimal commas', 'a;b;c\n1,5;2,25;x\n3,5;4;y\n', ';'],
    ['tab with commas in text', 'city\tnote\nOslo\tcold, dark\nRome\twarm\n', '\t'],
    ['pipe', 'a|b\n1|2\n3|4\n', '|'],
    ['comma with quoted semicolons', 'a,b\n"x;y",1\n"z;w;v",2\n', ','],
    ['a single column', 'value\n1\n2\n', ','],
  ];
  for (const [what, text, expected] of cases) {
    it(`finds the ${what}`, () => {
      expect(detectDelimiter(text, '\n', true)).toBe(expected);
    });
  }
});

describe('detectDecimalComma', () => {
  it('is on for a semicolon file that writes 1,5 and off for a comma file', () => {
    const semicolon = sampleRecords('a;b\n1,5;2\n3,25;4\n', ';', '\n', true);
    expect(detectDecimalComma(semicolon, ';')).toBe(true);
    expect(detectDecimalComma(sampleRecords('a,b\n1,2\n', ',', '\n', true), ',')).toBe(false);
  });

  it('is off when the sample writes decimals with a point', () => {
    expect(detectDecimalComma(sampleRecords('a;b\n1.5;2.5\n3.5;1,5\n', ';', '\n', true), ';')).toBe(false);
  });

  it('counts a cell with both marks for its last one, and "1,279" or "1.279" alone for neither', () => {
    const votes = (text: string): boolean => detectDecimalComma(sampleRecords(text, ';', '\n', true), ';');
    expect(votes('a;b\n1.279,5;x\n12.345,0;y\n')).toBe(true);
    expect(votes('a;b\n1,279.5;x\n12,345.0;y\n')).toBe(false);
    expect(votes('a;b\n1,279;x\n2.5;y\n')).toBe(false);
    expect(votes('a;b\n1.279;x\n2,5;y\n')).toBe(true);
    expect(votes('a;b\n1.279.000;x\n')).toBe(true);
    expect(votes('a;b\n1,279,000;x\n')).toBe(false);
    expect(votes('a;b\n1 279,50 €;x\n12,5 %;y\n')).toBe(true);
    expect(votes('a;b\n$1,279.50;x\n')).toBe(false);
  });
});

describe('numbers with thousands separators in the head', () => {
  it('still finds the comma when quoted cells hold "1,279.0"', () => {
    const text = 'name,revenue,label\na,"1,279.0",x\nb,"12,345.5",y\nc,"999.0",x\nd,"2,000,000.0",y\n';
    expect(detectDelimiter(text, '\n', true)).toBe(',');
  });

  it('sees names above "€1.279,00" and "12 %" cells', () => {
    expect(detectHeader([['price', 'share'], ['1.279,00 €', '12 %'], ['€3,5', '7 %']], true)).toBe(true);
    expect(detectHeader([['1.000,00 €', '1 %'], ['1.279,00 €', '12 %'], ['€3,5', '7 %']], true)).toBe(false);
  });
});

describe('detectHeader', () => {
  it('sees names above numbers', () => {
    expect(detectHeader([['x', 'y'], ['1', '2'], ['3', '4']], false)).toBe(true);
  });

  it('sees data when the first row is numbers like the rest', () => {
    expect(detectHeader([['5.1', '3.5', 'setosa'], ['4.9', '3.0', 'setosa'], ['6.3', '3.3', 'virginica']], false)).toBe(false);
  });

  it('assumes a header when no column is numeric', () => {
    expect(detectHeader([['a', 'b'], ['c', 'd']], false)).toBe(true);
  });

  it('ignores an empty first cell (a saved index) and missing markers', () => {
    expect(detectHeader([['', 'x'], ['0', '1.5'], ['1', 'NA'], ['2', '2.5']], false)).toBe(true);
  });
});

describe('assertText', () => {
  it('accepts text, including accents and a few undecodable characters', () => {
    expect(codeOf(() => assertText('name,city\nJosé,Zürich\nAna,\uFFFDvora\n', 'a.csv'))).toBeNull();
  });

  it('refuses NUL bytes and mostly-control text', () => {
    expect(codeOf(() => assertText('PK\u0003\u0004\u0000\u0000abc', 'x.csv'))).toBe('csv/binary-file');
    expect(codeOf(() => assertText('\uFFFD\u0001\u0002\uFFFD\uFFFDab\u0003', 'x.csv'))).toBe('csv/binary-file');
  });

  it('recognises UTF-16 text and says how to fix it', () => {
    const utf16 = [...'name,age\n\nAna,31\n'].map((c) => c + '\u0000').join('');
    expect(codeOf(() => assertText(utf16, 'u.csv'))).toBe('csv/unsupported-encoding');
  });
});
