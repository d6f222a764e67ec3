/**
 * Image datasets on disk never read outside their folder: ".." paths and symbolic links (to a
 * file or a folder outside) are skipped with a plain reason, links that stay inside still work.
 * Real links in a temp folder, through the CLI's own reader (no build needed).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileReader, listFiles, loadImageSource } from '../../src/cli/image-files';
import { AppError } from '../../src/core/errors';
import { english } from '../../src/core/i18n/translate';
import { scanImages } from '../../src/core/sources/images/scan';

let dir = '';
let root = '';
const OUTSIDE_LINK = 'the file is a link to a place outside the dataset folder, so it was not read';

function png(level: number): Buffer {
  const image = new PNG({ width: 8, height: 8 });
  image.data.fill(level);
  return PNG.sync.write(image);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-links-'));
  root = join(dir, 'pets');
  mkdirSync(join(root, 'cat'), { recursive: true });
  mkdirSync(join(root, 'dog'), { recursive: true });
  mkdirSync(join(dir, 'elsewhere'));
  for (let i = 0; i < 2; i++) {
    writeFileSync(join(root, 'cat', `${i}.png`), png(200));
    writeFileSync(join(root, 'dog', `${i}.png`), png(40));
  }
  writeFileSync(join(dir, 'secret.png'), png(255));
  writeFileSync(join(dir, 'elsewhere', 'x.png'), png(255));
  symlinkSync(join(dir, 'secret.png'), join(root, 'cat', 'escape.png')); // a file link leaving the folder
  symlinkSync(join(root, 'dog', '0.png'), join(root, 'dog', 'same.png')); // a file link that stays inside
  symlinkSync(join(dir, 'elsewhere'), join(root, 'cat', 'more')); // a folder link leaving it
  writeFileSync(
    join(root, 'list.csv'),
    ['path,label', 'cat/0.png,cat', 'cat/1.png,cat', 'dog/0.png,dog', 'dog/same.png,dog', 'cat/escape.png,cat', 'cat/more/x.png,cat', '../secret.png,dog', ''].join('\n'),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function reasons(path: string): Promise<Record<string, string>> {
  const source = await loadImageSource(path);
  const scan = await scanImages(source);
  return Object.fromEntries([...source.index.ignored, ...scan.skipped].map((s) => [s.relativePath, english(s.reason)]));
}

describe('image folders and CSVs of image paths stay inside their folder', () => {
  it('a folder: a link to a file outside is skipped with the reason, a link inside is read, a folder link is not followed', async () => {
    expect(listFiles(root)).toEqual(['cat/0.png', 'cat/1.png', 'cat/escape.png', 'dog/0.png', 'dog/1.png', 'dog/same.png', 'list.csv']);
    const source = await loadImageSource(root);
    const scan = await scanImages(source);
    expect(scan.skipped.map((f) => ({ ...f, reason: english(f.reason) }))).toEqual([{ relativePath: 'cat/escape.png', reason: OUTSIDE_LINK }]);
    expect(scan.images).toHaveLength(5);
  });

  it('a CSV: links out of its folder (to a file or through a folder) and ".." paths are never read', async () => {
    expect(await reasons(join(root, 'list.csv'))).toEqual({
      '../secret.png': "row 7: the path points outside the CSV’s folder, so it was not read",
      'cat/escape.png': OUTSIDE_LINK,
      'cat/more/x.png': OUTSIDE_LINK,
    });
  });

  it('the reader compares real paths, whatever the text of the path says', async () => {
    const read = fileReader(root);
    expect((await read('dog/same.png')).length).toBeGreaterThan(0);
    for (const path of ['cat/escape.png', 'cat/more/x.png']) {
      const err: unknown = await read(path).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('images/link-outside-folder');
    }
    await expect(read('../secret.png')).rejects.toThrow('the path points outside the dataset folder');
    await expect(read('cat/none.png')).rejects.toThrow('no such file');
    await expect(read('cat')).rejects.toThrow('it is a folder');
  });

  it('a root reached through a link is fine: only what leaves its real folder is refused', async () => {
    const linked = join(dir, 'pets-link');
    symlinkSync(root, linked);
    const read = fileReader(linked);
    expect((await read('cat/0.png')).length).toBeGreaterThan(0);
    await expect(read('cat/escape.png')).rejects.toThrow(OUTSIDE_LINK);
  });
});
