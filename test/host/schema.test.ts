import { describe, expect, it } from 'vitest';
import {
  imageRelativePathSchema,
  ipcArgsSchemas,
  menuCommandSchema,
  parseSampleIndex,
  sampleIdSchema,
  sampleIndexSchema,
} from '../../src/host/schema';
import { MAX_EXPERIMENT_FILE_BYTES } from '../../src/host/contract';

const iris = { id: 'iris', title: 'Iris', description: 'Flowers', task: 'classification', fileName: 'iris.csv', target: 'species' };

describe('sample index', () => {
  it('accepts a bare array and { samples: [...] }, dropping unknown keys', () => {
    expect(sampleIndexSchema.parse([iris])).toEqual([iris]);
    expect(sampleIndexSchema.parse({ samples: [{ ...iris, licence: 'CC0' }] })).toEqual([iris]);
    expect(parseSampleIndex(JSON.stringify([{ ...iris, target: undefined }]))).toEqual([{ ...iris, target: undefined }]);
    const wine = sampleIndexSchema.parse([{ ...iris, fileName: 'Wine Quality (red).CSV' }])[0];
    expect(wine && 'fileName' in wine ? wine.fileName : null).toBe('Wine Quality (red).CSV');
  });

  it('refuses file names with a folder part or ".." and unknown tasks', () => {
    for (const fileName of ['../secret.csv', 'sub/iris.csv', 'sub\\iris.csv', '/etc/passwd', 'iris..csv', '.hidden.csv', 'iris.exe', 'iris']) {
      expect(sampleIndexSchema.safeParse([{ ...iris, fileName }]).success, fileName).toBe(false);
    }
    expect(sampleIndexSchema.safeParse([{ ...iris, task: 'clustering' }]).success).toBe(false);
  });

  it('refuses two samples with one id', () => {
    expect(sampleIndexSchema.safeParse([iris, { ...iris, fileName: 'iris2.csv' }]).success).toBe(false);
  });

  it('takes image samples by a plain folder name', () => {
    const shapes = { id: 'shapes', kind: 'images', title: 'Shapes', description: '', task: 'classification', folder: 'shapes' };
    expect(sampleIndexSchema.parse([iris, shapes])).toEqual([iris, shapes]);
    for (const folder of ['../x', 'a/b', '.hidden', '', 'C:\\x']) {
      expect(sampleIndexSchema.safeParse([{ ...shapes, folder }]).success, folder).toBe(false);
    }
    // An image sample needs its folder; a table sample its file.
    expect(sampleIndexSchema.safeParse([{ ...shapes, folder: undefined, fileName: 'x.csv' }]).success).toBe(false);
  });

  it('image paths are relative, "/"-separated and never climb out of the folder', () => {
    for (const ok of ['cat/1.png', 'a b/c (2).JPG', 'x.png']) expect(imageRelativePathSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['/etc/passwd', '../x.png', 'a/../../x', 'a//b.png', 'a\\b.png', './a.png', '']) {
      expect(imageRelativePathSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('throws on text that is not JSON', () => {
    expect(() => parseSampleIndex('{ nope')).toThrow(SyntaxError);
  });
});

describe('IPC argument schemas', () => {
  it('sample ids are short names, never paths', () => {
    expect(sampleIdSchema.safeParse('iris').success).toBe(true);
    expect(sampleIdSchema.safeParse('Wine-quality_red2').success).toBe(true);
    for (const id of ['', '../x', 'a/b', 'a\\b', 'iris.csv', 'x'.repeat(65), '-iris', 'a b']) {
      expect(sampleIdSchema.safeParse(id).success, id).toBe(false);
    }
  });

  it('each channel takes exactly its arguments', () => {
    expect(ipcArgsSchemas.openDatasetDialog.safeParse([]).success).toBe(true);
    expect(ipcArgsSchemas.openDatasetDialog.safeParse(['/etc/passwd']).success).toBe(false);
    expect(ipcArgsSchemas.listSamples.safeParse([]).success).toBe(true);
    expect(ipcArgsSchemas.loadSample.safeParse(['iris']).success).toBe(true);
    expect(ipcArgsSchemas.loadSample.safeParse([]).success).toBe(false);
    expect(ipcArgsSchemas.loadSample.safeParse(['iris', 'more']).success).toBe(false);
    expect(ipcArgsSchemas.loadSample.safeParse([7]).success).toBe(false);
  });

  it('text files: a plain suggested name with its text, and a short list of extensions', () => {
    expect(ipcArgsSchemas.saveTextFile.safeParse(['model-spec.json', '{}']).success).toBe(true);
    for (const name of ['../x.json', 'a/b.json', 'a\\b.json', '', '.hidden', 'x'.repeat(129)]) {
      expect(ipcArgsSchemas.saveTextFile.safeParse([name, '{}']).success, name).toBe(false);
    }
    expect(ipcArgsSchemas.saveTextFile.safeParse(['m.json']).success).toBe(false);
    expect(ipcArgsSchemas.saveTextFile.safeParse(['m.json', 42]).success).toBe(false);
    expect(ipcArgsSchemas.openTextFile.safeParse([['.json']]).success).toBe(true);
    expect(ipcArgsSchemas.openTextFile.safeParse([['.json'], undefined]).success).toBe(true);
    expect(ipcArgsSchemas.openTextFile.safeParse([['.json'], MAX_EXPERIMENT_FILE_BYTES]).success).toBe(true);
    expect(ipcArgsSchemas.openTextFile.safeParse([['.json'], MAX_EXPERIMENT_FILE_BYTES + 1]).success).toBe(false);
    expect(ipcArgsSchemas.openTextFile.safeParse([['.json'], -1]).success).toBe(false);
    for (const accept of [[], ['json'], ['.js on'], ['../x'], Array(9).fill('.json')]) {
      expect(ipcArgsSchemas.openTextFile.safeParse([accept]).success, JSON.stringify(accept)).toBe(false);
    }
  });

  it('menu commands are a closed list', () => {
    expect(menuCommandSchema.safeParse('open-dataset').success).toBe(true);
    expect(menuCommandSchema.safeParse('delete-everything').success).toBe(false);
  });
});
