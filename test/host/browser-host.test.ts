import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors';
import {
  createBrowserHost,
  downloadBlob,
  downloadText,
  fetchImageSample,
  fetchSample,
  folderFromFileList,
  fetchSampleList,
  isOpenDatasetShortcut,
  mimeTypeForTextFile,
  readChosenBinaryFile,
  readChosenTextFile,
  type BrowserHostEnv,
} from '../../src/host/browser-host';
import { MAX_TEXT_FILE_BYTES } from '../../src/host/contract';

const index = [{ id: 'iris', title: 'Iris', description: 'Flowers', task: 'classification', fileName: 'iris data.csv' }];

function envServing(files: Record<string, string>): BrowserHostEnv & { requested: string[] } {
  const requested: string[] = [];
  return {
    requested,
    document: undefined as unknown as Document, // not touched by the sample functions
    window: { addEventListener: () => undefined, removeEventListener: () => undefined },
    samplesBase: '/samples/',
    fetch: async (input) => {
      const url = String(input);
      requested.push(url);
      const body = files[url];
      return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
    },
  };
}

describe('samples over fetch', () => {
  it('lists the samples from /samples/index.json', async () => {
    const env = envServing({ '/samples/index.json': JSON.stringify(index) });
    expect(await fetchSampleList(env)).toEqual(index);
  });

  it('loads a sample by id from its encoded file name', async () => {
    const env = envServing({ '/samples/index.json': JSON.stringify(index), '/samples/iris%20data.csv': 'a,b\n1,2\n' });
    const file = await fetchSample(env, 'iris');
    expect(file.name).toBe('iris data.csv');
    expect(file.sizeBytes).toBe(8);
    expect(await file.data.text()).toBe('a,b\n1,2\n');
    expect(env.requested).toEqual(['/samples/index.json', '/samples/iris%20data.csv']);
  });

  it('fails with plain AppErrors', async () => {
    const noIndex = await fetchSampleList(envServing({})).catch((e: unknown) => e);
    expect(noIndex).toBeInstanceOf(AppError);
    expect((noIndex as AppError).code).toBe('samples/unavailable');
    const damaged = await fetchSampleList(envServing({ '/samples/index.json': '<html>' })).catch((e: unknown) => e);
    expect((damaged as AppError).code).toBe('samples/index-invalid');
    const unknown = await fetchSample(envServing({ '/samples/index.json': JSON.stringify(index) }), 'penguins').catch((e: unknown) => e);
    expect((unknown as AppError).code).toBe('samples/unknown');
    const missingFile = await fetchSample(envServing({ '/samples/index.json': JSON.stringify(index) }), 'iris').catch((e: unknown) => e);
    expect((missingFile as AppError).message).toBe('Layerbench could not load the sample “Iris”.');
  });
});

