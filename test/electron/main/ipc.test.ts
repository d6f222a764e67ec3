import type { IpcMainInvokeEvent } from 'electron';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type IpcServices } from '../../../electron/main/ipc';
import { ImageFolderRegistry } from '../../../electron/main/services/image-folders';
import { appOrigins } from '../../../electron/main/services/trusted-url';
import { IPC_CHANNELS } from '../../../src/host/contract';

let dir: string;
let dialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
let saveAnswer: { canceled: boolean; filePath?: string } = { canceled: true };
const dialogOptions: unknown[] = [];
let services: IpcServices;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-ipc-'));
  writeFileSync(join(dir, 'index.json'), JSON.stringify([
    { id: 'iris', title: 'Iris', description: 'Flowers', task: 'classification', fileName: 'iris.csv' },
  ]));
  writeFileSync(join(dir, 'iris.csv'), 'x,y\n1,a\n');
  writeFileSync(join(dir, 'picked.tsv'), 'x\ty\n');
  writeFileSync(join(dir, 'spec.json'), '{"inputShape":[4],"layers":[]}');
  services = {
    allowedOrigins: appOrigins(),
    samplesDir: dir,
    showOpenDialog: async (_event, options) => (dialogOptions.push(options), dialogAnswer),
    showSaveDialog: async (_event, options) => (dialogOptions.push(options), saveAnswer),
    imageFolders: new ImageFolderRegistry(),
  };
  mkdirSync(join(dir, 'pets', 'cat'), { recursive: true });
  writeFileSync(join(dir, 'pets', 'cat', 'a.png'), 'PNG');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Only senderFrame is read by the handlers. */
function eventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}
const fromApp = eventFrom('app://layerbench/index.html');

function handler(channel: string) {
  const h = createIpcHandlers(services)[channel];
  if (!h) throw new Error(`no handler for ${channel}`);
  return h;
}

