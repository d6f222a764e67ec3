import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import type { TypedDataset } from '../../../src/core/data/types';
import { categoryColumnOf, column, numberColumnOf, textColumnOf } from './fixtures';

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

  it('takes 51 distinct values as free text', async () => {
    const cells = Array.from({ length: 200 }, (_, i) => `v${i % 51}`);
    const c = textColumnOf(await oneColumn('c', cells), 'c');
    expect(c.role).toBe('free text');
    expect(c.reason).toBe('51 different text values: too many to be categories (at most 50).');
  });

  it('takes few values with too few repeats as text', async () => {
    const c = textColumnOf(await oneColumn('c', ['a', 'b', 'a', 'b', 'c', 'c', 'd', 'e']), 'c');
    expect(c.distinct).toBe(5);
    expect(c.role).toBe('free text');
    expect(c.reason).toBe('5 different text values in 8 rows: too few repeats to be categories.');
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
    const cells = Array.from({ length: 3000 }, (_, i) => `user-${i}`);
    const ds = await oneColumn('user', cells);
    const c = textColumnOf(ds, 'user');
    expect(c.role).toBe('identifier');
    expect(c.distinctCapped).toBe(true);
    expect(Math.abs(c.distinct - 3000)).toBeLessThan(60); // linear-counting estimate, ±2%
    expect(c.examples).toEqual(['user-0', 'user-1', 'user-2', 'user-3', 'user-4']);
    expect(c.histogram).toEqual([]);
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
    expect(ds.suggestedExclusions).toEqual([{
      column: 'n',
      reason: 'Its values are the whole numbers 1 to 50, one per row, like a row number: they say nothing about the rows.',
    }]);
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
    expect(c.reason).toBe('All 8 values are numbers (1 missing).');
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
