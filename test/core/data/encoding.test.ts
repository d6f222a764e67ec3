import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes } from '../../../src/core/data/csv';
import { decodeText, TextDecodeStream } from '../../../src/core/data/decode';
import { describeEncoding, detectEncoding, encodingByName, scriptShare, type EncodingName } from '../../../src/core/data/encoding';
import type { TypedDataset } from '../../../src/core/data/types';
import { AppError } from '../../../src/core/errors';
import { FIXTURES } from './fixtures';
import { english } from '../../../src/core/i18n/translate';

const ENCODINGS = join(FIXTURES, 'encodings');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ENCODINGS, name)));

/** Reads a file as the CLI does; `chunkBytes` small puts chunk boundaries inside characters. */
function parseBytes(path: string, options: { encoding?: EncodingName; chunkBytes?: number } = {}): Promise<TypedDataset> {
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 16 });
  const name = path.split('/').pop() as string;
  return parseCsvBytes(stream as AsyncIterable<Buffer>, { name, sizeBytes: statSync(path).size }, options.encoding ? { encoding: options.encoding } : {});
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function parseMemory(bytes: Uint8Array, name: string, encoding?: EncodingName, chunk = 1 << 16): Promise<TypedDataset> {
  return parseCsvBytes(chunksOf(bytes, chunk), { name, sizeBytes: bytes.length }, encoding ? { encoding } : {});
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

/** Everything a user sees of a table: names, kinds, categories and the preview cells. */
function tableView(ds: TypedDataset) {
  return {
    rows: ds.rowCount,
    columns: ds.columns.map((c) => ({ name: c.name, kind: c.kind, categories: c.kind === 'category' ? c.categories : null })),
    preview: ds.preview,
  };
}

const KOREAN_HEADERS = ['이름', '지역', '나이', '성별', '월소득(만원)', '구매횟수', '만족도', '등급'];

describe('the same Korean table in five encodings', () => {
  const files: [string, EncodingName][] = [
    ['korean-utf8.csv', 'utf-8'],
    ['korean-utf8-bom.csv', 'utf-8'],
    ['korean-utf16le-bom.csv', 'utf-16le'],
    ['korean-utf16be-bom.csv', 'utf-16be'],
    ['korean-utf16le.csv', 'utf-16le'],
    ['korean-cp949.csv', 'euc-kr'],
  ];

  it('reads identical headers and cells from each, at any chunk size', async () => {
    const reference = tableView(await parseBytes(join(ENCODINGS, 'korean-utf8.csv')));
    expect(reference.columns.map((c) => c.name)).toEqual(KOREAN_HEADERS);
    expect(reference.rows).toBe(50);
    expect(reference.columns.find((c) => c.name === '등급')?.categories).toEqual(['일반', '우수', '최우수']);
    expect(reference.preview[2]?.[0]).toBe('박유진');
    for (const [file, encoding] of files) {
      for (const chunkBytes of [1 << 16, 7, 2]) {
        const ds = await parseBytes(join(ENCODINGS, file), { chunkBytes });
        expect(ds.encoding?.encoding, `${file} in chunks of ${chunkBytes}`).toBe(encoding);
        expect(tableView(ds), `${file} in chunks of ${chunkBytes}`).toEqual(reference);
      }
    }
  });

  // Chromium's euc-kr decoder is CP949 (the Encoding Standard's); in Node, src/cli/node-decoders.ts
  // (registered by test/setup-node.ts, as by the CLI) gives the same table.
  it('reads the syllables of CP949\'s extension as Chromium does', async () => {
    const ds = await parseBytes(join(ENCODINGS, 'korean-uhc-cp949.csv'));
    expect(ds.encoding?.encoding).toBe('euc-kr');
    expect(ds.preview.slice(0, 2).map((row) => row[0])).toEqual(['박똠이', '김햏']);
  });

  it('says how each was recognised', async () => {
    expect((await detectEncoding(bytesOf('korean-utf8-bom.csv'), true)).decidedBy).toBe('byte order mark');
    expect((await detectEncoding(bytesOf('korean-utf16be-bom.csv'), true)).decidedBy).toBe('byte order mark');
    expect(await detectEncoding(bytesOf('korean-utf8.csv'), true)).toEqual({ encoding: 'utf-8', label: 'UTF-8', confidence: 1, decidedBy: 'valid UTF-8' });
    const cp949 = await detectEncoding(bytesOf('korean-cp949.csv'), true);
    expect(cp949).toMatchObject({ encoding: 'euc-kr', label: 'EUC-KR (Korean)', decidedBy: 'detector' });
    expect(english(describeEncoding(cp949))).toBe('EUC-KR (Korean), detected from the text');
  });
});

describe('detectEncoding', () => {
  it('recognises a short Korean export and Korean names over numbers', async () => {
    expect((await detectEncoding(bytesOf('korean-cp949-short.csv'), true)).encoding).toBe('euc-kr');
    const headers = bytesOf('korean-headers-cp949.csv');
    // jschardet alone ranks Chinese first here: too few characters for its statistics.
    expect(await detectEncoding(headers, true)).toMatchObject({ encoding: 'euc-kr', decidedBy: 'script ranges' });
    expect(scriptShare(headers, 'euc-kr')).toEqual({ pairs: 8, share: 1 });
    const ds = await parseBytes(join(ENCODINGS, 'korean-headers-cp949.csv'));
    expect(ds.columns.map((c) => [c.name, c.kind])).toEqual([['키', 'number'], ['몸무게', 'number'], ['나이', 'number'], ['점수', 'number']]);
  });

  it('recognises Shift-JIS (with 0x5C as a second byte) and GB18030', async () => {
    const ja = await parseBytes(join(ENCODINGS, 'japanese-shift-jis.csv'));
    expect(ja.encoding?.encoding).toBe('shift_jis');
    expect(ja.columns.map((c) => c.name)).toEqual(['名前', '年齢', '都道府県', '部署', '評価']);
    expect(ja.preview.map((r) => r[3])).toContain('ソフト開発');
    expect(ja.preview.map((r) => r[3])).toContain('表計算サポート');
    const zh = await parseBytes(join(ENCODINGS, 'chinese-gb18030.csv'));
    expect(zh.encoding?.encoding).toBe('gb18030');
    expect(zh.columns.map((c) => c.name)).toEqual(['姓名', '城市', '年龄', '收入', '评分']);
    expect(zh.columns.find((c) => c.name === '城市')).toMatchObject({ kind: 'category', categories: ['北京', '深圳', '上海', '成都', '广州'] });
  });

  it('keeps Müller, Möller and Mäller apart in a Windows-1252 file', async () => {
    const ds = await parseBytes(join(ENCODINGS, 'german-cp1252.csv'), { chunkBytes: 5 });
    expect(ds.encoding?.encoding).toBe('windows-1252');
    expect(ds.columns.map((c) => c.name)).toEqual(['Länge (cm)', 'Preis (€)', 'Größe', 'Kunde']);
    const customer = ds.columns.find((c) => c.name === 'Kunde');
    expect(customer).toMatchObject({ kind: 'category', categories: ['Müller', 'Möller', 'Mäller'], counts: [10, 10, 10] });
  });

  it('calls a sample UTF-8 when only its last character is cut off', async () => {
    const text = new TextEncoder().encode('name,city\nJü,서울\n');
    expect((await detectEncoding(text.subarray(0, text.length - 2), false)).encoding).toBe('utf-8');
    // … but not when that is the end of the file.
    expect((await detectEncoding(text.subarray(0, text.length - 2), true)).encoding).not.toBe('utf-8');
  });

  it('recognises UTF-16 without a byte order mark from its NUL bytes', async () => {
    const ascii = 'a,b\r\n1,2\r\n3,4\r\n5,6\r\n';
    const le = new Uint8Array(ascii.length * 2);
    const be = new Uint8Array(ascii.length * 2);
    for (let i = 0; i < ascii.length; i++) {
      le[2 * i] = ascii.charCodeAt(i);
      be[2 * i + 1] = ascii.charCodeAt(i);
    }
    expect(await detectEncoding(le, true)).toMatchObject({ encoding: 'utf-16le', decidedBy: 'UTF-16 pattern' });
    expect(await detectEncoding(be, true)).toMatchObject({ encoding: 'utf-16be', decidedBy: 'UTF-16 pattern' });
    expect((await parseMemory(be, 'be.csv', undefined, 3)).preview).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
  });
});

describe('binary files', () => {
  it('are still refused with the plain message', async () => {
    const png = await failure(parseBytes(join(FIXTURES, 'binary.csv')));
    expect(png.code).toBe('csv/binary-file');
    expect(png.message).toContain('not a text table');
    // The start of an .xlsx file (a zip archive) renamed to .csv.
    const zip = new Uint8Array(4096);
    zip.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    zip.set(new TextEncoder().encode('[Content_Types].xml'), 30);
    for (let i = 60; i < zip.length; i++) zip[i] = (i * 131 + 7) % 256;
    expect((await failure(parseMemory(zip, 'book.csv'))).code).toBe('csv/binary-file');
  });
});

describe('bytes that are not valid in the encoding', () => {
  it('name the line of the first bad byte, at any chunk size', async () => {
    const lines = ['name,city'];
    for (let i = 2; i <= 20; i++) lines.push(i === 12 ? 'M\u00fcller,K\u00f6ln' : `row${i},x`);
    const utf8 = new TextEncoder().encode(lines.join('\r\n') + '\r\n');
    // Line 12 in Latin-1: 0xFC is not UTF-8.
    const bytes = Uint8Array.from(lines.join('\r\n') + '\r\n', (c) => c.charCodeAt(0));
    for (const chunk of [1 << 16, 9, 1]) {
      const err = await failure(parseMemory(bytes, 'latin.csv', 'utf-8', chunk));
      expect(err.code).toBe('csv/invalid-text');
      expect(err.message).toBe('Line 12 of “latin.csv” is not valid UTF-8 text. Choose another text encoding.');
    }
    // Detected, it is Windows-1252 and reads.
    expect((await parseMemory(bytes, 'latin.csv')).preview[10]).toEqual(['Müller', 'Köln']);
    expect((await parseMemory(utf8, 'utf8.csv')).preview[10]).toEqual(['Müller', 'Köln']);
  });

  it('catch a bad byte far past the bytes the encoding was judged on', async () => {
    const rows = ['id,value'];
    for (let i = 1; i < 40_000; i++) rows.push(`${i},${i % 7}`);
    rows.push('40000,\u00e9');
    const text = rows.join('\n') + '\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(bytes.length).toBeGreaterThan(1 << 18);
    const err = await failure(parseMemory(bytes, 'late.csv', undefined, 1000));
    expect(err.message).toBe('Line 40,001 of “late.csv” is not valid UTF-8 text. Choose another text encoding.');
  });

  it('say which encoding was chosen, in words', async () => {
    const err = await failure(parseBytes(join(ENCODINGS, 'korean-utf8.csv'), { encoding: 'euc-kr' }));
    expect(err.message).toBe('Line 1 of “korean-utf8.csv” is not valid EUC-KR (Korean) text. Choose another text encoding.');
  });

  it('include a character cut off at the end of the file', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n3,서');
    const err = await failure(parseMemory(bytes.subarray(0, bytes.length - 1), 'cut.csv', 'utf-8', 4));
    expect(err.message).toContain('Line 3 of “cut.csv”');
  });

  it('a chosen encoding reads the bytes in it, whatever was detected', async () => {
    const ds = await parseBytes(join(ENCODINGS, 'german-cp1252.csv'), { encoding: 'windows-1250' });
    expect(ds.encoding).toEqual({ encoding: 'windows-1250', label: 'Windows-1250 (Central European)', confidence: 1, decidedBy: 'chosen' });
  });
});

