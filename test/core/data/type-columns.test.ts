import { describe, expect, it } from 'vitest';
import { DICTIONARY_CAP } from '../../../src/core/data/accumulate';
import { parseCsv, parseCsvText } from '../../../src/core/data/csv';
import { DATETIME_EXCLUSION_REASON } from '../../../src/core/data/type-columns';
import type { DateTimeColumn, TypedDataset } from '../../../src/core/data/types';
import { readAsNumbersNote, unusableNote } from '../../../src/core/data/number-notes';
import { english } from '../../../src/core/i18n/translate';
import type { Message } from '../../../src/core/i18n/message';
import { categoryColumnOf, column, numberColumnOf, parseFixture, textColumnOf } from './fixtures';

/** A message in English; '' for none. */
const en = (m: Message | null | undefined): string => (m ? english(m) : '');

/** A one-column CSV named `name` holding `cells`, one per row. */
function oneColumn(name: string, cells: readonly string[]): Promise<TypedDataset> {
  return parseCsvText(`${name}\n${cells.join('\n')}\n`, `${name}.csv`);
}

const numbers = (n: number, f: (i: number) => number = (i) => (i * 37) % 101 + 0.5) => Array.from({ length: n }, (_, i) => String(f(i)));

describe('number or not: stray text cells', () => {
  it('keeps 20 text cells among 1,000 (2%) as a number column with strays', async () => {
    const cells = numbers(1000);
    for (let k = 0; k < 20; k++) cells[k * 50] = `oops${k}`;
    const c = numberColumnOf(await oneColumn('x', cells), 'x');
    expect(c.strayCount).toBe(20);
    expect(c.strayCells).toHaveLength(20);
    expect(c.strayCells[1]).toEqual({ row: 51, line: 52, value: 'oops1' });
  });

  it('does not call a column numeric with 21 text cells, even among 2,000 numbers', async () => {
    const cells = numbers(2000, (i) => i % 7);
    for (let k = 0; k < 21; k++) cells[k * 90] = 'none';
    const c = categoryColumnOf(await oneColumn('x', cells), 'x');
    expect(c.categories).toEqual(['none', '1', '2', '3', '4', '5', '6', '0']);
  });

  it('does not call a column numeric when text is more than 2% of it', async () => {
    const cells = numbers(100);
    cells[5] = 'a';
    cells[6] = 'b';
    cells[7] = 'c';
    expect(column(await oneColumn('x', cells), 'x').kind).toBe('text');
  });
});

describe('category or text', () => {
  it('takes 50 distinct values over 100 rows as a category, in order of first appearance', async () => {
    const cells = Array.from({ length: 100 }, (_, i) => `v${i % 50}`);
    const c = categoryColumnOf(await oneColumn('c', cells), 'c');
    expect(c.categories).toHaveLength(50);
    expect(c.categories.slice(0, 3)).toEqual(['v0', 'v1', 'v2']);
    expect(c.counts.every((n) => n === 2)).toBe(true);
    expect(c.histogram).toHaveLength(9);
    expect(c.histogram[8]).toEqual({ label: 'other', count: 84 });
  });

  it('takes 51 distinct short values that repeat as codes, too many to be categories', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => `v${i % 51}`);
    const ds = await oneColumn('c', cells);
    const c = textColumnOf(ds, 'c');
    expect(c.role).toBe('code');
    expect(en(c.reason)).toBe('51 different short values repeat across rows, like codes: too many to be categories (at most 50).');
    expect(en(ds.suggestedExclusions[0]?.reason)).toMatch(/^Its short values repeat across rows, like codes .* Read as sequences, such a column can name the recordings\.$/);
  });

  it('takes long text that repeats as free text', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => `A long remark about the visit number ${i % 51} written by the person at the front desk`);
    expect(textColumnOf(await oneColumn('remark', cells), 'remark').role).toBe('free text');
  });

  it('takes few values with too few repeats as text', async () => {
    const c = textColumnOf(await oneColumn('c', ['a', 'b', 'a', 'b', 'c', 'c', 'd', 'e']), 'c');
    expect(c.distinct).toBe(5);
    expect(c.role).toBe('code');
    expect(en(c.reason)).toBe('5 different text values in 8 rows: too few repeats to be categories.');
  });

  it('labels numbers mixed into a category by their value', async () => {
    const cells = Array.from({ length: 90 }, (_, i) => ['1', '2.50', 'x'][i % 3] as string);
    const c = categoryColumnOf(await oneColumn('c', cells), 'c');
    expect(c.categories).toEqual(['1', '2.5', 'x']);
    expect(Array.from(c.codes.slice(0, 4))).toEqual([0, 1, 2, 0]);
  });

  it('marks missing cells of a category with −1', async () => {
    // Two columns: in a one-column file an empty cell is a blank line.
    const ds = await parseCsvText('c,n\na,1\nNA,2\nb,3\na,4\n,5\nb,6\n', 'two.csv');
    const c = categoryColumnOf(ds, 'c');
    expect(Array.from(c.codes)).toEqual([0, -1, 1, 0, -1, 1]);
    expect(c.missing).toBe(2);
  });
});