describe('isOpenDatasetShortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
    ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  it('is Ctrl+O or Cmd+O and nothing else', () => {
    expect(isOpenDatasetShortcut(key('o', { ctrlKey: true }))).toBe(true);
    expect(isOpenDatasetShortcut(key('O', { metaKey: true }))).toBe(true);
    expect(isOpenDatasetShortcut(key('o'))).toBe(false);
    expect(isOpenDatasetShortcut(key('o', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isOpenDatasetShortcut(key('o', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isOpenDatasetShortcut(key('p', { ctrlKey: true }))).toBe(false);
  });
});

describe('text files in a browser', () => {
  it('downloads the text through a clicked anchor with a Blob URL', async () => {
    const clicked: { href: string; download: string; removed: boolean }[] = [];
    const blobs: Blob[] = [];
    const anchor = { href: '', download: '', style: { display: '' }, removed: false, click() { clicked.push({ ...this }); }, remove() { this.removed = true; } };
    const document = { createElement: () => anchor, body: { append: () => undefined } } as unknown as Document;
    const urls = { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'), revokeObjectURL: () => undefined } as unknown as Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
    downloadText({ document, urls }, 'model-spec.json', '{"layers":[]}');
    expect(clicked).toEqual([expect.objectContaining({ href: 'blob:x', download: 'model-spec.json' })]);
    expect(anchor.removed).toBe(true);
    expect(blobs[0]?.type).toBe('application/json');
    expect(await blobs[0]?.text()).toBe('{"layers":[]}');
  });

  it('downloads bytes under their own name and type', async () => {
    const clicked: string[] = [];
    const blobs: Blob[] = [];
    const document = {
      createElement: () => ({ href: '', download: '', style: { display: '' }, click() { clicked.push(this.download); }, remove() {} }),
      body: { append: () => undefined },
    } as unknown as Document;
    const urls = { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:y'), revokeObjectURL: () => undefined } as unknown as Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
    downloadBlob({ document, urls }, 'weights.bin', new Blob([new Uint8Array([1, 2, 3])], { type: 'application/octet-stream' }));
    expect(clicked).toEqual(['weights.bin']);
    expect(blobs[0]?.type).toBe('application/octet-stream');
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('reads a chosen file as text and refuses binary or oversized files', async () => {
    const named = (blob: Blob, name: string) => Object.assign(blob, { name });
    expect(await readChosenTextFile(named(new Blob(['\uFEFF{"a":1}']), 'm.json'))).toEqual({ name: 'm.json', text: '{"a":1}' });
    const binary = await readChosenTextFile(named(new Blob([new Uint8Array([0xff, 0xfe, 0xfd])]), 'x.json')).catch((e: unknown) => e);
    expect((binary as AppError).code).toBe('text-file/not-text');
    const huge = named(new Blob(['x']), 'big.json');
    Object.defineProperty(huge, 'size', { value: MAX_TEXT_FILE_BYTES + 1 });
    expect(((await readChosenTextFile(huge).catch((e: unknown) => e)) as AppError).code).toBe('text-file/too-large');
    // An experiment file (weights included) asks for a larger limit, and gets it.
    const large = named(new Blob(['y']), 'run.layerbench.json');
    Object.defineProperty(large, 'size', { value: MAX_TEXT_FILE_BYTES * 4 });
    await expect(readChosenTextFile(large, MAX_TEXT_FILE_BYTES * 5)).resolves.toEqual({ name: 'run.layerbench.json', text: 'y' });
  });

  it('gives JSON files their MIME type', () => {
    expect(mimeTypeForTextFile('a.JSON')).toBe('application/json');
    expect(mimeTypeForTextFile('a.txt')).toBe('text/plain');
  });
});

describe('image folders', () => {
  const shapes = { id: 'shapes', kind: 'images', title: 'Shapes', description: '', task: 'classification', folder: 'shapes' };

  it('fetches an image sample from its files.json, every file once, with progress', async () => {
    const env = envServing({
      '/samples/index.json': JSON.stringify([...index, shapes]),
      '/samples/shapes/files.json': JSON.stringify(['circle/a.png', 'square/b c.png']),
      '/samples/shapes/circle/a.png': 'A',
      '/samples/shapes/square/b%20c.png': 'BC',
    });
    const progress: string[] = [];
    const folder = await fetchImageSample(env, 'shapes', (p) => progress.push(`${p.done}/${p.total}`));
    expect(folder.name).toBe('shapes');
    expect(folder.files.map((f) => f.relativePath)).toEqual(['circle/a.png', 'square/b c.png']);
    expect(await folder.files[1]?.file.text()).toBe('BC');
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    await expect(fetchSample(env, 'shapes')).rejects.toThrow(/folder of images, not a table/);
  });

  it('refuses a files.json that climbs out of the sample folder', async () => {
    const env = envServing({
      '/samples/index.json': JSON.stringify([shapes]),
      '/samples/shapes/files.json': JSON.stringify(['../index.json']),
    });
    await expect(fetchImageSample(env, 'shapes')).rejects.toThrow(/damaged/);
  });

  it('names a chosen folder\'s files relative to it and leaves hidden files out', () => {
    const named = (path: string) => Object.defineProperty(new File(['x'], path.split('/').pop() ?? path), 'webkitRelativePath', { value: path });
    const folder = folderFromFileList([named('pets/cat/a.png'), named('pets/.DS_Store'), named('pets/dog/b.png'), named('pets/.git/HEAD')]);
    expect(folder.name).toBe('pets');
    expect(folder.files.map((f) => f.relativePath)).toEqual(['cat/a.png', 'dog/b.png']);
  });

  it('saves files together as ONE download, <name>.zip, holding each file under its own name', async () => {
    const clicked: { download: string }[] = [];
    const blobs: Blob[] = [];
    const element = (): Record<string, unknown> => ({
      style: {},
      setAttribute: () => undefined,
      addEventListener: () => undefined,
      remove: () => undefined,
      click(this: { download: string }) {
        clicked.push({ download: this.download });
      },
    });
    const document = { readyState: 'complete', querySelector: () => null, createElement: element, body: { append: () => undefined } } as unknown as Document;
    const urls = { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:z'), revokeObjectURL: () => undefined } as unknown as Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
    const host = createBrowserHost({ document, urls, window: { addEventListener: () => undefined, removeEventListener: () => undefined }, fetch, samplesBase: '/samples/' });
    const weights = new Uint8Array([1, 2, 3, 4]);
    const saved = await host.saveFiles('penguins-mlp-2026-11-23-1041', [
      { name: 'model.json', data: '{"format":"layers-model"}' },
      { name: 'weights.bin', data: weights },
      { name: 'manifest.json', data: '{}' },
    ]);
    expect(saved).toBe(true);
    expect(clicked).toEqual([{ download: 'penguins-mlp-2026-11-23-1041.zip' }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]?.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['model.json', 'weights.bin', 'manifest.json']);
    expect(new TextDecoder().decode(files['model.json'])).toBe('{"format":"layers-model"}');
    expect([...files['weights.bin']!]).toEqual([1, 2, 3, 4]);
  });

  it('reads a chosen file as bytes, refusing one over the limit before reading it', async () => {
    const named = (blob: Blob, name: string) => Object.assign(blob, { name });
    const zip = await readChosenBinaryFile(named(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0])]), 'm.zip'), 100);
    expect(zip.name).toBe('m.zip');
    expect([...zip.bytes]).toEqual([0x50, 0x4b, 3, 4, 0]);
    const big = named(new Blob(['x']), 'big.zip');
    Object.defineProperty(big, 'size', { value: 101 });
    expect(((await readChosenBinaryFile(big, 100).catch((e: unknown) => e)) as AppError).code).toBe('binary-file/too-large');
  });
});
