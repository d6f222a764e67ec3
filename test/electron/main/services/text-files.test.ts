import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import {
  openTextDialogOptions,
  readOpenTextChoice,
  readTextFile,
  saveTextDialogOptions,
  writeSaveChoice,
  writeTextFileAtomic,
} from '../../../../electron/main/services/text-files';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-text-files-'));
  writeFileSync(join(dir, 'spec.json'), '\uFEFF{"inputShape":[3]}');
  // Not UTF-8, and no UTF-16 byte order mark (FF FE 00 C3 would be one, with one character).
  writeFileSync(join(dir, 'binary.json'), Buffer.from([0x00, 0xc3, 0x28, 0xff]));
  mkdirSync(join(dir, 'folder.json'));
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

describe('readTextFile', () => {
  it('returns the name and the text without a byte order mark', async () => {
    expect(await readTextFile(join(dir, 'spec.json'))).toEqual({ name: 'spec.json', text: '{"inputShape":[3]}' });
  });

  it('refuses files over the limit, folders, binary content and missing files in plain words', async () => {
    const big = await rejection(readTextFile(join(dir, 'spec.json'), 10));
    expect(big.code).toBe('text-file/too-large');
    expect(big.message).toBe('“spec.json” is 21 bytes, more than a file of this kind can be (10 bytes). Is it the right file?');
    expect((await rejection(readTextFile(join(dir, 'folder.json')))).code).toBe('text-file/not-a-file');
    expect((await rejection(readTextFile(join(dir, 'binary.json')))).code).toBe('text-file/not-text');
    const missing = await rejection(readTextFile(join(dir, 'gone.json')));
    expect(missing.message).toBe('Layerbench could not open “gone.json” because it no longer exists.');
  });
});

describe('writeTextFileAtomic', () => {
  it('writes the text, replaces an existing file and leaves no temporary file', async () => {
    const target = join(dir, 'out', 'model.json');
    mkdirSync(join(dir, 'out'));
    writeFileSync(target, 'old');
    await writeTextFileAtomic(target, '{"layers":[]}');
    expect(readFileSync(target, 'utf8')).toBe('{"layers":[]}');
    expect(readdirSync(join(dir, 'out'))).toEqual(['model.json']);
  });

  it('refuses text over the limit and keeps the old file when the write fails', async () => {
    const target = join(dir, 'kept.json');
    writeFileSync(target, 'old');
    expect((await rejection(writeTextFileAtomic(target, 'é'.repeat(6), 11))).code).toBe('text-file/too-large');
    expect(readFileSync(target, 'utf8')).toBe('old');
    // The target is a folder: the rename fails, the temporary file is removed.
    const failed = await rejection(writeTextFileAtomic(join(dir, 'folder.json'), 'x'));
    expect(failed.code).toBe('text-file/unwritable');
    expect(failed.message).toMatch(/^Layerbench could not save "folder.json" because /);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('dialog answers and options', () => {
  it('null or false on cancel, else read or written', async () => {
    expect(await readOpenTextChoice({ canceled: true, filePaths: [join(dir, 'spec.json')] })).toBeNull();
    expect((await readOpenTextChoice({ canceled: false, filePaths: [join(dir, 'spec.json')] }))?.name).toBe('spec.json');
    expect(await writeSaveChoice({ canceled: true }, 'x')).toBe(false);
    expect(await writeSaveChoice({ canceled: false, filePath: join(dir, 'saved.json') }, 'x')).toBe(true);
    expect(readFileSync(join(dir, 'saved.json'), 'utf8')).toBe('x');
  });

  it('offers the accepted extensions and all files', () => {
    expect(openTextDialogOptions(['.json']).filters).toEqual([
      { name: 'Model spec (JSON)', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(saveTextDialogOptions('model-spec.json')).toMatchObject({ defaultPath: 'model-spec.json', filters: [{ extensions: ['json'] }, { extensions: ['*'] }] });
  });
});