describe('identifiers', () => {
  it('calls unique short strings an identifier, and counts past the dictionary cap', async () => {
    const rows = DICTIONARY_CAP + 5000;
    const cells = Array.from({ length: rows }, (_, i) => `user-${i}`);
    const ds = await oneColumn('user', cells);
    const c = textColumnOf(ds, 'user');
    expect(c.role).toBe('identifier');
    expect(c.distinctCapped).toBe(true);
    expect(Math.abs(c.distinct - rows) / rows).toBeLessThan(0.02); // linear-counting estimate, ±2%
    expect(c.examples).toEqual(['user-0', 'user-1', 'user-2', 'user-3', 'user-4']);
    expect(c.histogram).toEqual([]);
    expect(c.codes).toBeUndefined();
    expect(c.dictionary).toBeUndefined();
    expect(ds.suggestedExclusions[0]?.column).toBe('user');
  });

  it('counts a few thousand distinct ids exactly and keeps their codes', async () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `user-${i}`);
    const ds = await oneColumn('user', cells);
    const c = textColumnOf(ds, 'user');
    expect(c.role).toBe('identifier');
    expect([c.distinct, c.distinctCapped]).toEqual([3000, false]);
    expect(c.dictionary).toEqual(cells);
    expect(Array.from(c.codes ?? [])).toEqual(cells.map((_, i) => i));
    expect(ds.suggestedExclusions[0]?.column).toBe('user');
  });

  it('calls long unique strings free text', async () => {
    const cells = Array.from({ length: 40 }, (_, i) => `This is a long comment number ${i} about the product and how it was used.`);
    expect(textColumnOf(await oneColumn('comment', cells), 'comment').role).toBe('free text');
  });

  it('proposes to exclude a running row number, in any order', async () => {
    const cells = numbers(50, (i) => ((i * 7) % 50) + 1);
    const ds = await oneColumn('n', cells);
    expect(numberColumnOf(ds, 'n').integer).toBe(true);
    expect(ds.suggestedExclusions).toEqual([{ column: 'n', reason: { code: 'data.exclude.rowNumber', params: { min: 1, max: 50 } } }]);
    expect(en(ds.suggestedExclusions[0]?.reason)).toBe('Its values are the whole numbers 1 to 50, one per row, like a row number: they say nothing about the rows.');
  });

  it('proposes to exclude unique whole numbers named like an ID, but not other unique whole numbers', async () => {
    const ids = numbers(30, (i) => 1000 + i * i);
    expect((await oneColumn('customer_id', ids)).suggestedExclusions.map((e) => e.column)).toEqual(['customer_id']);
    expect((await oneColumn('PassengerId', ids)).suggestedExclusions.map((e) => e.column)).toEqual(['PassengerId']);
    expect((await oneColumn('population', ids)).suggestedExclusions).toEqual([]);
    expect((await oneColumn('paid', ids)).suggestedExclusions).toEqual([]);
  });

  it('does not exclude a numeric column with repeated values even if named id', async () => {
    expect((await oneColumn('id', ['1', '2', '2', '3'])).suggestedExclusions).toEqual([]);
  });
});

describe('number statistics', () => {
  it('computes min, max, mean, sample std, integer and distinct', async () => {
    const c = numberColumnOf(await oneColumn('x', ['2', '4', '4', '4', '5', '5', '7', '9', 'NA']), 'x');
    expect([c.min, c.max, c.mean, c.missing, c.integer, c.distinct]).toEqual([2, 9, 5, 1, true, 5]);
    // Σ(x − 5)² = 32 over 8 values: sample variance 32 / 7
    expect(c.std).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(en(c.reason)).toBe('All 8 values are numbers (1 missing).');
  });

  it('keeps the one-pass variance accurate far from zero', async () => {
    const c = numberColumnOf(await oneColumn('x', ['1000000001', '1000000002', '1000000003']), 'x');
    expect(c.std).toBeCloseTo(1, 9);
  });

  it('gives an empty column when nothing is present', async () => {
    const ds = await parseCsvText('x,n\nNA,1\n,2\n?,3\n-,4\n', 'two.csv');
    expect(column(ds, 'x')).toMatchObject({ kind: 'empty', missing: 4, distinct: 0, histogram: [] });
  });
});

