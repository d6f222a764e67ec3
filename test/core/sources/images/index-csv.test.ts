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
    const reasons = index.ignored.map((f) => `${f.relativePath}: ${f.reason}`);
    expect(reasons).toEqual([
      '../outside.png: row 4: the path points outside the CSV\'s folder, so it was not read',
      '/etc/x.png: row 5: the path points outside the CSV\'s folder, so it was not read',
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

  it('tells an image CSV from a table', () => {
    expect(looksLikeImageCsv('file,label\na.png,x\nb.png,y\n')).toBe(true);
    expect(looksLikeImageCsv('x,y\n1,2\n3,4\n')).toBe(false);
  });

  it('says plainly when no column holds image paths', async () => {
    await expect(indexImageCsv('x,y\n1,2\n3,4\n', 't.csv')).rejects.toThrow(/No column of t\.csv holds image file names/);
  });
});
