import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors';
import { fetchSample, fetchSampleList, isOpenDatasetShortcut, type BrowserHostEnv } from '../../src/host/browser-host';

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
    expect((missingFile as AppError).message).toBe('Layerbench could not load the sample "Iris".');
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