function dateTimeColumnOf(ds: TypedDataset, name: string): DateTimeColumn {
  const c = column(ds, name);
  if (c.kind !== 'datetime') throw new Error(`${name} is ${c.kind}, not datetime`);
  return c;
}

/** Parses `text` in chunks of `chunkChars` with tiny reader sizes: chunk boundaries fall inside cells. */
async function parseChunked(text: string, name: string, chunkChars = 7): Promise<TypedDataset> {
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += chunkChars) yield text.slice(i, i + chunkChars);
  }
  return parseCsv(chunks(), { name, sizeBytes: text.length }, undefined, { headChars: 8, minParseChars: 1, maxRecordChars: 1 << 20 });
}

describe('dates and times', () => {
  /** 3 recordings of 40 steps, 20 ms apart, an hour apart from each other: "timestamp,recording,ax,activity". */
  function sensorFile(): { text: string; instants: number[] } {
    const lines = ['timestamp,recording,ax,activity'];
    const instants: number[] = [];
    for (let rec = 0; rec < 3; rec++) {
      for (let step = 0; step < 40; step++) {
        const t = Date.UTC(2024, 2, 1, 10 + rec, 0, 0, step * 20);
        instants.push(t);
        lines.push(`${new Date(t).toISOString()},rec-${String(rec + 1).padStart(3, '0')},${(step * 0.25 - rec).toFixed(2)},${['walk', 'run', 'sit'][rec]}`);
      }
    }
    return { text: lines.join('\r\n') + '\r\n', instants };
  }

  it('types an ISO time stamp column as datetime with its instants, range and reason', async () => {
    const { text, instants } = sensorFile();
    for (const chunkChars of [7, 1 << 16]) {
      const ds = await parseChunked(text, 'sensors.csv', chunkChars);
      const t = dateTimeColumnOf(ds, 'timestamp');
      expect(Array.from(t.values)).toEqual(instants);
      expect([t.min, t.max]).toEqual([Date.UTC(2024, 2, 1, 10), Date.UTC(2024, 2, 1, 12, 0, 0, 780)]);
      expect([t.missing, t.distinct, t.hasTime]).toEqual([0, 120, true]);
      expect(en(t.format)).toBe('ISO 8601 date and time, e.g. 2024-03-01T10:00:00.000Z');
      expect(en(t.reason)).toBe('All 120 values are dates and times (ISO 8601 date and time, e.g. 2024-03-01T10:00:00.000Z).');
      expect(ds.suggestedExclusions).toContainEqual({ column: 'timestamp', reason: DATETIME_EXCLUSION_REASON });
      expect(numberColumnOf(ds, 'ax').values).toHaveLength(120);
      expect(ds.warnings).toEqual([]);
    }
  });

  it('bins the time range with readable labels: times within one day, dates across days', async () => {
    const t = dateTimeColumnOf(await parseChunked(sensorFile().text, 'sensors.csv', 1 << 16), 'timestamp');
    expect(t.histogram).toEqual([
      { label: '10:00–10:30', count: 40 }, { label: '10:30–11:00', count: 0 }, { label: '11:00–11:30', count: 40 },
      { label: '11:30–12:00', count: 0 }, { label: '12:00–12:30', count: 40 },
    ]);
    const days = dateTimeColumnOf(await oneColumn('day', ['2024-03-01', '2024-03-02', '2024-03-02', '2024-03-05']), 'day');
    expect(days.hasTime).toBe(false);
    expect(days.histogram).toEqual([
      { label: '2024-03-01', count: 1 }, { label: '2024-03-02', count: 2 }, { label: '2024-03-03', count: 0 },
      { label: '2024-03-04', count: 0 }, { label: '2024-03-05', count: 1 },
    ]);
    expect(en(days.reason)).toBe('All 4 values are dates (ISO 8601 date, e.g. 2024-03-01).');
  });

  it('reads a slash column day-first when a first number is above 12', async () => {
    const ds = await parseCsvText('when,x\n3/1/2024 10:00,1\n13/1/2024 10:00,2\n', 'dmy.csv');
    const c = dateTimeColumnOf(ds, 'when');
    expect(Array.from(c.values)).toEqual([Date.UTC(2024, 0, 3, 10), Date.UTC(2024, 0, 13, 10)]);
    expect(en(c.format)).toBe('day/month/year, e.g. 3/1/2024 10:00 read as 3 January');
  });

  it('reads a slash column month-first by default, saying so', async () => {
    const ds = await oneColumn('when', ['03/04/2024 1:05 PM', '05/06/2024 9:00 AM', '05/06/2024 9:00:30 AM']);
    const c = dateTimeColumnOf(ds, 'when');
    expect(c.values[0]).toBe(Date.UTC(2024, 2, 4, 13, 5));
    expect(en(c.reason)).toMatch(/^All 3 values are dates and times \(month\/day\/year, e\.g\. 03\/04\/2024 1:05 PM read as March 4; no number above 12 tells the order/);
  });

  it('does not take a column that mixes day-first and month-first dates for dates', async () => {
    const c = column(await oneColumn('when', ['3/14/2024', '14/3/2024', '1/1/2024', '2/2/2024']), 'when');
    expect(c.kind).toBe('text');
  });

  it('reads German and Korean spreadsheet dates', async () => {
    const de = dateTimeColumnOf(await oneColumn('Datum', ['01.03.2024 10:00:00', '02.03.2024 10:00:00']), 'Datum');
    expect(de.values[1]).toBe(Date.UTC(2024, 2, 2, 10));
    expect(en(de.format)).toBe('day.month.year, e.g. 01.03.2024 10:00:00');
    const ko = dateTimeColumnOf(await oneColumn('시간', ['2024. 3. 1. 오전 9:05:00', '2024. 3. 1. 오후 2:05:00']), '시간');
    expect(Array.from(ko.values)).toEqual([Date.UTC(2024, 2, 1, 9, 5), Date.UTC(2024, 2, 1, 14, 5)]);
  });

  it('keeps a date column with 2 stray cells among 120, naming them in a warning', async () => {
    const cells = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString());
    cells[9] = 'sensor reset';
    cells[99] = '0';
    cells[50] = 'NA';
    const ds = await oneColumn('time', cells);
    const c = dateTimeColumnOf(ds, 'time');
    expect(c.missing).toBe(3);
    expect(Number.isNaN(c.values[9])).toBe(true);
    expect(Number.isNaN(c.values[99])).toBe(true);
    expect(c.values[100]).toBe(Date.UTC(2024, 0, 1) + 100 * 60_000);
    expect(en(c.reason)).toBe('117 values are dates and times (1 missing) (ISO 8601 date and time, e.g. 2024-01-01T00:00:00.000Z); 2 other cells are treated as missing.');
    expect(ds.warnings).toMatchObject([{
      code: 'csv/stray-date-cells',
      message: 'Column “time” holds dates and times except for 2 cells (“sensor reset” on line 11 and “0” on line 101); they are treated as missing.',
      detail: 'data rows (1-based): 10, 100',
    }]);
  });

  it('does not call a column dates when more than a few cells are something else', async () => {
    const cells = Array.from({ length: 40 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    for (let k = 0; k < 3; k++) cells[k * 10] = `note ${k}`;
    expect(column(await oneColumn('d', cells), 'd').kind).not.toBe('datetime');
  });

  it('keeps a number column with a few date cells a number column', async () => {
    const cells = numbers(200);
    cells[3] = '2024-03-01';
    expect(numberColumnOf(await oneColumn('x', cells), 'x').strayCount).toBe(1);
  });

  it('never reads numbers such as 20240301 or 1700000000 as dates', async () => {
    const ds = await parseCsvText('day,epoch\n20240301,1700000000\n20240302,1700000060\n20240303,1700000120\n', 'n.csv');
    expect(column(ds, 'day').kind).toBe('number');
    expect(column(ds, 'epoch').kind).toBe('number');
  });
});

describe('text columns keep their codes', () => {
  it('keeps codes and a dictionary that give back the id of every row', async () => {
    // 300 recordings of 5 to 9 rows each, in runs; some ids are missing.
    const ids: string[] = [];
    for (let rec = 0; rec < 300; rec++) for (let k = 0; k < 5 + (rec % 5); k++) ids.push(`rec-${String(rec).padStart(3, '0')}`);
    ids[7] = '';
    const lines = ['recording,x', ...ids.map((id, i) => `${id},${(i * 7) % 17}`)];
    const ds = await parseChunked(lines.join('\n') + '\n', 'recordings.csv', 64);
    const c = textColumnOf(ds, 'recording');
    expect(c.role).toBe('code');
    expect([c.distinct, c.missing]).toEqual([300, 1]);
    const dictionary = c.dictionary ?? [];
    expect(dictionary).toHaveLength(300);
    expect(dictionary.slice(0, 2)).toEqual(['rec-000', 'rec-001']);
    const back = Array.from(c.codes ?? [], (code) => (code < 0 ? '' : dictionary[code]));
    expect(back).toEqual(ids);
    expect(ds.suggestedExclusions.map((e) => e.column)).toEqual(['recording']);
  });

  it('gives numbers mixed into a text column their own entry, as written by the category rule', async () => {
    const cells = Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? String(i) : `id-${i}`));
    const c = textColumnOf(await oneColumn('id', cells), 'id');
    const dictionary = c.dictionary ?? [];
    expect(Array.from(c.codes ?? [], (code) => dictionary[code])).toEqual(cells);
  });

  it('keeps codes up to the dictionary cap and none past it', async () => {
    const within = textColumnOf(await oneColumn('t', Array.from({ length: DICTIONARY_CAP }, (_, i) => `t${i}`)), 't');
    expect(within.codes).toHaveLength(DICTIONARY_CAP);
    const past = textColumnOf(await oneColumn('t', Array.from({ length: DICTIONARY_CAP + 1 }, (_, i) => `t${i}`)), 't');
    expect(past.codes).toBeUndefined();
    expect(past.dictionary).toBeUndefined();
  });

  it('drops the codes of free text past the cap', async () => {
    const cells = Array.from({ length: DICTIONARY_CAP + 10 }, (_, i) => `Comment number ${i}: the product arrived ${i % 7} days late and the box was damaged.`);
    const c = textColumnOf(await oneColumn('comment', cells), 'comment');
    expect(c.role).toBe('free text');
    expect(c.codes).toBeUndefined();
    expect(c.dictionary).toBeUndefined();
  });
});

