import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n/message';
import { appErrorInfo } from '../../src/core/errors';
import { AppError } from '../../src/core/errors';
import type { MenuCommand, PreloadBridge } from '../../src/host/contract';
import { createElectronHost, mimeTypeForDataset, readListing } from '../../src/host/electron-host';

function fakeBridge(overrides: Partial<PreloadBridge> = {}): PreloadBridge {
  return {
    openDatasetDialog: async () => ({ ok: true, value: { name: 'a.tsv', sizeBytes: 4, bytes: new TextEncoder().encode('x\ty\n') } }),
    listSamples: async () => ({ ok: true, value: [{ id: 'iris', title: 'Iris', description: '', task: 'classification', fileName: 'iris.csv' }] }),
    loadSample: async (id) => ({ ok: false, error: appErrorInfo({ code: 'samples/unknown', message: msg('host.samples.unknown', { id: `“${id}”` }) }) }),
    onMenuCommand: () => () => undefined,
    saveTextFile: async () => ({ ok: true, value: true }),
    openTextFile: async () => ({ ok: true, value: { name: 'model.json', text: '{}' } }),
    openBinaryFile: async () => ({ ok: true, value: { name: 'model.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) } }),
    saveFiles: async () => ({ ok: true, value: true }),
    saveBinaryFile: async () => ({ ok: true, value: true }),
    openImageFolder: async () => ({ ok: true, value: null }),
    listImageSample: async () => ({ ok: true, value: { token: 'abcdef0123', name: 'shapes', files: [] } }),
    readImageFiles: async () => ({ ok: true, value: [] }),
    setLocale: async () => ({ ok: true, value: null }),
    ...overrides,
  };
}

describe('createElectronHost', () => {
  it('wraps the bytes of a chosen file in a typed Blob', async () => {
    const file = await createElectronHost(fakeBridge()).openDatasetDialog();
    expect(file?.name).toBe('a.tsv');
    expect(file?.sizeBytes).toBe(4);
    expect(file?.data.type).toBe('text/tab-separated-values');
    expect(await file?.data.text()).toBe('x\ty\n');
  });

  it('passes a cancelled dialog through as null', async () => {
    const host = createElectronHost(fakeBridge({ openDatasetDialog: async () => ({ ok: true, value: null }) }));
    expect(await host.openDatasetDialog()).toBeNull();
  });

  it('turns a failure value back into an AppError with its code and message', async () => {
    const err = await createElectronHost(fakeBridge()).loadSample('penguins').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('samples/unknown');
    expect((err as AppError).message).toBe('There is no built-in sample called “penguins”.');
    expect((err as AppError).msg).toEqual(msg('host.samples.unknown', { id: '“penguins”' }));
  });

  it('relays menu commands and their unsubscribe', () => {
    let registered: ((c: MenuCommand) => void) | null = null;
    let unsubscribed = false;
    const host = createElectronHost(fakeBridge({
      onMenuCommand: (listener) => {
        registered = listener;
        return () => void (unsubscribed = true);
      },
    }));
    const got: MenuCommand[] = [];
    const off = host.onMenuCommand((c) => got.push(c));
    registered!('open-dataset');
    off();
    expect(got).toEqual(['open-dataset']);
    expect(unsubscribed).toBe(true);
    expect(host.kind).toBe('electron');
  });
});

describe('text files over the bridge', () => {
  it('passes the name, text and extensions through and unwraps the answers', async () => {
    const calls: unknown[] = [];
    const host = createElectronHost(fakeBridge({
      saveTextFile: async (name, text) => (calls.push([name, text]), { ok: true, value: false }),
      openTextFile: async (accept) => (calls.push(accept), { ok: true, value: null }),
    }));
    expect(await host.saveTextFile('model.json', '{"a":1}')).toBe(false);
    expect(await host.openTextFile(['.json'])).toBeNull();
    expect(calls).toEqual([['model.json', '{"a":1}'], ['.json']]);
    expect(await createElectronHost(fakeBridge()).openTextFile(['.json'])).toEqual({ name: 'model.json', text: '{}' });
  });

  it('passes exported files and binary files through and unwraps the answers', async () => {
    const calls: unknown[] = [];
    const host = createElectronHost(fakeBridge({
      saveFiles: async (folder, files) => (calls.push([folder, files.map((f) => f.name)]), { ok: true, value: true }),
      saveBinaryFile: async (name, bytes) => (calls.push([name, [...bytes]]), { ok: true, value: false }),
    }));
    expect(await host.saveFiles('penguins-mlp', [{ name: 'model.json', data: '{}' }, { name: 'weights.bin', data: new Uint8Array(2) }])).toBe(true);
    expect(await host.saveBinaryFile('chart.png', new Uint8Array([9]), 'image/png')).toBe(false);
    expect(calls).toEqual([['penguins-mlp', ['model.json', 'weights.bin']], ['chart.png', [9]]]);
  });

  it('turns a failed save into an AppError', async () => {
    const host = createElectronHost(fakeBridge({
      saveTextFile: async () => ({ ok: false, error: appErrorInfo({ code: 'text-file/unwritable', message: msg('host.ipc.saveFile') }) }),
    }));
    const err = await host.saveTextFile('m.json', '{}').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('text-file/unwritable');
  });
});

describe('mimeTypeForDataset', () => {
  it('follows the extension', () => {
    expect(mimeTypeForDataset('x.CSV')).toBe('text/csv');
    expect(mimeTypeForDataset('x.tsv')).toBe('text/tab-separated-values');
    expect(mimeTypeForDataset('x.txt')).toBe('text/plain');
  });
});

describe('image folders over the bridge', () => {
  it('reads only the image files, in batches of at most 256, and keeps the others empty', async () => {
    const files = [
      ...Array.from({ length: 300 }, (_, i) => ({ relativePath: `cat/${String(i).padStart(3, '0')}.png`, sizeBytes: 2 })),
      { relativePath: 'notes.txt', sizeBytes: 9 },
    ];
    const batches: number[] = [];
    const progress: string[] = [];
    const folder = await readListing(
      {
        readImageFiles: async (token, paths) => {
          expect(token).toBe('abcdef0123');
          batches.push(paths.length);
          return { ok: true, value: paths.map((relativePath) => ({ relativePath, bytes: new Uint8Array([1, 2]) })) };
        },
      },
      { token: 'abcdef0123', name: 'pets', files },
      (p) => progress.push(`${p.done}/${p.total}`),
    );
    expect(batches).toEqual([256, 44]);
    expect(progress).toEqual(['0/300', '256/300', '300/300']);
    expect(folder.name).toBe('pets');
    expect(folder.files).toHaveLength(301);
    expect(folder.files[0]?.file.size).toBe(2);
    expect(folder.files.find((f) => f.relativePath === 'notes.txt')?.file.size).toBe(0);
  });

  it('passes a cancelled folder dialog through as null and a failed read as an AppError', async () => {
    expect(await createElectronHost(fakeBridge()).openImageFolder()).toBeNull();
    const host = createElectronHost(
      fakeBridge({
        listImageSample: async () => ({ ok: true, value: { token: 'abcdef0123', name: 's', files: [{ relativePath: 'a/x.png', sizeBytes: 1 }] } }),
        readImageFiles: async () => ({ ok: false, error: appErrorInfo({ code: 'images/folder-forgotten', message: msg('host.folder.closed') }) }),
      }),
    );
    const err = await host.loadImageSample('shapes').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('images/folder-forgotten');
  });
});
