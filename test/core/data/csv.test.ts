import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvText, utf8Length } from '../../../src/core/data/csv';
import type { ParseProgress } from '../../../src/core/data/types';
import { english } from '../../../src/core/i18n/translate';
import { msg } from '../../../src/core/i18n/message';
import {
  categoryColumnOf, column, expectAppError, FIXTURES, numberColumnOf, parseFile, parseFixture, plain, SAMPLES, textColumnOf,
} from './fixtures';

describe('parseCsv on the fixtures', () => {
  it('reads a semicolon file with decimal commas as numbers', async () => {
    const ds = await parseFixture('semicolon-decimal-comma.csv');
    expect(ds.delimiter).toBe(';');
    expect(ds.rowCount).toBe(4);
    expect(ds.columns.map((c) => c.name)).toEqual(['name', 'price', 'weight', 'group']);
    const price = numberColumnOf(ds, 'price');
    expect(plain(price.values)).toEqual([1.5, 2.25, 3, 4.75]);
    expect(price.mean).toBeCloseTo(2.875, 12);
    // deviations −1.375, −0.625, 0.125, 1.875: squares sum 5.8125, / (4 − 1)
    expect(price.std).toBeCloseTo(Math.sqrt(5.8125 / 3), 12);
    expect([price.min, price.max, price.missing, price.integer]).toEqual([1.5, 4.75, 0, false]);
    const weight = numberColumnOf(ds, 'weight');
    expect(plain(weight.values)).toEqual([10, 20, null, 40]);
    expect(weight.missing).toBe(1);
    expect(english(weight.reason)).toBe('All 3 values are numbers (1 missing).');
    const group = categoryColumnOf(ds, 'group');
    expect(group.categories).toEqual(['x', 'y']);
    expect(Array.from(group.codes)).toEqual([0, 1, 0, 1]);
    expect(textColumnOf(ds, 'name').role).toBe('identifier');
    expect(ds.preview[0]).toEqual(['A', '1,5', '10', 'x']);
  });

  it('strips the BOM and the carriage returns of a Windows file', async () => {
    const ds = await parseFixture('bom-crlf.csv');
    expect(ds.columns.map((c) => c.name)).toEqual(['id', 'temp', 'city']);
    expect(categoryColumnOf(ds, 'city').categories).toEqual(['Oslo', 'Rome']);
    expect(plain(numberColumnOf(ds, 'temp').values)).toEqual([20.5, 21, null, 19.5]);
    expect(ds.suggestedExclusions.map((e) => e.column)).toEqual(['id']);
    expect(english(ds.suggestedExclusions[0]?.reason ?? msg('common.internalError'))).toContain('1 to 4');
    expect(ds.warnings).toEqual([]);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside one cell', async () => {
    const ds = await parseFixture('quoted-newlines.csv');
    expect(ds.rowCount).toBe(4);
    expect(ds.preview.map((r) => r[1])).toEqual(['Hello, world', 'Line one\nline two', 'She said "hi"', 'plain']);
    expect(plain(numberColumnOf(ds, 'score').values)).toEqual([5, 7, 9, 11]);
  });

  it('skips blank lines and lines of bare separators, naming them', async () => {
    const ds = await parseFixture('blank-lines.csv');
    expect(ds.rowCount).toBe(3);
    expect(plain(numberColumnOf(ds, 'a').values)).toEqual([1, 2, 3]);
    expect(ds.warnings).toHaveLength(1);
    expect(ds.warnings[0]?.code).toBe('csv/blank-lines');
    expect(ds.warnings[0]?.message).toBe('3 blank lines were skipped in “blank-lines.csv” (lines 3, 5, and 7).');
  });

  it('treats two text cells among 118 numbers as stray and names them', async () => {
    const ds = await parseFixture('stray-text.csv');
    const height = numberColumnOf(ds, 'height');
    expect(height.strayCount).toBe(2);
    expect(height.strayCells).toEqual([
      { row: 10, line: 11, value: 'unknown' },
      { row: 50, line: 51, value: 'tall' },
    ]);
    expect(height.missing).toBe(0);
    expect(Number.isNaN(height.values[9])).toBe(true);
    // Σ(150 + r mod 40) for r = 1…120 is 20,340; rows 10 and 50 (160 each) are text.
    expect(height.mean).toBeCloseTo(20020 / 118, 10);
    const warning = ds.warnings.find((w) => w.code === 'csv/stray-text');
    expect(warning?.message).toBe('Column “height” holds numbers except for 2 text cells (“unknown” on line 11 and “tall” on line 51); they are treated as missing.');
  });

  it('refuses an empty file', async () => {
    await expectAppError(parseFixture('empty.csv'), 'csv/empty-file', 'empty.csv', 'empty');
    await expectAppError(parseCsvText('\n\n  \n', 'blank.csv'), 'csv/empty-file', 'blank.csv');
  });

  it('refuses a header without rows', async () => {
    await expectAppError(parseFixture('header-only.csv'), 'csv/header-only', 'header-only.csv', 'no data rows');
  });

  it('refuses a file where many rows have the wrong number of values, naming the first', async () => {
    await expectAppError(parseFixture('ragged.csv'), 'csv/ragged-rows',
      'ragged.csv', 'line 4 has 2 values but there are 3 columns', '3 of 10 rows');
  });

  it('refuses a binary file named .csv', async () => {
    await expectAppError(parseFixture('binary.csv'), 'csv/binary-file', 'binary.csv', 'not a text table');
  });

  it('refuses more than 1,000 columns, saying the limit', async () => {
    await expectAppError(parseFixture('wide-1200-columns.csv'), 'csv/too-many-columns', '1,200 columns', 'at most 1,000');
  });

  it('reads a target with one class as a one-value category', async () => {
    const ds = await parseFixture('one-class.csv');
    const label = categoryColumnOf(ds, 'label');
    expect(label.categories).toEqual(['yes']);
    expect(label.counts).toEqual([6]);
  });

  it('types an all-missing column as empty and proposes to leave it out', async () => {
    const ds = await parseFixture('target-all-missing.csv');
    const target = column(ds, 'target');
    expect(target.kind).toBe('empty');
    expect(target.missing).toBe(5);
    expect(ds.suggestedExclusions).toEqual([{ column: 'target', reason: msg('data.exclude.noValues') }]);
  });

  it('names the columns of a file without a header and keeps its first row', async () => {
    const ds = await parseFixture('no-header.csv');
    expect(ds.columns.map((c) => c.name)).toEqual(['column 1', 'column 2', 'column 3', 'column 4', 'column 5']);
    expect(ds.rowCount).toBe(6);
    expect(numberColumnOf(ds, 'column 1').values[0]).toBe(5.1);
    expect(categoryColumnOf(ds, 'column 5').categories).toEqual(['setosa', 'virginica', 'versicolor']);
    expect(ds.warnings.map((w) => w.code)).toEqual(['csv/no-header']);
    expect(ds.warnings[0]?.message).toContain('“column 1” to “column 5”');
  });

  it('reads a tab-separated file whose text holds commas', async () => {
    const ds = await parseFixture('tab-separated.tsv');
    expect(ds.delimiter).toBe('\t');
    expect(plain(numberColumnOf(ds, 'population').values)).toEqual([709000, 291000, 212000, 149000]);
    const note = textColumnOf(ds, 'note');
    expect(note.missing).toBe(1);
    expect(note.examples).toEqual(['capital, Norway', 'west coast, rain', 'oil, harbour']);
  });

  it('gives the same dataset whatever the chunk size of the stream', async () => {
    for (const name of ['quoted-newlines.csv', 'bom-crlf.csv', 'semicolon-decimal-comma.csv', 'stray-text.csv']) {
      const whole = await parseFixture(name);
      for (const chunkChars of [1, 3, 7, 64]) {
        const chunked = await parseFile(join(FIXTURES, name), chunkChars, { headChars: 8, minParseChars: 1, maxRecordChars: 1 << 20 });
        expect(chunked).toEqual(whole);
      }
    }
  });
});

