import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  saveBinaryChoice,
  saveBinaryDialogOptions,
  saveFilesChoice,
  writeBinaryFileAtomic,
  writeFilesAtomic,
} from '../../../../electron/main/services/save-files';
import { checkManifestEntry, manifestFile, parseManifest } from '../../../../src/core/experiment/manifest';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = [
  { name: 'model.json', data: '{"a":1}' },
  { name: 'weights.bin', data: new Uint8Array([0, 255, 7]) },
];

describe('writeFilesAtomic', () => {
  it('writes every file into <parent>/<name> and leaves no temporary folder', async () => {
    const target = await writeFilesAtomic(dir, 'penguins', files);
    expect(target).toBe(join(dir, 'penguins'));
    expect(readFileSync(join(target, 'model.json'), 'utf8')).toBe('{"a":1}');
    expect([...readFileSync(join(target, 'weights.bin'))]).toEqual([0, 255, 7]);
    expect(readdirSync(dir)).toEqual(['penguins']);
  });

  it('never writes into a folder that exists: the next free name is taken', async () => {
    mkdirSync(join(dir, 'penguins'));
    writeFileSync(join(dir, 'penguins', 'mine.txt'), 'keep');
    writeFileSync(join(dir, 'penguins-2'), 'a file with that name');
    const target = await writeFilesAtomic(dir, 'penguins', files);
    expect(target).toBe(join(dir, 'penguins-3'));
    expect(readdirSync(join(dir, 'penguins'))).toEqual(['mine.txt']);
    expect(readFileSync(join(dir, 'penguins-2'), 'utf8')).toBe('a file with that name');
  });

  it('never replaces an existing folder, not even an empty one: files of two saves never share a folder', async () => {
    mkdirSync(join(dir, 'penguins'));
    const target = await writeFilesAtomic(dir, 'penguins', files);
    expect(target).toBe(join(dir, 'penguins-2'));
    expect(readdirSync(join(dir, 'penguins'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['penguins', 'penguins-2']);
  });

  it('writes a model export whose files all match its manifest, and a file under the folder name counts as taken', async () => {
    const model = [...files, { name: 'preprocessing.json', data: '{"format":"layerbench-preprocessing"}' }];
    writeFileSync(join(dir, 'm'), 'not a folder');
    const target = await writeFilesAtomic(dir, 'm', [...model, manifestFile(model)]);
    expect(target).toBe(join(dir, 'm-2'));
    const manifest = parseManifest(readFileSync(join(target, 'manifest.json'), 'utf8'), target);
    expect(manifest.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json']);
    for (const entry of manifest.files) expect(() => checkManifestEntry(entry, readFileSync(join(target, entry.name)), target)).not.toThrow();
    expect(readFileSync(join(dir, 'm'), 'utf8')).toBe('not a folder');
  });

  it('fails with a plain message and leaves nothing behind when the folder is not writable', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: the permission case cannot be made here
    chmodSync(dir, 0o500);
    try {
      await expect(writeFilesAtomic(dir, 'penguins', files)).rejects.toMatchObject({ message: expect.stringMatching(/could not save “penguins” because you do not have permission/) });
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails when the parent folder is gone, and refuses exports over the limit before writing', async () => {
    await expect(writeFilesAtomic(join(dir, 'missing'), 'm', files)).rejects.toMatchObject({ code: 'save/unwritable' });
    await expect(writeFilesAtomic(dir, 'm', files, 5)).rejects.toMatchObject({ code: 'save/too-large' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the temporary folder when a file cannot be written (two files of one name)', async () => {
    await expect(writeFilesAtomic(dir, 'dup', [files[0]!, files[0]!])).rejects.toMatchObject({ code: 'save/unwritable' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeBinaryFileAtomic', () => {
  it('replaces the target in one step and leaves no temporary file', async () => {
    const path = join(dir, 'chart.png');
    writeFileSync(path, 'old');
    await writeBinaryFileAtomic(path, new Uint8Array([137, 80, 78, 71]));
    expect([...readFileSync(path)]).toEqual([137, 80, 78, 71]);
    expect(readdirSync(dir)).toEqual(['chart.png']);
  });

  it('keeps the previous file when the write fails (a folder has the name)', async () => {
    mkdirSync(join(dir, 'chart.png'));
    await expect(writeBinaryFileAtomic(join(dir, 'chart.png'), new Uint8Array([1]))).rejects.toMatchObject({
      message: expect.stringMatching(/a folder has that name/),
    });
    expect(readdirSync(dir)).toEqual(['chart.png']);
  });
});

describe('dialog answers', () => {
  it('a cancelled dialog writes nothing and answers false', async () => {
    expect(await saveFilesChoice({ canceled: true, filePaths: [] }, 'm', files)).toBe(false);
    expect(await saveBinaryChoice({ canceled: true }, new Uint8Array(1))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a chosen folder or file is written and answers true', async () => {
    expect(await saveFilesChoice({ canceled: false, filePaths: [dir] }, 'm', files)).toBe(true);
    expect(existsSync(join(dir, 'm', 'model.json'))).toBe(true);
    expect(await saveBinaryChoice({ canceled: false, filePath: join(dir, 'x.json') }, new TextEncoder().encode('{}'))).toBe(true);
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('{}');
  });

  it('offers the extension of the suggested name', () => {
    expect(saveBinaryDialogOptions('run.layerbench.json').filters[0]).toEqual({ name: 'JSON file', extensions: ['json'] });
    expect(saveBinaryDialogOptions('noext').filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
