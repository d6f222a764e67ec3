import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import { datasetDialogOptions, readDatasetFile, readDialogChoice } from '../../../../electron/main/services/datasets';
import { english, translator } from '../../../../src/core/i18n/translate';
import { sizeMessage } from '../../../../src/host/size-message';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-datasets-'));
  writeFileSync(join(dir, 'small.csv'), 'a,b\n1,2\n');
  mkdirSync(join(dir, 'folder.csv'));
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

describe('readDatasetFile', () => {
  it('returns the name, size and bytes of the file', async () => {
    const file = await readDatasetFile(join(dir, 'small.csv'));
    expect(file.name).toBe('small.csv');
    expect(file.sizeBytes).toBe(8);
    expect(new TextDecoder().decode(file.bytes)).toBe('a,b\n1,2\n');
  });

  it('refuses a file over the limit, naming it and both sizes', async () => {
    const err = await rejection(readDatasetFile(join(dir, 'small.csv'), 7));
    expect(err.code).toBe('dataset/too-large');
    expect(err.message).toBe('“small.csv” is 8 bytes; Layerbench opens files up to 7 bytes. Use a sample of its rows.');
  });

  it('explains a missing file and a folder in plain words', async () => {
    const missing = await rejection(readDatasetFile(join(dir, 'gone.csv')));
    expect(missing.code).toBe('dataset/unreadable');
    expect(missing.message).toBe('Layerbench could not open “gone.csv” because it no longer exists.');
    const folder = await rejection(readDatasetFile(join(dir, 'folder.csv')));
    expect(folder.code).toBe('dataset/not-a-file');
  });
});

describe('readDialogChoice', () => {
  it('gives null when the dialog was cancelled or empty, else the first file', async () => {
    expect(await readDialogChoice({ canceled: true, filePaths: [join(dir, 'small.csv')] })).toBeNull();
    expect(await readDialogChoice({ canceled: false, filePaths: [] })).toBeNull();
    expect((await readDialogChoice({ canceled: false, filePaths: [join(dir, 'small.csv')] }))?.name).toBe('small.csv');
  });
});

describe('sizes and the dialog in the app’s language', () => {
  it('gives sizes in decimal units, in English and Korean', () => {
    expect(english(sizeMessage(999))).toBe('999 bytes');
    expect(english(sizeMessage(1))).toBe('1 byte');
    expect(english(sizeMessage(1500))).toBe('1.5 kB');
    expect(english(sizeMessage(104_857_600))).toBe('104.9 MB');
    expect(english(sizeMessage(2_400_000_000))).toBe('2.4 GB');
    expect(translator('ko')(sizeMessage(999))).toBe('999바이트');
    expect(translator('ko')(sizeMessage(104_857_600))).toBe('104.9MB');
  });

  it('titles the open dialog and names its filters in the app’s language', () => {
    expect(datasetDialogOptions()).toMatchObject({ title: 'Open dataset', buttonLabel: 'Open', filters: [{ name: 'CSV or TSV table' }, { name: 'All files' }] });
    const ko = datasetDialogOptions(translator('ko'));
    expect(ko).toMatchObject({ title: '데이터셋 열기', buttonLabel: '열기', filters: [{ name: 'CSV 또는 TSV 표', extensions: ['csv', 'tsv', 'txt'] }, { name: '모든 파일' }] });
  });
});
