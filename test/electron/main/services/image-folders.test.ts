import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { english } from '../../../../src/core/i18n/translate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import {
  ImageFolderRegistry,
  listDialogChoice,
  listFolderFiles,
  listSampleFolder,
} from '../../../../electron/main/services/image-folders';

let dir: string;
let root: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-images-'));
  root = join(dir, 'pets');
  mkdirSync(join(root, 'cat'), { recursive: true });
  mkdirSync(join(root, 'dog', 'puppies'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'cat', 'a.png'), 'AAA');
  writeFileSync(join(root, 'cat', '.DS_Store'), 'x');
  writeFileSync(join(root, 'dog', 'b.jpg'), 'BBBBB');
  writeFileSync(join(root, 'dog', 'puppies', 'c.png'), 'C');
  writeFileSync(join(root, '.git', 'HEAD'), 'ref');
  writeFileSync(join(dir, 'secret.txt'), 'do not read');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'cat', 'link.png'));
  mkdirSync(join(dir, 'sample', 'square'), { recursive: true });
  writeFileSync(join(dir, 'sample', 'files.json'), JSON.stringify(['square/s1.png']));
  writeFileSync(join(dir, 'sample', 'square', 's1.png'), 'PNG!');
  mkdirSync(join(dir, 'bad-sample'));
  writeFileSync(join(dir, 'bad-sample', 'files.json'), JSON.stringify(['../secret.txt']));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('listFolderFiles', () => {
  it('lists files below the folder with "/" paths and sizes, skipping hidden entries; links to files are listed', async () => {
    expect(await listFolderFiles(root)).toEqual([
      { relativePath: 'cat/a.png', sizeBytes: 3 },
      { relativePath: 'cat/link.png', sizeBytes: 11 },
      { relativePath: 'dog/b.jpg', sizeBytes: 5 },
      { relativePath: 'dog/puppies/c.png', sizeBytes: 1 },
    ]);
  });

  it('stops at the depth and file limits', async () => {
    expect((await listFolderFiles(root, { maxFiles: 10, maxDepth: 1 })).map((f) => f.relativePath)).toEqual(['cat/a.png', 'cat/link.png', 'dog/b.jpg']);
    const err = await rejection(listFolderFiles(root, { maxFiles: 3, maxDepth: 8 }));
    expect(err.code).toBe('images/too-many-files');
    expect(err.message).toMatch(/“pets” holds more than 3 files/);
  });

  it('names a folder it cannot read', async () => {
    const err = await rejection(listFolderFiles(join(dir, 'missing')));
    expect(err.code).toBe('images/folder-unreadable');
    expect(err.message).toContain('“missing”');
  });
});

describe('ImageFolderRegistry', () => {
  it('reads listed files by token and refuses paths it did not list', async () => {
    let n = 0;
    const registry = new ImageFolderRegistry(4, () => `0000000${++n}`);
    const listing = await listDialogChoice(registry, { canceled: false, filePaths: [root] });
    expect(listing?.token).toBe('00000001');
    expect(listing?.name).toBe('pets');
    const [file] = await registry.read('00000001', ['dog/b.jpg']);
    expect(new TextDecoder().decode(file?.bytes)).toBe('BBBBB');
    // A link leading outside the folder is listed, so it is not read but skipped with the reason.
    const [link] = await registry.read('00000001', ['cat/link.png']);
    expect(link?.bytes).toHaveLength(0);
    expect(link?.refused && english(link.refused)).toBe('the file is a link to a place outside the dataset folder, so it was not read');
    for (const path of ['../secret.txt', 'cat/.DS_Store']) {
      expect((await rejection(registry.read('00000001', [path]))).code).toBe('images/not-listed');
    }
    expect((await rejection(registry.read('99999999', ['cat/a.png']))).code).toBe('images/folder-forgotten');
  });

  it('never reads through a link made after the listing: a folder swapped for one comes back empty', async () => {
    const swapRoot = join(dir, 'swap');
    mkdirSync(join(swapRoot, 'cls'), { recursive: true });
    writeFileSync(join(swapRoot, 'cls', 'secret.txt'), 'inside');
    const registry = new ImageFolderRegistry(4, () => '0000000a');
    await registry.list(swapRoot);
    expect(new TextDecoder().decode((await registry.read('0000000a', ['cls/secret.txt']))[0]?.bytes)).toBe('inside');
    rmSync(join(swapRoot, 'cls'), { recursive: true });
    symlinkSync(dir, join(swapRoot, 'cls')); // cls/secret.txt is now the secret outside the folder
    const [swapped] = await registry.read('0000000a', ['cls/secret.txt']);
    expect(swapped?.bytes).toHaveLength(0);
    expect(swapped?.refused && english(swapped.refused)).toMatch(/link to a place outside the dataset folder/);
  });

  it('reads a sample file that is a link only when it stays inside the sample folder', async () => {
    mkdirSync(join(dir, 'linked-sample', 'square'), { recursive: true });
    writeFileSync(join(dir, 'linked-sample', 'square', 'a.png'), 'A');
    symlinkSync(join(dir, 'linked-sample', 'square', 'a.png'), join(dir, 'linked-sample', 'square', 'b.png'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'linked-sample', 'square', 'c.png'));
    writeFileSync(join(dir, 'linked-sample', 'files.json'), JSON.stringify(['square/a.png', 'square/b.png', 'square/c.png']));
    const registry = new ImageFolderRegistry();
    const listing = await listSampleFolder(registry, join(dir, 'linked-sample'), 'linked');
    const files = await registry.read(listing.token, ['square/b.png', 'square/c.png']);
    expect(files.map((f) => new TextDecoder().decode(f.bytes))).toEqual(['A', '']);
  });

  it('forgets the oldest listings beyond the ones it keeps', async () => {
    let n = 0;
    const registry = new ImageFolderRegistry(1, () => `0000000${++n}`);
    await registry.list(root);
    await registry.list(root);
    expect((await rejection(registry.read('00000001', ['cat/a.png']))).code).toBe('images/folder-forgotten');
    expect(await registry.read('00000002', ['cat/a.png'])).toHaveLength(1);
  });

  it('returns null for a cancelled dialog and refuses an empty folder', async () => {
    const registry = new ImageFolderRegistry();
    expect(await listDialogChoice(registry, { canceled: true, filePaths: [] })).toBeNull();
    mkdirSync(join(dir, 'empty'));
    expect((await rejection(registry.list(join(dir, 'empty')))).code).toBe('images/empty-folder');
  });

  it('lists a sample from its files.json and refuses one that points outside its folder', async () => {
    const registry = new ImageFolderRegistry();
    const listing = await listSampleFolder(registry, join(dir, 'sample'), 'shapes');
    expect(listing.files).toEqual([{ relativePath: 'square/s1.png', sizeBytes: 4 }]);
    expect(new TextDecoder().decode((await registry.read(listing.token, ['square/s1.png']))[0]?.bytes)).toBe('PNG!');
    expect((await rejection(listSampleFolder(registry, join(dir, 'bad-sample'), 'bad'))).code).toBe('samples/index-invalid');
  });
});
