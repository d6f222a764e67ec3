/**
 * The byte reader (byte-ingest.ts) must give exactly the dataset, warnings and errors of the
 * general reader (decoded text through papaparse) on every file: the fixtures, and files made
 * here with each thing it hands over at, placed past the preview rows where it reads rows itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteRecordScanner, QUOTED, QUOTED_ESCAPES } from '../../../src/core/data/byte-scan';
import { DEFAULT_CSV_TUNING, parseCsvBytes, type CsvTuning } from '../../../src/core/data/csv';
import { AppError } from '../../../src/core/errors';
import { FIXTURES, SAMPLES } from './fixtures';

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function read(bytes: Uint8Array, chunk: number, tuning: CsvTuning, encoding?: 'utf-8'): Promise<unknown> {
  try {
    return await parseCsvBytes(chunksOf(bytes, chunk), { name: 'file.csv', sizeBytes: bytes.length }, encoding === undefined ? {} : { encoding }, undefined, tuning);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { code: err.code, message: err.message, detail: err.detail };
  }
}

/** Byte reader and general reader agree, for whole-file reads and for tiny chunks and heads. */
async function expectSame(bytes: Uint8Array, chunks: readonly number[] = [1 << 16, 7], encoding?: 'utf-8'): Promise<unknown> {
  let first: unknown;
  for (const chunk of chunks) {
    const small: Partial<CsvTuning> = chunk < 64 ? { headChars: 16, minParseChars: 1 } : {};
    const fast = await read(bytes, chunk, { ...DEFAULT_CSV_TUNING, ...small, byteReader: true }, encoding);
    const general = await read(bytes, chunk, { ...DEFAULT_CSV_TUNING, ...small, byteReader: false }, encoding);
    expect(fast).toEqual(general);
    first ??= fast;
  }
  return first;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A header and `rows` rows of numbers, a category and a text id, with `odd` lines put in after row `at`. */
function table(rows: number, odd: readonly string[] = [], at = 70, newline = '\n'): string {
  const lines = ['x,y,group,id,when'];
  const groups = ['alpha', 'beta', 'NA', 'Ölfeld', '서울'];
  for (let r = 0; r < rows; r++) {
    lines.push(`${(r * 0.37 - 20).toFixed(3)},${r % 7 === 0 ? '' : String(r * 13)},${groups[r % 5]},id-${r * 7919},2024-01-${String((r % 28) + 1).padStart(2, '0')}`);
    if (r === at) lines.push(...odd);
  }
  return lines.join(newline) + newline;
}

describe('byte reader against the general reader', () => {
  it('agrees on every fixture and built-in sample', async () => {
    const files = [
      ...readdirSync(FIXTURES).filter((f) => /\.(csv|tsv)$/.test(f)).map((f) => join(FIXTURES, f)),
      ...readdirSync(join(FIXTURES, 'encodings')).filter((f) => f.endsWith('.csv')).map((f) => join(FIXTURES, 'encodings', f)),
      join(FIXTURES, 'bad', 'predict-hostile-rows.csv'),
      ...readdirSync(SAMPLES).filter((f) => f.endsWith('.csv')).map((f) => join(SAMPLES, f)),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) await expectSame(new Uint8Array(readFileSync(file)), [1 << 16, 5]);
  }, 60_000);

  it('reads the plain rows itself and gives the same table', async () => {
    const ds = (await expectSame(utf8(table(300)))) as { rowCount: number; columns: { kind: string }[] };
    expect(ds.rowCount).toBe(300);
    expect(ds.columns.map((c) => c.kind)).toEqual(['number', 'number', 'category', 'text', 'datetime']);
  });

  it('agrees with CRLF line ends, a byte order mark, two marks, and no line break at the end', async () => {
    await expectSame(utf8(table(200, [], 70, '\r\n')));
    await expectSame(utf8('\ufeff' + table(200)));
    await expectSame(utf8('\ufeff\ufeff' + table(200)));
    await expectSame(utf8(table(200).trimEnd()));
    await expectSame(utf8(table(200) + '\n\n'));
    await expectSame(utf8(table(200) + '  '));
    for (const tiny of ['\ufeffa\n', '\ufeffa\n1', '\ufeff\ufeffa,b\n1,2', 'a\n1']) await expectSame(utf8(tiny), [1 << 16, 1, 2]);
  });

  it.each([
    ['quoted cells with delimiters, line breaks and doubled quotes', ['"1,5",2,"a ""b""",x,"line\nbreak"', '3,"4",beta,"id\r\n9",']],
    ['a quote inside a cell', ['1,2,al"pha,x,y', '1,2,alpha,x,y']],
    ['text after a closing quote', ['1,2,"alpha" x,x,y']],
    ['spaces after a closing quote', ['1,2,"alpha"  ,x,y']],
    ['a quote never closed', ['1,2,"alpha,x,y', '5,6,beta,x,y']],
    ['a carriage return inside a line', ['1,2\r,alpha,x,y', '1\r2,3,alpha,x,y']],
    ['blank lines and lines of bare separators', ['', ',,,,', '   ', ' ,alpha,,,']],
    ['ragged rows', ['1,2,3', '1,2,alpha,x,y,z', '1,2,alpha,x,y,,,']],
    ['cells that are almost numbers', ['-,.,+3,x, 5', '1e5,-.5,5.,x,1234567890123456', '12%,"1,234",€5,x,(3)', 'NaN,Infinity,#DIV/0!,x,1e400']],
    ['a first cell that is blank', [',2,alpha,x,y', ' 1,2,alpha,x,y']],
    ['non-ASCII text and look-alike blanks', ['1,2,\u00a0,x,y', '1,2,\u3000서울\u3000,x,y', '1,2,\ufeffalpha,x,y']],
  ])('agrees on %s', async (_name, odd) => {
    await expectSame(utf8(table(150, odd)));
    await expectSame(utf8(table(150, odd, 3)));
  });

  it('agrees when a quote never closed swallows more than the byte reader carries (1 MB)', async () => {
    await expectSame(utf8(table(30_000, ['1,2,"alpha,x,y'], 100)), [1 << 16]);
  });

  it('agrees on a decimal-comma file, points and commas both', async () => {
    const lines = ['a;b;c'];
    for (let r = 0; r < 200; r++) lines.push(`${r},5;${r % 3 === 0 ? '1.279' : `${r}.5`};x${r % 4}`);
    await expectSame(utf8(lines.join('\n') + '\n'));
  });

  it('agrees on columns that turn to text, dates and many distinct labels late in the file', async () => {
    const lines = ['n,d,label'];
    for (let r = 0; r < 3000; r++) lines.push(`${r < 2000 ? r : `t${r}`},${r < 2900 ? '2024-02-03 10:00' : r},${r % 2 === 0 ? 'same' : `v${r}`}`);
    await expectSame(utf8(lines.join('\n') + '\n'));
  });

  it('refuses bytes that are not UTF-8 naming the same line, before or after the byte reader took over', async () => {
    const text = utf8(table(400));
    for (const line of [3, 90, 380]) {
      let at = 0;
      for (let k = 1; k < line; k++) at = text.indexOf(10, at) + 1;
      const bad = text.slice();
      bad[at + 2] = 0xff;
      // Chosen as UTF-8: detection would take a file with a stray 0xFF for another encoding.
      const result = (await expectSame(bad, [1 << 16, 7], 'utf-8')) as { code: string; message: string };
      expect(result.code).toBe('csv/invalid-text');
      expect(result.message).toContain(`Line ${line} `);
    }
  });
});

describe('ByteRecordScanner', () => {
  /** Scans `text` up to its last line feed (the scanner's precondition), as the reader calls it. */
  function scan(text: string, final = true, crlf = false) {
    const scanner = new ByteRecordScanner(44, crlf, 46);
    const records: { line: number; fields: (string | number)[] }[] = [];
    const bytes = utf8(text);
    const stop = scanner.scan(bytes, 0, bytes.lastIndexOf(10) + 1, final, (buf, _start, _end, count, line) => {
      const fields: (string | number)[] = [];
      for (let f = 0; f < count; f++) {
        const value = scanner.numbers[f] as number;
        const raw = new TextDecoder().decode(buf.subarray(scanner.starts[f], scanner.ends[f]));
        fields.push(value === value ? value : scanner.kinds[f] === QUOTED ? `q:${raw}` : scanner.kinds[f] === QUOTED_ESCAPES ? `qq:${raw}` : raw);
      }
      records.push({ line, fields });
      return true;
    });
    return { records, stop };
  }

  it('reads plain decimals as numbers and keeps other cells as byte ranges', () => {
    const { records, stop } = scan('-12.345,5.,.5,-0,1e5,+3, 4,-,1234567890123456,abc\n');
    expect(records[0]?.fields).toEqual([-12.345, 5, 0.5, -0, '1e5', '+3', ' 4', '-', '1234567890123456', 'abc']);
    expect(stop).toEqual({ at: 37 + 13, handover: false });
  });

  it('counts line breaks inside quotes for the next record\'s line', () => {
    const { records } = scan('"a\nb","x""y"\n1,2\n');
    expect(records).toEqual([{ line: 1, fields: ['q:a\nb', 'qq:x""y'] }, { line: 3, fields: [1, 2] }]);
  });

  it('leaves an unfinished record for the next bytes, and hands over at an odd one', () => {
    expect(scan('1,2\n3,"4\n', false).stop).toEqual({ at: 4, handover: false });
    expect(scan('1,2\n3,"4\n', true).stop).toEqual({ at: 4, handover: true });
    expect(scan('1,2\n3,"4"x\n5,6\n').stop).toEqual({ at: 4, handover: true });
    expect(scan('1,2\n3,a"b\n').stop).toEqual({ at: 4, handover: true });
    expect(scan('1,2\r\n3\r,4\r\n', true, true).stop).toEqual({ at: 5, handover: true });
    expect(scan('1,2\n3\r\n', true, true).stop).toEqual({ at: 0, handover: true });
  });
});
