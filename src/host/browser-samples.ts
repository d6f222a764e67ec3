/** The samples' index over fetch, shared by the table and image samples of the browser host. */
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import type { BrowserHostEnv } from './browser-env';
import type { SampleInfo } from './contract';
import { parseSampleIndex } from './schema';

/** `sample`: the title of the sample fetched; absent for the list of samples. */
export async function fetchOrFail(env: Pick<BrowserHostEnv, 'fetch' | 'samplesBase'>, url: string, sample?: string): Promise<Response> {
  const message: Message = sample === undefined ? msg('host.samples.cannotLoadList') : msg('host.samples.cannotLoad', { name: quoteInput(sample) });
  let res: Response;
  try {
    res = await env.fetch(url);
  } catch (err) {
    throw new AppError({ code: 'samples/unavailable', message, detail: `${url}: ${String(err)}` });
  }
  if (!res.ok) {
    throw new AppError({ code: 'samples/unavailable', message, detail: `${url}: HTTP ${res.status}` });
  }
  return res;
}

export async function fetchSampleList(env: Pick<BrowserHostEnv, 'fetch' | 'samplesBase'>): Promise<SampleInfo[]> {
  const url = `${env.samplesBase}index.json`;
  const text = await (await fetchOrFail(env, url)).text();
  try {
    return parseSampleIndex(text);
  } catch (err) {
    throw new AppError({
      code: 'samples/index-invalid',
      message: msg('host.samples.listDamaged'),
      detail: `${url}: ${String(err)}`,
    });
  }
}

