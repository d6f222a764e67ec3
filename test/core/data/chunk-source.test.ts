import { describe, expect, it } from 'vitest';
import { readHead, RecordReader } from '../../../src/core/data/chunk-source';
import type { Newline } from '../../../src/core/data/sniff';
import { AppError } from '../../../src/core/errors';

interface Read {
  records: { fields: string[]; line: number }[];
  quoteProblems: { code: string; line: number }[];
}

/** Feeds `pieces` to a RecordReader that parses every piece at once (boundaries stay boundaries). */
function read(pieces: readonly string[], delimiter = ',', newline: Newline = '\n'): Read {
  const records: Read['records'] = [];
  const reader = new RecordReader(delimiter, newline, 't.csv', (fields, line) => records.push({ fields: [...fields], line }),
    { minParseChars: 1, maxRecordChars: 1 << 20 });
  for (const piece of pieces) reader.push(piece);
  reader.end();
  return { records, quoteProblems: [...reader.quoteProblems] };
}

/** A file with everything that can straddle a boundary: quoted delimiters, "" escapes, line breaks in quotes. */
const QUOTED = [
  'id,text,n',
  '1,"a, b",10',
  '2,"say ""hi""",20',
  '3,"two',
  'lines, one ""quote""",30',
  '4,plain,40',
  '5,"",50',
  '6,"ends with newline',
  '",60',
].join('\n') + '\n';

const QUOTED_RECORDS = [
  { fields: ['id', 'text', 'n'], line: 1 },
  { fields: ['1', 'a, b', '10'], line: 2 },
  { fields: ['2', 'say "hi"', '20'], line: 3 },
  { fields: ['3', 'two\nlines, one "quote"', '30'], line: 4 },
  { fields: ['4', 'plain', '40'], line: 6 },
  { fields: ['5', '', '50'], line: 7 },
  { fields: ['6', 'ends with newline\n', '60'], line: 8 },
];

describe('RecordReader', () => {
  it('reads the quoted file in one piece, with the line each record starts on', () => {
    expect(read([QUOTED]).records).toEqual(QUOTED_RECORDS);
  });

  it('gives the same records and lines for a split at every position', () => {
    for (let k = 1; k < QUOTED.length; k++) {
      const result = read([QUOTED.slice(0, k), QUOTED.slice(k)]);
      expect(result.records, `split at ${k}: ${JSON.stringify(QUOTED.slice(0, k))}`).toEqual(QUOTED_RECORDS);
    }
  });

  it('gives the same records for one character at a time and for three-way splits', () => {
    expect(read([...QUOTED]).records).toEqual(QUOTED_RECORDS);
    for (let a = 1; a < QUOTED.length; a += 3) {
      for (let b = a + 1; b < QUOTED.length; b += 5) {
        expect(read([QUOTED.slice(0, a), QUOTED.slice(a, b), QUOTED.slice(b)]).records).toEqual(QUOTED_RECORDS);
      }
    }
  });

  it('handles CRLF split between the carriage return and the line feed', () => {
    const text = 'a;b\r\n"x\r\ny";2\r\nz;3\r\n';
    const expected = [
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x\r\ny', '2'], line: 2 },
      { fields: ['z', '3'], line: 4 },
    ];
    for (let k = 1; k < text.length; k++) {
      expect(read([text.slice(0, k), text.slice(k)], ';', '\r\n').records, `split at ${k}`).toEqual(expected);
    }
  });

  it('keeps a last line without a line break, and blank lines as blank records', () => {
    expect(read(['a,b\n\n1,2']).records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: [''], line: 2 },
      { fields: ['1', '2'], line: 3 },
    ]);
  });

  it('reports a quote that is never closed, on the line where it opens', () => {
    const result = read(['a,b\n1,x\n2,"y\n3,z\n']);
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(result.quoteProblems).toEqual([{ code: 'MissingQuotes', line: 3 }]);
  });

  it('throws when an open quote swallows more than the record limit', () => {
    const reader = new RecordReader(',', '\n', 'big.csv', () => undefined, { minParseChars: 1, maxRecordChars: 50 });
    reader.push('a,b\n1,"never closed\n');
    let error: unknown = null;
    try {
      for (let i = 0; i < 20; i++) reader.push('more text\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('csv/unclosed-quote');
    expect((error as AppError).message).toContain('line 2');
  });
});

describe('readHead', () => {
  async function* pieces(...texts: string[]) {
    yield* texts;
  }

  it('reads until the minimum and three line breaks, or the end', async () => {
    expect(await readHead(pieces('ab', 'c\nd', 'e\n', 'f\n', 'g\n'), 3)).toEqual({ head: 'abc\nde\nf\n', ended: false });
    expect(await readHead(pieces('ab', 'cd'), 10)).toEqual({ head: 'abcd', ended: true });
  });
});
