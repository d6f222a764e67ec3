/** The samples' index over fetch, shared by the table and image samples of the browser host. */
import { AppError } from '../core/errors';
import type { BrowserHostEnv } from './browser-env';
import type { SampleInfo } from './contract';
import { parseSampleIndex } from './schema';

export async function fetchOrFail(env: Pick<BrowserHostEnv, 'fetch' | 'samplesBase'>, url: string, what: string): Promise<Response> {
  let res: Response;
  try {
    res = await env.fetch(url);
  } catch (err) {
    throw new AppError({ code: 'samples/unavailable', message: `Layerbench could not load ${what}.`, detail: `${url}: ${String(err)}` });
  }
  if (!res.ok) {
    throw new AppError({ code: 'samples/unavailable', message: `Layerbench could not load ${what}.`, detail: `${url}: HTTP ${res.status}` });
  }
  return res;
}

export async function fetchSampleList(env: Pick<BrowserHostEnv, 'fetch' | 'samplesBase'>): Promise<SampleInfo[]> {
  const url = `${env.samplesBase}index.json`;
  const text = await (await fetchOrFail(env, url, 'the list of sample datasets')).text();
  try {
    return parseSampleIndex(text);
  } catch (err) {
    throw new AppError({
      code: 'samples/index-invalid',
      message: 'The list of built-in sample datasets is damaged, so no sample can be opened.',
      detail: `${url}: ${String(err)}`,
    });
  }
}