describe('parseCsv on the built-in samples', () => {
  it('types Palmer penguins: 3 species, 2 missing measurements, 11 missing sexes', async () => {
    const ds = await parseFile(join(SAMPLES, 'penguins.csv'));
    expect(ds.rowCount).toBe(344);
    expect(ds.columns.map((c) => c.kind)).toEqual(['category', 'category', 'number', 'number', 'number', 'number', 'category']);
    const species = categoryColumnOf(ds, 'species');
    expect(species.categories).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(species.counts).toEqual([152, 68, 124]);
    expect(english(species.reason)).toBe('3 different values (Adelie, Gentoo, Chinstrap) repeat across 344 rows, so this is a category.');
    const bodyMass = numberColumnOf(ds, 'body_mass_g');
    expect([bodyMass.missing, bodyMass.min, bodyMass.max, bodyMass.integer]).toEqual([2, 2700, 6300, true]);
    expect(bodyMass.mean).toBeCloseTo(4201.754385964912, 9); // pandas: 4201.754386
    expect(bodyMass.std).toBeCloseTo(801.9545356980955, 9); // pandas: 801.954536
    expect(categoryColumnOf(ds, 'sex').missing).toBe(11);
    expect(ds.suggestedExclusions).toEqual([]);
    expect(ds.warnings).toEqual([]);
  });

  it('types Auto MPG: 6 missing horsepower values, the car name proposed for exclusion', async () => {
    const ds = await parseFile(join(SAMPLES, 'auto-mpg.csv'));
    expect(ds.rowCount).toBe(398);
    const mpg = numberColumnOf(ds, 'mpg');
    expect(mpg.mean).toBeCloseTo(23.514572864321615, 9); // pandas: 23.514573
    expect(mpg.std).toBeCloseTo(7.815984312565781, 9); // pandas: 7.815984
    expect(numberColumnOf(ds, 'horsepower').missing).toBe(6);
    expect(categoryColumnOf(ds, 'origin').categories).toEqual(['usa', 'japan', 'europe']);
    const name = textColumnOf(ds, 'name');
    expect(name.role).toBe('identifier');
    expect(name.distinct).toBe(305);
    expect(ds.suggestedExclusions.map((e) => e.column)).toEqual(['name']);
    expect(numberColumnOf(ds, 'cylinders').histogram).toEqual([
      { label: '3', count: 4 }, { label: '4', count: 204 }, { label: '5', count: 3 }, { label: '6', count: 84 }, { label: '8', count: 103 },
    ]);
  });
});