describe('IPC handlers', () => {
  it('registers exactly the twelve channels', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (channel: string) => void channels.push(channel) }, services);
    expect(channels.sort()).toEqual([
      'binary-file:open',
      'binary-file:save',
      'dataset:open-dialog',
      'files:save-folder',
      'image-folder:open-dialog',
      'image-folder:read',
      'image-folder:sample',
      'samples:list',
      'samples:load',
      'text-file:open',
      'text-file:save',
    ].concat('app:set-locale').sort());
  });

  it('rejects every channel when the sender is not an app page', async () => {
    for (const channel of Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.menuCommand)) {
      for (const event of [eventFrom('https://evil.example/'), eventFrom('file:///tmp/x.html'), eventFrom(null), eventFrom('app://other/')]) {
        await expect(handler(channel)(event, 'iris')).rejects.toThrow(/did not come from a Layerbench page/);
      }
    }
  });

  it('rejects arguments that do not match the schema', async () => {
    await expect(handler(IPC_CHANNELS.loadSample)(fromApp, '../../etc/passwd')).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.loadSample)(fromApp, 42)).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.loadSample)(fromApp)).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.listSamples)(fromApp, 'extra')).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.openDatasetDialog)(fromApp, { path: '/etc/passwd' })).rejects.toThrow(/arguments are not valid/);
  });

  it('lists and loads samples for the app', async () => {
    const list = await handler(IPC_CHANNELS.listSamples)(fromApp);
    expect(list).toEqual({ ok: true, value: [{ id: 'iris', title: 'Iris', description: 'Flowers', task: 'classification', fileName: 'iris.csv' }] });
    const loaded = await handler(IPC_CHANNELS.loadSample)(fromApp, 'iris');
    expect(loaded.ok && loaded.value).toMatchObject({ name: 'iris.csv', sizeBytes: 8 });
  });

  it('returns a failure as a value with the AppError code and message', async () => {
    const result = await handler(IPC_CHANNELS.loadSample)(fromApp, 'penguins');
    expect(result).toMatchObject({ ok: false, error: { code: 'samples/unknown', message: 'There is no built-in sample called “penguins”.', msg: { code: 'host.samples.unknown' } } });
  });

  it('opens the chosen file, or gives null when the dialog is cancelled', async () => {
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await handler(IPC_CHANNELS.openDatasetDialog)(fromApp)).toEqual({ ok: true, value: null });
    dialogAnswer = { canceled: false, filePaths: [join(dir, 'picked.tsv')] };
    const picked = await handler(IPC_CHANNELS.openDatasetDialog)(fromApp);
    expect(picked.ok && picked.value).toMatchObject({ name: 'picked.tsv', sizeBytes: 4 });
  });

  it('saves a text file where the save dialog says, or reports a cancel as false', async () => {
    saveAnswer = { canceled: true };
    expect(await handler(IPC_CHANNELS.saveTextFile)(fromApp, 'model-spec.json', '{"layers":[]}')).toEqual({ ok: true, value: false });
    saveAnswer = { canceled: false, filePath: join(dir, 'saved.json') };
    expect(await handler(IPC_CHANNELS.saveTextFile)(fromApp, 'model-spec.json', '{"layers":[]}')).toEqual({ ok: true, value: true });
    expect(readFileSync(join(dir, 'saved.json'), 'utf8')).toBe('{"layers":[]}');
    expect(dialogOptions.at(-1)).toMatchObject({ defaultPath: 'model-spec.json', filters: [{ extensions: ['json'] }, { extensions: ['*'] }] });
  });

  it('opens a text file the dialog returns, offering the requested extensions', async () => {
    dialogAnswer = { canceled: false, filePaths: [join(dir, 'spec.json')] };
    expect(await handler(IPC_CHANNELS.openTextFile)(fromApp, ['.json'])).toEqual({
      ok: true,
      value: { name: 'spec.json', text: '{"inputShape":[4],"layers":[]}' },
    });
    expect(dialogOptions.at(-1)).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['json'] }, { extensions: ['*'] }] });
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await handler(IPC_CHANNELS.openTextFile)(fromApp, ['.json'])).toEqual({ ok: true, value: null });
    // The limit the renderer asks for is the one applied (an experiment file may be large, a spec not).
    dialogAnswer = { canceled: false, filePaths: [join(dir, 'spec.json')] };
    const refused = (await handler(IPC_CHANNELS.openTextFile)(fromApp, ['.json'], 5)) as { ok: boolean; error?: { code: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('text-file/too-large');
  });

  it('opens a file as bytes (an experiment file or a model .zip) within the limit the renderer asks for', async () => {
    writeFileSync(join(dir, 'model.zip'), new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0]));
    dialogAnswer = { canceled: false, filePaths: [join(dir, 'model.zip')] };
    const opened = (await handler(IPC_CHANNELS.openBinaryFile)(fromApp, ['.json', '.zip'], 100)) as { ok: true; value: { name: string; bytes: Uint8Array } };
    expect(opened.value.name).toBe('model.zip');
    expect([...opened.value.bytes]).toEqual([0x50, 0x4b, 3, 4, 0xff, 0]);
    expect(dialogOptions.at(-1)).toMatchObject({ title: 'Import an experiment file or a model .zip', filters: [{ extensions: ['json', 'zip'] }, { extensions: ['*'] }] });
    const refused = (await handler(IPC_CHANNELS.openBinaryFile)(fromApp, ['.zip'], 5)) as { ok: boolean; error?: { code: string } };
    expect(refused.error?.code).toBe('text-file/too-large');
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await handler(IPC_CHANNELS.openBinaryFile)(fromApp, ['.zip'], 100)).toEqual({ ok: true, value: null });
    await expect(handler(IPC_CHANNELS.openBinaryFile)(fromApp, ['.zip'])).rejects.toThrow(/arguments are not valid/);
  });

  it('refuses text-file arguments that do not match the schema', async () => {
    await expect(handler(IPC_CHANNELS.saveTextFile)(fromApp, '../../.bashrc', 'x')).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveTextFile)(fromApp, 'm.json')).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.openTextFile)(fromApp, ['json'])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.openTextFile)(fromApp)).rejects.toThrow(/arguments are not valid/);
  });

  it('saves exported files into a new folder chosen in the folder dialog, or reports a cancel as false', async () => {
    const files = [
      { name: 'model.json', data: '{"format":"layers-model"}' },
      { name: 'weights.bin', data: new Uint8Array([1, 2, 3, 4]) },
    ];
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await handler(IPC_CHANNELS.saveFiles)(fromApp, 'penguins-mlp', files)).toEqual({ ok: true, value: false });
    dialogAnswer = { canceled: false, filePaths: [dir] };
    expect(await handler(IPC_CHANNELS.saveFiles)(fromApp, 'penguins-mlp', files)).toEqual({ ok: true, value: true });
    expect(dialogOptions.at(-1)).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    expect(readFileSync(join(dir, 'penguins-mlp', 'model.json'), 'utf8')).toBe('{"format":"layers-model"}');
    expect([...readFileSync(join(dir, 'penguins-mlp', 'weights.bin'))]).toEqual([1, 2, 3, 4]);
  });

  it('saves a binary file where the save dialog says, offering its extension', async () => {
    saveAnswer = { canceled: false, filePath: join(dir, 'chart.png') };
    expect(await handler(IPC_CHANNELS.saveBinaryFile)(fromApp, 'chart.png', new Uint8Array([137, 80]))).toEqual({ ok: true, value: true });
    expect([...readFileSync(join(dir, 'chart.png'))]).toEqual([137, 80]);
    expect(dialogOptions.at(-1)).toMatchObject({ defaultPath: 'chart.png', filters: [{ name: 'PNG image', extensions: ['png'] }, { extensions: ['*'] }] });
  });

  it('refuses save arguments that do not match the schema', async () => {
    const ok = [{ name: 'model.json', data: '{}' }];
    await expect(handler(IPC_CHANNELS.saveFiles)(fromApp, '../escape', ok)).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveFiles)(fromApp, 'model', [{ name: '../model.json', data: '{}' }])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveFiles)(fromApp, 'model', [...ok, ...ok])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveFiles)(fromApp, 'model', [])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveFiles)(fromApp, 'model', [{ name: 'w.bin', data: 42 }])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveBinaryFile)(fromApp, 'chart.png', 'not bytes')).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.saveBinaryFile)(fromApp, 'sub/chart.png', new Uint8Array(1))).rejects.toThrow(/arguments are not valid/);
  });

  it('lists the chosen image folder and reads its files by token, refusing paths of its own', async () => {
    dialogAnswer = { canceled: false, filePaths: [join(dir, 'pets')] };
    const listed = await handler(IPC_CHANNELS.openImageFolder)(fromApp);
    expect(dialogOptions.at(-1)).toMatchObject({ properties: ['openDirectory'] });
    if (!listed.ok || !listed.value) throw new Error('expected a listing');
    const listing = listed.value as { token: string; name: string; files: unknown[] };
    expect(listing).toMatchObject({ name: 'pets', files: [{ relativePath: 'cat/a.png', sizeBytes: 3 }] });
    const read = await handler(IPC_CHANNELS.readImageFiles)(fromApp, listing.token, ['cat/a.png']);
    expect(read.ok && new TextDecoder().decode((read.value as { bytes: Uint8Array }[])[0]?.bytes)).toBe('PNG');
    expect(await handler(IPC_CHANNELS.readImageFiles)(fromApp, listing.token, ['index.json'])).toMatchObject({
      ok: false,
      error: { code: 'images/not-listed' },
    });
    await expect(handler(IPC_CHANNELS.readImageFiles)(fromApp, listing.token, ['../iris.csv'])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.readImageFiles)(fromApp, 'not-hex', ['cat/a.png'])).rejects.toThrow(/arguments are not valid/);
    await expect(handler(IPC_CHANNELS.openImageFolder)(fromApp, '/etc')).rejects.toThrow(/arguments are not valid/);
    dialogAnswer = { canceled: true, filePaths: [] };
    expect(await handler(IPC_CHANNELS.openImageFolder)(fromApp)).toEqual({ ok: true, value: null });
  });

  it('accepts the dev server only when it is configured', async () => {
    const dev = createIpcHandlers({ ...services, allowedOrigins: appOrigins('http://localhost:5173/') })[IPC_CHANNELS.listSamples];
    expect((await dev?.(eventFrom('http://localhost:5173/'))))?.toMatchObject({ ok: true });
    await expect(handler(IPC_CHANNELS.listSamples)(eventFrom('http://localhost:5173/'))).rejects.toThrow();
  });

  it('takes the renderer’s language, refuses any other value, and titles the dialogs in it', async () => {
    let locale: 'en' | 'ko' = 'en';
    const told: string[] = [];
    const withLocale = createIpcHandlers({ ...services, locale: () => locale, setLocale: (next) => void told.push((locale = next)) });
    expect(await withLocale[IPC_CHANNELS.setLocale]!(fromApp, 'ko')).toEqual({ ok: true, value: null });
    expect(told).toEqual(['ko']);
    await expect(withLocale[IPC_CHANNELS.setLocale]!(fromApp, 'fr')).rejects.toThrow(/arguments are not valid/);
    dialogOptions.length = 0;
    dialogAnswer = { canceled: true, filePaths: [] };
    await withLocale[IPC_CHANNELS.openDatasetDialog]!(fromApp);
    expect(dialogOptions[0]).toMatchObject({ title: '데이터셋 열기', buttonLabel: '열기' });
  });
});