describe('numbers as a person writes them', () => {
  it('reads a semicolon file with decimal commas and thousands points, blanks and no-break spaces as numbers', async () => {
    const ds = await parseFixture('thousands-semicolon.csv');
    expect(ds.delimiter).toBe(';');
    const revenue = numberColumnOf(ds, 'revenue');
    expect(Array.from(revenue.values.slice(0, 3))).toEqual([800, 937.1, 1074.2]);
    expect(revenue.removed).toEqual({ symbol: '', separators: ['.'], parentheses: false, cells: expect.any(Number) as number });
    expect(en(readAsNumbersNote(revenue))).toBe('Read as numbers: removed thousands separators \u201c.\u201d.');
    const cost = numberColumnOf(ds, 'cost');
    expect(cost.strayCount).toBe(0);
    expect([...(cost.removed?.separators ?? [])].sort()).toEqual([' ', '.', '\u00a0', '\u202f'].sort());
    expect(en(readAsNumbersNote(cost))).toBe('Read as numbers: removed thousands separators \u201c.\u201d, spaces, no-break spaces, and narrow no-break spaces.');
    const share = numberColumnOf(ds, 'share');
    expect(share.values[1]).toBe(7.5);
    expect(en(readAsNumbersNote(share))).toBe('Read as numbers: removed the percent sign \u201c%\u201d (12% is read as 12).');
    const price = numberColumnOf(ds, 'price');
    expect(price.values[2]).toBe(1062);
    expect(en(readAsNumbersNote(price))).toBe('Read as numbers: removed the currency sign \u201c€\u201d and thousands separators \u201c.\u201d.');
    expect(ds.suggestedExclusions.map((e) => e.column)).toEqual(['city']);
  });

  it('reads quoted "1,279.0", "$1,000.00", 12% and (250.0) in a comma file as numbers', async () => {
    const ds = await parseFixture('thousands-quoted-comma.csv');
    expect(ds.delimiter).toBe(',');
    expect(ds.columns.map((c) => c.kind)).toEqual(['text', 'number', 'number', 'number', 'number', 'category']);
    expect(numberColumnOf(ds, 'revenue').values[1]).toBe(1111.2);
    expect(numberColumnOf(ds, 'growth').values[0]).toBe(-20);
    expect(numberColumnOf(ds, 'price').values[1]).toBe(1029);
    const balance = numberColumnOf(ds, 'balance');
    expect(balance.values[0]).toBe(-250);
    expect(en(readAsNumbersNote(balance))).toMatch(/Amounts in brackets, like \(12\.5\), are read as negative\.$/);
  });

  it('reads "1.279" as 1,279 only when the column shows that its points group thousands', async () => {
    const grouped = await parseCsvText('a;b\n1.279;x\n12.345,5;y\n999;x\n2.000.000;y\n', 'g.csv');
    expect(Array.from(numberColumnOf(grouped, 'a').values)).toEqual([1279, 12345.5, 999, 2000000]);
    const decimal = await parseCsvText('a;b\n1.279;x\n3,5;y\n2,25;x\n', 'd.csv');
    expect(Array.from(numberColumnOf(decimal, 'a').values)).toEqual([1.279, 3.5, 2.25]);
    // A point that can only be a decimal point ("0.5") keeps "1.279" a decimal in that column.
    const mixed = await parseCsvText('a;b\n1.279;x\n12.345,5;y\n0.5;x\n', 'm.csv');
    expect(Array.from(numberColumnOf(mixed, 'a').values)).toEqual([1.279, 12345.5, 0.5]);
  });

  it('keeps "1,2" in a decimal-comma file 1.2 and takes Indian grouping in a decimal-point file', async () => {
    const comma = await parseCsvText('a;b\n1,2;x\n3,4;y\n5;x\n', 'c.csv');
    expect(Array.from(numberColumnOf(comma, 'a').values)).toEqual([1.2, 3.4, 5]);
    const indian = await parseCsvText('a,b\n"12,34,567",x\n"1,00,000",y\n5,x\n', 'i.csv');
    expect(Array.from(numberColumnOf(indian, 'a').values)).toEqual([1234567, 100000, 5]);
  });

  it('does not mix currencies: € and $ in one column stay text', async () => {
    const ds = await parseCsvText(`a\n${Array.from({ length: 40 }, (_, i) => (i % 2 ? `€${i}` : `$${i}`)).join('\n')}\n`, 'cur.csv');
    expect(column(ds, 'a').kind).not.toBe('number');
  });

  it('keeps category labels as written when a symbol column is not read as numbers', async () => {
    const ds = await parseCsvText(`size\n${Array.from({ length: 40 }, (_, i) => ['S', 'M', 'L', '5%'][i % 4]).join('\n')}\n`, 's.csv');
    expect(categoryColumnOf(ds, 'size').categories).toEqual(['S', 'M', 'L', '5%']);
  });

  it('counts NaN, Infinity, spreadsheet errors and values beyond float32 as missing, and names them', async () => {
    const ds = await parseFixture('unusable-numbers.csv');
    const x = numberColumnOf(ds, 'x');
    expect(x.missing).toBe(6);
    expect(x.strayCount).toBe(0);
    expect(x.max).toBeLessThan(10);
    expect(x.unusable).toEqual([
      { label: 'NaN', count: 1 }, { label: 'Infinity', count: 2 }, { label: '#DIV/0!', count: 1 },
      { label: 'too large for 32-bit', count: 1 }, { label: '#N/A', count: 1 },
    ]);
    expect(en(unusableNote(x))).toBe('6 values could not be used as numbers (NaN, Infinity, #DIV/0!, too large for 32-bit, and #N/A) and count as missing.');
    expect(ds.warnings.map((w) => w.code)).toContain('csv/unusable-numbers');
    expect(numberColumnOf(ds, 'z').unusable).toBeUndefined();
  });

  it('never makes a class named "1e+299B": 1e308 in a label column is missing, not a category', async () => {
    const ds = await parseFixture('huge-target.csv');
    const y = numberColumnOf(ds, 'y');
    expect(y.missing).toBe(2);
    expect(y.max).toBe(61.5);
  });
});

describe('columns that never change', () => {
  it('proposes a column with one value in every row for exclusion, saying why', async () => {
    const ds = await parseFixture('constant-feature.csv');
    expect(ds.suggestedExclusions.map((e) => [e.column, english(e.reason)])).toEqual([['flat', 'Every row holds the same value (“5”), so it cannot help tell rows apart.']]);
    const same = await oneColumn('c', Array.from({ length: 10 }, () => 'x'));
    expect(en(same.suggestedExclusions[0]?.reason)).toBe('Every row holds the same value (“x”), so it cannot help tell rows apart.');
  });
});
