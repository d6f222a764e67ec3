/**
 * Image folders in plain Chromium: the files a folder input (webkitdirectory) gives, and the
 * built-in image samples fetched file by file from their files.json.
 */
import { AppError, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import { stripTopFolder } from '../core/sources/images/paths';
import type { BrowserHostEnv } from './browser-env';
import { fetchOrFail, fetchSampleList } from './browser-samples';
import { IMAGE_SAMPLE_FILE_LIST, MAX_IMAGE_FOLDER_FILES, type ImageFolder, type ImageReadProgress } from './contract';
import { imageSampleFileListSchema } from './schema';

/** How many sample images are fetched at once: enough to hide latency, few enough not to flood. */
const SAMPLE_FETCH_CONCURRENCY = 16;

/** The files of a built-in image sample: its files.json, then each listed file. */
export async function fetchImageSample(
  env: Pick<BrowserHostEnv, 'fetch' | 'samplesBase'>,
  id: string,
  onProgress?: (progress: ImageReadProgress) => void,
): Promise<ImageFolder> {
  const sample = (await fetchSampleList(env)).find((s) => s.id === id);
  if (!sample || sample.kind !== 'images') {
    throw new AppError({ code: 'samples/unknown', message: msg('host.samples.unknownImages', { id: quoteInput(id) }) });
  }
  const base = `${env.samplesBase}${encodeURIComponent(sample.folder)}/`;
  const listUrl = base + IMAGE_SAMPLE_FILE_LIST;
  let paths: string[];
  try {
    paths = imageSampleFileListSchema.parse(JSON.parse(await (await fetchOrFail(env, listUrl, sample.title)).text()));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      code: 'samples/index-invalid',
      message: msg('host.samples.damaged', { name: quoteInput(sample.title) }),
      detail: `${listUrl}: ${String(err)}`,
    });
  }
  const files: { relativePath: string; file: Blob }[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  onProgress?.({ done, total: paths.length });
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      const relativePath = paths[i] as string;
      const url = base + relativePath.split('/').map(encodeURIComponent).join('/');
      files[i] = { relativePath, file: await (await fetchOrFail(env, url, sample.title)).blob() };
      onProgress?.({ done: ++done, total: paths.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(SAMPLE_FETCH_CONCURRENCY, paths.length) }, worker));
  return { name: sample.folder, files };
}

/**
 * The files a folder input gave (each named "root/class/file.png" by webkitRelativePath) as an
 * ImageFolder relative to the chosen folder. Hidden files and folders (".DS_Store") are left out.
 */
export function folderFromFileList(files: readonly File[]): ImageFolder {
  if (files.length > MAX_IMAGE_FOLDER_FILES) {
    throw new AppError({
      code: 'images/too-many-files',
      message: msg('host.folder.tooManyChosen', { count: files.length, limit: MAX_IMAGE_FOLDER_FILES }),
    });
  }
  const visible = files.filter((f) => !(f.webkitRelativePath || f.name).split('/').some((part) => part.startsWith('.')));
  const named = visible.map((f) => f.webkitRelativePath || f.name);
  const top = named[0]?.includes('/') ? (named[0].split('/')[0] ?? 'folder') : 'folder';
  const relative = stripTopFolder(named);
  return { name: top, files: visible.map((file, i) => ({ relativePath: relative[i] ?? file.name, file })) };
}

