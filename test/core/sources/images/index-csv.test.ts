import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { indexImageCsv, looksLikeImageCsv } from '../../../../src/core/sources/images/index-csv';

describe('indexImageCsv', () => {
  it('finds the path column and the label column, and refuses paths that leave the CSV folder', async () => {
    const csv = [
      'file,label',
      'img/a.png,cat',
      'img/b.png,dog',
      './img/c.jpg,cat',
      '../outside.png,dog',
      '/etc/x.png,cat',
      'img/d.png,',
      'notes.txt,cat',
      'img/e.png,dog',
    ].join('\n');
    const index = await indexImageCsv(csv, 'pets.csv');
    expect(index.source).toBe('csv');
    expect(index.pathColumn).toBe('file');
    expect(index.targetName).toBe('label');
    expect(index.task).toBe('classification');
    expect(index.classes).toEqual(['cat', 'dog']);
    expect(index.entries.map((e) => [e.relativePath, e.label])).toEqual([
      ['img/a.png', 'cat'],
      ['img/b.png', 'dog'],
      ['img/c.jpg', 'cat'],
      ['img/e.png', 'dog'],
    ]);
    const reasons = index.ignored.map((f) => `${f.relativePath}: ${english(f.reason)}`);
    expect(reasons).toEqual([
      '../outside.png: row 4: the path points outside the CSV’s folder, so it was not read',
      '/etc/x.png: row 5: the path points outside the CSV’s folder, so it was not read',
      'img/d.png: row 6 has no value in “label”',
      'notes.txt: row 7: not an image we read; PNG, JPEG, BMP, GIF and WebP are',
    ]);
  });

  it('proposes regression for a numeric target with decimals', async () => {
    const rows = ['path,age'];
    for (let i = 0; i < 12; i++) rows.push(`faces/${i}.png,${(20 + i * 1.5).toFixed(1)}`);
    const index = await indexImageCsv(rows.join('\n'), 'ages.csv');
    expect(index.task).toBe('regression');
    expect(index.entries[1]).toEqual({ relativePath: 'faces/1.png', target: 21.5 });
    expect(index.classes).toEqual([]);
  });

  it('repeats at most a few hundred characters of a huge path, column name or cell', async () => {
    const huge = 'x'.repeat(1_000_000);
    const rows = ['path,label'];
    for (let i = 0; i < 4; i++) rows.push(`img/${i}.png,${i % 2 === 0 ? 'cat' : 'dog'}`);
    rows.push(`../${huge}.png,cat`, `${huge}.txt,dog`);
    const text = rows.join('\n');
    const index = await indexImageCsv(text, 'pets.csv');
    expect(index.ignored.map((f) => english(f.reason))).toEqual([
      'row 5: the path points outside the CSV’s folder, so it was not read',
      'row 6: not an image we read; PNG, JPEG, BMP, GIF and WebP are',
    ]);
    for (const f of index.ignored) expect(f.relativePath.length).toBeLessThanOrEqual(201);
    for (const choice of [{ pathColumn: huge }, { target: huge }]) {
      const err: unknown = await indexImageCsv(text, 'pets.csv', choice).then(() => null, (e: unknown) => e);
      expect((err as Error).message).toContain('…');
      expect((err as Error).message.length).toBeLessThan(500);
    }
    const oneClass = ['path,label', `a.png,${huge}`, `b.png,${huge}`].join('\n');
    const err: unknown = await indexImageCsv(oneClass, 'one.csv').then(() => null, (e: unknown) => e);
    expect((err as Error).message.length).toBeLessThan(500);
  });

  it('tells an image CSV from a table', () => {
    expect(looksLikeImageCsv('file,label\na.png,x\nb.png,y\n')).toBe(true);
    expect(looksLikeImageCsv('x,y\n1,2\n3,4\n')).toBe(false);
  });

  it('says plainly when no column holds image paths', async () => {
    await expect(indexImageCsv('x,y\n1,2\n3,4\n', 't.csv')).rejects.toThrow(/No column of t\.csv holds image file names/);
  });
});