describe('parseCsv messages and warnings', () => {
  it('skips a few ragged rows with a warning naming their lines (counted across quoted line breaks)', async () => {
    const good = Array.from({ length: 10 }, (_, i) => `${i + 4},w`).join('\n');
    const ds = await parseCsvText(`a,b\n1,"x\ny"\n2,z\n3\n${good}\n`, 'few.csv');
    expect(ds.rowCount).toBe(12);
    expect(ds.warnings).toMatchObject([{
      code: 'csv/ragged-rows-skipped',
      message: '1 row was skipped in “few.csv” because it does not have 2 values, one per column (line 5).',
      msg: { code: 'data.csv.raggedSkipped', params: { total: 1, expected: 2 } },
    }]);
  });

  it('reads old Mac files whose lines end with a carriage return only', async () => {
    const ds = await parseCsvText('a,b\r1,x\r2,y\r3,x\r4,y\r', 'mac.csv');
    expect(ds.rowCount).toBe(4);
    expect(plain(numberColumnOf(ds, 'a').values)).toEqual([1, 2, 3, 4]);
    expect(categoryColumnOf(ds, 'b').categories).toEqual(['x', 'y']);
  });

  it('accepts rows that end with extra empty fields', async () => {
    const ds = await parseCsvText('a,b\n1,2,\n3,4,,\n', 'trailing.csv');
    expect(ds.rowCount).toBe(2);
    expect(ds.warnings).toEqual([]);
  });

  it('renames empty and repeated column names, with a warning', async () => {
    const ds = await parseCsvText('x,,x,y\n1,2,3,4\n5,6,7,8\n', 'names.csv');
    expect(ds.columns.map((c) => c.name)).toEqual(['x', 'column 2', 'x (2)', 'y']);
    expect(ds.warnings[0]?.code).toBe('csv/renamed-columns');
    expect(ds.warnings[0]?.message).toContain('a second “x” (column 3) is now “x (2)”');
  });

  it('warns about a quote that is never closed', async () => {
    const ds = await parseCsvText('a,b\n1,x\n2,"y\n3,z\n', 'quote.csv');
    expect(ds.warnings.map((w) => w.code)).toContain('csv/quote-problem');
    expect(ds.warnings.find((w) => w.code === 'csv/quote-problem')?.message).toContain('line 3');
  });

  it('reports progress every 256 KB or 1%, up to the whole size', async () => {
    const seen: ParseProgress[] = [];
    const text = 'a,b\n' + Array.from({ length: 200_000 }, (_, i) => `${i},${i % 3}`).join('\n'); // 1.7 MB
    async function* chunks() {
      for (let i = 0; i < text.length; i += 65536) yield text.slice(i, i + 65536);
    }
    const ds = await parseCsv(chunks(), { name: 'p.csv', sizeBytes: text.length }, (p) => seen.push(p));
    expect(ds.rowCount).toBe(200_000);
    const last = seen[seen.length - 1] as ParseProgress;
    expect(last).toEqual({ bytesRead: text.length, totalBytes: text.length, rows: 200_000 });
    const steps = text.length / (1 << 18); // 6.7 steps of 256 KB, the first after the 256 KB head
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(steps));
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(steps) + 1);
    expect((seen[3] as ParseProgress).rows).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect((seen[i] as ParseProgress).bytesRead).toBeGreaterThanOrEqual((seen[i - 1] as ParseProgress).bytesRead);
  });

  it('turns a failing source into a message naming the file, and closes the source', async () => {
    let closed = false;
    const source: AsyncIterable<string> = {
      [Symbol.asyncIterator]() {
        let n = 0;
        return {
          next: async () => {
            if (n++ === 0) return { done: false, value: 'a,b\n1,2\n' };
            throw new Error('EIO: disk went away');
          },
          return: async () => {
            closed = true;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const error = await expectAppError(parseCsv(source, { name: 'gone.csv', sizeBytes: 100 }, undefined,
      { headChars: 4, minParseChars: 1, maxRecordChars: 100 }), 'csv/read-failed', 'gone.csv');
    expect(error.detail).toContain('EIO');
    expect(closed).toBe(true);
  });

  it('stops at a quote that swallows the rest of a long file', async () => {
    const text = 'a,b\n1,"open\n' + '2,x\n'.repeat(100);
    async function* chunks() {
      for (let i = 0; i < text.length; i += 16) yield text.slice(i, i + 16);
    }
    await expectAppError(parseCsv(chunks(), { name: 'q.csv', sizeBytes: text.length }, undefined,
      { headChars: 16, minParseChars: 1, maxRecordChars: 100 }), 'csv/unclosed-quote', 'line 2', 'q.csv');
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