describe('TextDecodeStream', () => {
  it('gives the same text for every split of the bytes', () => {
    const bytes = bytesOf('korean-cp949-short.csv');
    const whole = decodeText(bytes, 'euc-kr', 'x.csv');
    expect(whole.startsWith('이름,지역')).toBe(true);
    for (let a = 0; a < bytes.length; a += 3) {
      for (let b = a; b < bytes.length; b += 5) {
        const stream = new TextDecodeStream('euc-kr', 'x.csv');
        const text = stream.push(bytes.subarray(0, a)) + stream.push(bytes.subarray(a, b)) + stream.push(bytes.subarray(b)) + stream.end();
        expect(text).toBe(whole);
        expect(stream.bytesDecoded).toBe(bytes.length);
      }
    }
  });
});

describe('encodingByName', () => {
  it('knows the names people and programs use', () => {
    expect(encodingByName('cp949')).toBe('euc-kr');
    expect(encodingByName('EUC-KR')).toBe('euc-kr');
    expect(encodingByName('Shift_JIS')).toBe('shift_jis');
    expect(encodingByName('sjis')).toBe('shift_jis');
    expect(encodingByName('latin1')).toBe('windows-1252');
    expect(encodingByName('UTF8')).toBe('utf-8');
    expect(encodingByName('gbk')).toBe('gb18030');
    expect(encodingByName('ks_c_5601-1987')).toBe('euc-kr');
    expect(encodingByName('klingon')).toBeNull();
  });
});
